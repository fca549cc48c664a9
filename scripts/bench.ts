/**
 * npm run bench [-- N…] (default 1000 5000 10000 20000) — the real pipeline (check, Astro build,
 * search index) on synthetic corpora of N entries generated from the real
 * content's statistics, in a temporary copy of the project: never touches
 * content/. Prints seconds, ms per entry and peak memory per stage, output and
 * index size, page weights, and what a reader on a phone downloads and waits
 * for: a first and a second query, then opening the filters, and 找专家 answering one problem; then three of an editor's one-entry fixes, each
 * rebuilt and re-indexed incrementally. BENCH_KEEP=1 keeps each generated
 * project and its dist/ for inspection.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { checkContent } from '../src/lib/content-check/index.ts';
import { FINDER_DIRECTORY } from '../src/lib/find/finder-index.ts';
import { markdownText } from '../src/lib/markdown-text.ts';
import { pinyinShardFor, pinyinShardPath } from '../src/lib/search/pinyin-match.ts';
import { SHARD_SIZE, SHARDS_FILE, type ShardsFile } from '../src/lib/search/shards.ts';
import { SEARCH_TERMS_FILE } from '../src/lib/search/site-files.ts';
import type { TermsFile } from '../src/lib/search/vocabulary.ts';
import { wordShardPath, wordShardsFor } from '../src/lib/search/word-shards.ts';
import { launchChromium } from './lib/browser.ts';
import { BUDGET_KB, kb, pageWeights } from './lib/page-weights.ts';
import { serveDirectory } from './lib/static-server.ts';
import { syntheticCorpus } from './lib/synthetic.ts';
import { runMeasuringTree } from './lib/tree-memory.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const counts = SIZES.length > 0 ? SIZES : [1000, 5000, 10000, 20000];
const SEED = 20261121;
const NODE = join(ROOT, 'node_modules/.bin/node');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

interface Stage {
  seconds: number;
  peakMb?: number;
}

async function stage(cwd: string, command: string, args: string[], env: Record<string, string> = {}): Promise<Stage> {
  const started = performance.now();
  const result = await runMeasuringTree(command, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=8192', ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  return { seconds, peakMb: result.peakBytes === undefined ? undefined : result.peakBytes / 1024 / 1024 };
}

function directoryBytes(path: string): number {
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stats = statSync(join(path, file));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

/** Bytes over the wire: text is gzipped by the host, Pagefind's own files are already compressed. */
function transferred(dist: string, paths: string[]): number {
  return paths.reduce((sum, path) => {
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) return sum;
    const bytes = readFileSync(file);
    return sum + (['.js', '.json', '.html', '.css'].includes(extname(file)) ? gzipSync(bytes).length : bytes.length);
  }, 0);
}

/**
 * Chromium DevTools' "Slow 4G" preset (bytes per second, milliseconds) and its mid-tier phone CPU:
 * the slowdown the issue's time-to-first-results figure is measured under.
 */
const SLOW_4G = { offline: false, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9, latency: 150 * 3.75 };
const CPU_SLOWDOWN = 4;

const shardCount = (dist: string) => 1 + (JSON.parse(readFileSync(join(dist, SHARDS_FILE), 'utf8')) as ShardsFile).more.length;

/** Loaded with every query (terms), and for a name typed in Latin letters (its pinyin file). */
const PINYIN_QUERY = 'zhangwei';
const [TERMS_FILE, PINYIN_FILE] = [SEARCH_TERMS_FILE, pinyinShardPath(pinyinShardFor(PINYIN_QUERY))].map((file) => `/${file}`);
/** A question no page holds whole: it loads the word files of its characters. */
const QUESTION = '设备老是坏怎么办';
/** The word files of the question, and all of them, as many as search-terms.json says. */
function wordFiles(dist: string): { question: string[]; all: string[] } {
  const { wordShards } = JSON.parse(readFileSync(join(dist, SEARCH_TERMS_FILE), 'utf8')) as TermsFile;
  const path = (shard: number) => `/${wordShardPath(shard)}`;
  return { question: wordShardsFor([QUESTION], wordShards).map(path), all: Array.from({ length: wordShards }, (_, shard) => path(shard)) };
}

