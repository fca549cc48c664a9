/**
 * npm run bench:pages — page budgets and Lighthouse on the built site.
 * Budgets (every HTML page): HTML + CSS + JS ≤ 60 KB gzip before search is
 * opened, no third-party requests, no web fonts, images sized and lazy.
 * Lighthouse (mobile profile, Debian Chromium) on four pages:
 * performance ≥ 98, accessibility 100, best practices ≥ 95, SEO 100.
 * Prints the figures and exits non-zero when a goal is missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { declaresWebFont, pageAssets } from '../src/lib/page-budget.ts';
import { CHROMIUM_ARGS, chromiumPath } from './lib/browser.ts';
import { serveDirectory } from './lib/static-server.ts';

const BUDGET_KB = 60;
const GOALS = { performance: 98, accessibility: 100, 'best-practices': 95, seo: 100 } as const;
const LIGHTHOUSE_PAGES = ['/', '/cases/shenzhen-tencent-binhai-corridor-lift/', '/industries/', '/search/'];

const dist = resolve(import.meta.dirname, '..', 'dist');
const failures: string[] = [];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const sizes: { page: string; bytes: number }[] = [];
for (const page of pages) {
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = pageAssets(html, 'http://127.0.0.1');
  const linked = [...assets.stylesheets, ...assets.scripts].filter((url) => url.startsWith('/'));
  const bytes = gzipSync(html).length + linked.reduce((sum, url) => sum + gzipped(join(dist, url)), 0);
  sizes.push({ page, bytes });
  if (bytes > BUDGET_KB * 1024) failures.push(`${page}: ${kb(bytes)} KB > ${BUDGET_KB} KB`);
  if (assets.thirdParty.length > 0) failures.push(`${page}: third-party requests ${assets.thirdParty.join(', ')}`);
  for (const image of assets.images) if (!image.sized || !image.lazy) failures.push(`${page}: image ${image.src} not sized and lazy`);
  for (const url of linked.filter((link) => link.endsWith('.css'))) if (declaresWebFont(readFileSync(join(dist, url), 'utf8'))) failures.push(`${url}: web font`);
  if (declaresWebFont(html)) failures.push(`${page}: web font in inline CSS`);
}
const fonts = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(woff2?|ttf|otf)$/.test(file));
if (fonts.length > 0) failures.push(`font files shipped: ${fonts.join(', ')}`);
sizes.sort((a, b) => b.bytes - a.bytes);
const median = sizes[Math.floor(sizes.length / 2)]!.bytes;
console.log(`Page weight before search (HTML + CSS + JS, gzip) over ${sizes.length} pages: median ${kb(median)} KB, largest ${kb(sizes[0]!.bytes)} KB (${sizes[0]!.page}); budget ${BUDGET_KB} KB`);
for (const { page, bytes } of sizes.slice(0, 5)) console.log(`  ${kb(bytes).padStart(6)} KB  ${page}`);
console.log(`Third-party requests: ${failures.some((line) => line.includes('third-party')) ? 'found' : 'none'}; web fonts: ${fonts.length === 0 && !failures.some((line) => line.includes('web font')) ? 'none' : 'found'}\n`);

const { url, server } = await serveDirectory(dist);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
try {
  console.log('Lighthouse (mobile)'.padEnd(52), 'perf  a11y  best  seo');
  for (const path of LIGHTHOUSE_PAGES) {
    const result = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(GOALS) });
    const categories = result!.lhr.categories;
    const scores = Object.fromEntries(Object.keys(GOALS).map((key) => [key, Math.round((categories[key]?.score ?? 0) * 100)])) as Record<keyof typeof GOALS, number>;
    console.log(path.padEnd(52), ...Object.values(scores).map((score) => String(score).padStart(4)));
    for (const [key, goal] of Object.entries(GOALS) as [keyof typeof GOALS, number][]) {
      if (scores[key] < goal) {
        const audits = Object.values(result!.lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && (categories[key]?.auditRefs ?? []).some((ref) => ref.id === audit.id && ref.weight > 0));
        failures.push(`${path}: ${key} ${scores[key]} < ${goal} (${audits.map((audit) => audit.id).join(', ')})`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}

if (failures.length > 0) {
  console.log(`\n✗ ${failures.length} goal(s) missed:`);
  for (const failure of failures) console.log(`  ${failure}`);
  process.exitCode = 1;
} else {
  console.log('\n✓ every page within budget and every Lighthouse goal met');
}
