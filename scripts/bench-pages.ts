/**
 * npm run bench:pages — page budgets and Lighthouse on the built site.
 * Budgets (every HTML page): HTML + CSS + JS ≤ 60 KB gzip before search is
 * opened, no third-party requests, no web fonts, images sized and lazy.
 * Lighthouse (mobile profile, Debian Chromium) on four pages:
 * performance ≥ 98, accessibility 100, best practices ≥ 95, SEO 100.
 * Prints the figures and exits non-zero when a goal is missed.
 */
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './lib/browser.ts';
import { BUDGET_KB, kb, pageWeights } from './lib/page-weights.ts';
import { serveDirectory } from './lib/static-server.ts';

const GOALS = { performance: 98, accessibility: 100, 'best-practices': 95, seo: 100 } as const;
const LIGHTHOUSE_PAGES = ['/', '/cases/shenzhen-tencent-binhai-corridor-lift/', '/industries/', '/search/'];

const dist = resolve(import.meta.dirname, '..', 'dist');
const { sizes, median, failures, fonts } = pageWeights(dist);
console.log(
  `Page weight before search (HTML + CSS + JS, gzip) over ${sizes.length} pages: median ${kb(median)} KB, largest ${kb(sizes[0]!.bytes)} KB (${sizes[0]!.page}); budget ${BUDGET_KB} KB`,
);
for (const { page, bytes } of sizes.slice(0, 5)) console.log(`  ${kb(bytes).padStart(6)} KB  ${page}`);
console.log(
  `Third-party requests: ${failures.some((line) => line.includes('third-party')) ? 'found' : 'none'}; web fonts: ${fonts.length === 0 && !failures.some((line) => line.includes('web font')) ? 'none' : 'found'}\n`,
);

const { url, server } = await serveDirectory(dist);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
try {
  console.log('Lighthouse (mobile)'.padEnd(52), 'perf  a11y  best  seo');
  for (const path of LIGHTHOUSE_PAGES) {
    const result = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(GOALS) });
    const categories = result!.lhr.categories;
    const scores = Object.fromEntries(Object.keys(GOALS).map((key) => [key, Math.round((categories[key]?.score ?? 0) * 100)])) as Record<
      keyof typeof GOALS,
      number
    >;
    console.log(path.padEnd(52), ...Object.values(scores).map((score) => String(score).padStart(4)));
    for (const [key, goal] of Object.entries(GOALS) as [keyof typeof GOALS, number][]) {
      if (scores[key] < goal) {
        const audits = Object.values(result!.lhr.audits).filter(
          (audit) => audit.score !== null && audit.score < 1 && (categories[key]?.auditRefs ?? []).some((ref) => ref.id === audit.id && ref.weight > 0),
        );
        failures.push(`${path}: ${key} ${scores[key]} < ${goal} (${audits.map((audit) => audit.id).join(', ')})`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}

if (failures.length > 0) {
  console.log(`\n✗ ${failures.length} goal(s) missed:`);
  for (const failure of failures) console.log(`  ${failure}`);
  process.exitCode = 1;
} else {
  console.log('\n✓ every page within budget and every Lighthouse goal met');
}