interface QueryCost {
  bytes: number;
  /** From the last keystroke to the first results on screen, including the search box's 150 ms pause. */
  ms: number;
}

/**
 * What a reader on a phone downloads and waits for: two queries, then opening the filters, then asking
 * for the second query in every entry when the first answer came from the newest shard only.
 */
async function searchCosts(
  dist: string,
  queries: [string, string],
): Promise<{ first: QueryCost; second: QueryCost; filters: QueryCost; everything?: QueryCost }> {
  const { url, server } = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    let requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    // Both lists: the related list's searches come after the exact matches are shown, and their bytes count too.
    const settled = async () => {
      for (const list of ['[data-search-results]', '[data-search-related]'])
        await page.locator(`${list}[aria-busy="false"]`).waitFor({ state: 'attached', timeout: 120_000 });
    };
    await page.goto(`${url}/search/`);
    // The page loads the engine as it opens: the first query's bytes count from there, its time from the keystroke.
    await settled();
    await page.waitForLoadState('networkidle');
    const measure = async (act: () => Promise<void>, { countFromPageOpen = false } = {}): Promise<QueryCost> => {
      if (!countFromPageOpen) requested = [];
      const started = performance.now();
      await act();
      await settled();
      const ms = performance.now() - started;
      await page.waitForLoadState('networkidle');
      return {
        bytes: transferred(
          dist,
          requested.filter((path) => path.startsWith('/pagefind/')),
        ),
        ms,
      };
    };
    const [first, second] = [
      await measure(() => page.locator('#search-query').fill(queries[0]), { countFromPageOpen: true }),
      await measure(() => page.locator('#search-query').fill(queries[1])),
    ];
    const filters = await measure(async () => {
      await page.locator('[data-search-filter-panel] summary').click();
      await page.locator('[data-search-filters] input').first().waitFor({ timeout: 120_000 });
    });
    const coverage = page.locator('[data-search-coverage]');
    const everything = (await coverage.isVisible())
      ? await measure(async () => {
          await coverage.locator('button').click();
          await coverage.waitFor({ state: 'hidden', timeout: 120_000 });
        })
      : undefined;
    return { first, second, filters, everything };
  } finally {
    await browser.close();
    server.close();
  }
}

/** A problem as a union officer describes it (the union officer's journey in test/e2e). */
const PROBLEM = '加工零件时车床刀具磨得太快，换刀太频繁';

/** What 找专家 downloads to answer a problem opened from a link, every cache empty: its files and the search vocabulary it reads the problem with. */
async function finderCost(dist: string): Promise<{ bytes: number; files: number }> {
  const { url, server } = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${url}/find/?q=${encodeURIComponent(PROBLEM)}`);
    await page.locator('[data-find-results][aria-busy="false"]').waitFor({ state: 'attached', timeout: 300_000 });
    await page.waitForLoadState('networkidle');
    const files = requested.filter((path) => path.startsWith('/pagefind/'));
    return { bytes: transferred(dist, files), files: files.length };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * An editor's one-line fixes to entries every synthetic corpus has, rebuilt one after another: a body
 * shows on the entry's own page, a summary also on every card of it, a title on every link to it.
 */
const ONE_ENTRY_EDITS = [
  { what: 'a case body', file: 'cases/case-1.md', change: (text: string) => `${text}\n本段为修订。\n` },
  { what: 'a person summary', file: 'experts/expert-1.md', change: (text: string) => text.replace('\nsummary: "', '\nsummary: "修订：') },
  { what: 'a method title', file: 'methods/method-1.md', change: (text: string) => text.replace('\ntitle: "', '\ntitle: "修订：') },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;

/** Marks, in the page's own clock, the reader's first keystroke and the frame that paints the first result card. */
function markFirstCard() {
  const marks = window as unknown as { typedAt?: number; firstCardAt?: number };
  document.addEventListener('input', () => (marks.typedAt ??= performance.now()), { capture: true });
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-search-results] > li')) return;
    observer.disconnect();
    requestAnimationFrame(() => (marks.firstCardAt = performance.now()));
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Time to first results on a phone on a weak signal, every cache empty: typed into the search page once
 * it has loaded, and opened from a shared link (/search/?q=…), page load included. Served over HTTP/2,
 * as CDNs serve it: the first screen's fragments load in one round trip. Timed in the page (keystroke or
 * navigation start to the frame with the first card), not by the driver, whose checks and polling are
 * no part of what a reader waits for.
 */
async function throttledFirstResults(dist: string, query: string): Promise<{ typed: number; link: number }> {
  const { url, server } = await serveDirectory(dist, { http2: true });
  const browser = await launchChromium();
  const freshThrottledPage = async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ignoreHTTPSErrors: true });
    await context.addInitScript(markFirstCard);
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.emulateNetworkConditions', SLOW_4G);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    return page;
  };
  const marks = async (page: Page) => {
    await page.waitForFunction(() => (window as unknown as { firstCardAt?: number }).firstCardAt !== undefined, undefined, { timeout: 300_000 });
    return page.evaluate(() => {
      const { typedAt, firstCardAt } = window as unknown as { typedAt?: number; firstCardAt: number };
      return { typedAt, firstCardAt };
    });
  };
  try {
    const typedPage = await freshThrottledPage();
    // The page loads the engine as it opens; a person taps the box and types after that.
    await typedPage.goto(`${url}/search/`, { waitUntil: 'networkidle' });
    await typedPage.locator('#search-query').fill(query);
    const typed = await marks(typedPage);
    const linkPage = await freshThrottledPage();
    await linkPage.goto(`${url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    const link = await marks(linkPage);
    return { typed: typed.firstCardAt - typed.typedAt!, link: link.firstCardAt };
  } finally {
    await browser.close();
    server.close();
  }
}

const samples = checkContent({ root: ROOT }).entries.map((entry) => ({ kind: entry.kind, data: entry.data, body: markdownText(entry.body) }));
console.log(
  `Scale benchmark: synthetic corpora from ${samples.length} real entries, seed ${SEED}; peak memory: the whole process tree of each stage, sampled from /proc every 100 ms\n`,
);
const rows: string[] = [];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const fmt = ({ seconds, peakMb }: Stage, count: number) =>
  `${seconds.toFixed(1).padStart(6)} s ${((seconds * 1000) / count).toFixed(2).padStart(6)} ms/entry ${peakMb === undefined ? '   n/a' : peakMb.toFixed(0).padStart(6)} MB`;

for (const count of counts) {
  const project = mkdtempSync(join(tmpdir(), `portal-bench-${count}-`));
  try {
    for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'])
      cpSync(join(ROOT, item), join(project, item), { recursive: true });
    // The site's redirects are for its own content; synthetic entries have pages at some of their old paths.
    writeFileSync(join(project, 'redirects.yaml'), '# synthetic corpus: no redirects\n');
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
    mkdirSync(join(project, 'content'));
    cpSync(join(ROOT, 'content/figures.yaml'), join(project, 'content/figures.yaml'));
    for (const entry of syntheticCorpus({ count, seed: SEED, samples })) {
      mkdirSync(join(project, 'content', entry.kind), { recursive: true });
      writeFileSync(join(project, 'content', entry.kind, `${entry.id}.md`), entry.markdown);
    }
    const check = await stage(project, NODE, ['scripts/check.ts']);
    const build = await stage(project, NODE, [ASTRO, 'build'], { BUILD_SEARCH_INDEX: '0' });
    const index = await stage(project, NODE, ['scripts/search-index.ts']);
    const dist = join(project, 'dist');
    const weights = pageWeights(dist);
    const overBudget = weights.sizes.filter(({ bytes }) => bytes > BUDGET_KB * 1024).length;
    const search = await searchCosts(dist, ['工匠', '技术服务']);
    const throttled = await throttledFirstResults(dist, '工匠');
    const finder = await finderCost(dist);
    const words = wordFiles(dist);
    // An editor's one-line fixes, each built as `npm run build` does, pages and index in one process:
    // Astro re-renders the pages whose inputs changed, the index re-indexes the edited entry's shard.
    const rebuilds: Stage[] = [];
    for (const edit of ONE_ENTRY_EDITS) {
      const file = join(project, 'content', edit.file);
      const before = readFileSync(file, 'utf8');
      const after = edit.change(before);
      if (after === before) throw new Error(`the edit of ${edit.what} changed nothing in ${file}`);
      writeFileSync(file, after);
      rebuilds.push(await stage(project, NODE, [ASTRO, 'build']));
    }
    const cost = ({ bytes, ms }: QueryCost) => `${(bytes / 1024).toFixed(0)} KB, ${ms.toFixed(0)} ms`;
    const total = check.seconds + build.seconds + index.seconds;
    rows.push(
      [
        `N = ${count}`,
        `  check        ${fmt(check, count)}`,
        `  build        ${fmt(build, count)}`,
        `  search index ${fmt(index, count)}`,
        `  total        ${total.toFixed(1).padStart(6)} s ${((total * 1000) / count).toFixed(2).padStart(6)} ms/entry`,
        `  after editing one entry (build and search index; median of ${rebuilds.length}): ${median(rebuilds.map((run) => run.seconds)).toFixed(1)} s; ${rebuilds
          .map((run, index) => `${ONE_ENTRY_EDITS[index]!.what} ${run.seconds.toFixed(1)} s, ${run.peakMb?.toFixed(0) ?? 'n/a'} MB`)
          .join('; ')}`,
        `  output ${mb(directoryBytes(dist))} MB, search index ${mb(directoryBytes(join(dist, 'pagefind')))} MB`,
        `  pages ${weights.sizes.length}: median ${kb(weights.median)} KB, largest ${kb(weights.sizes[0]!.bytes)} KB (${weights.sizes[0]!.page}), ${overBudget} over ${BUDGET_KB} KB`,
        `  search on a phone (bytes, keystroke to results): first query ${cost(search.first)}; second ${cost(search.second)}; opening the filters ${cost(search.filters)}; ${search.everything ? `then the second query in all ${count} entries (one click) ${cost(search.everything)}` : 'every entry searched at once'}`,
        `  time to first results on Slow 4G with a ${CPU_SLOWDOWN}× slower CPU, over HTTP/2 as a CDN serves it, caches empty: typed once the search page has loaded ${throttled.typed.toFixed(0)} ms; opened from a shared link, page load included ${throttled.link.toFixed(0)} ms`,
        `  search index shards: ${shardCount(dist)} of at most ${SHARD_SIZE} entries, newest first`,
        `  search vocabulary (gzip, each loaded only when a query needs it): search-terms.json ${(transferred(dist, [TERMS_FILE!]) / 1024).toFixed(1)} KB, pinyin for ${PINYIN_QUERY} ${(transferred(dist, [PINYIN_FILE!]) / 1024).toFixed(1)} KB; words for the question ${QUESTION} ${(transferred(dist, words.question) / 1024).toFixed(1)} KB in ${words.question.length} files (all words ${(transferred(dist, words.all) / 1024).toFixed(1)} KB in ${words.all.length} files)`,
        `  找专家: a problem (${PROBLEM}) loads ${(finder.bytes / 1024).toFixed(0)} KB in ${finder.files} files (gzip); its index ${filesUnder(join(dist, FINDER_DIRECTORY))} files, ${mb(directoryBytes(join(dist, FINDER_DIRECTORY)))} MB`,
      ].join('\n'),
    );
    console.log(rows.at(-1));
  } finally {
    if (process.env.BENCH_KEEP) console.log(`  kept for inspection (BENCH_KEEP): ${project}`);
    else rmSync(project, { recursive: true, force: true });
  }
}
