/**
 * npm run bench:search — search quality over the real content, measured
 * through the real search page in Chromium.
 *
 * Substring part: for each query the expected pages are those whose indexed
 * text contains it (after 繁→简 folding; all words of a multi-word query).
 * Prints recall and precision per category and overall (macro average over
 * categories), with a line `recall=… precision=…`.
 *
 * Ranking part: the hand-written set in test/fixtures/search-ranking.yaml,
 * run through our search page and through stock Pagefind indexing the same
 * built pages, side by side. Prints hit@k and MRR per group and overall, our
 * misses, and ends with `ranking: ours hit=…% mrr=… | stock hit=…% mrr=…`.
 *
 * Finder part: the problems in test/fixtures/find-problems.yaml through /find/, with the place
 * each names; prints hit@3 (a wanted person or team among the first three) and MRR, and the misses.
 *
 * BENCH_DIST names the built site to serve (default dist), so the bench can
 * run on a copy while the site is being rebuilt.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { searchDocuments } from '../src/integrations/search-index.ts';
import { traditionalToSimplifiedMap } from '../src/lib/text-fold.ts';
import { launchChromium } from './lib/browser.ts';
import {
  firstWantedRank,
  isHit,
  loadFinderSet,
  loadRankingSet,
  type RankingQuery,
  type RankingReport,
  type RankingScore,
  resultPath,
  scoreRanking,
  unknownWanted,
} from './lib/ranking.ts';
import { expectedMatches, mean, type Score, score } from './lib/search-quality.ts';
import { serveDirectory } from './lib/static-server.ts';

/** The page renders this many results per step; ranking looks no further than the first step. */
const RANKED = 10;
const STOCK_BUNDLE = 'stock-pagefind';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.BENCH_DIST ?? resolve(root, 'dist'));
const queries = JSON.parse(readFileSync(resolve(root, 'test/fixtures/search-queries.json'), 'utf8')) as Record<string, string[]>;
const rankingSet = loadRankingSet(resolve(root, 'test/fixtures/search-ranking.yaml'));
const finderSet = loadFinderSet(resolve(root, 'test/fixtures/find-problems.yaml'));
const documents = searchDocuments(root);
const foldMap = traditionalToSimplifiedMap();

const missing = unknownWanted([...rankingSet, ...finderSet], (path) => existsSync(join(dist, path, 'index.html')));
if (missing.length > 0) throw new Error(`search ranking set wants pages ${dist} does not have: ${missing.map(({ q, ref }) => `${ref} (${q})`).join(', ')}`);

async function searchPage(page: Page, url: string, query: string): Promise<string[]> {
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-results][aria-busy="false"]').waitFor({ state: 'attached' });
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    await more.click();
    // Cards arrive one by one; the button is usable again once the whole batch is in.
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-search-more]')!.disabled);
  }
  return page.locator('[data-search-results] a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

interface SubstringRow {
  category: string;
  score: Score;
  queries: number;
  misses: string[];
}

async function substringRows(page: Page, url: string): Promise<SubstringRow[]> {
  const rows: SubstringRow[] = [];
  for (const [category, list] of Object.entries(queries)) {
    const scores: Score[] = [];
    const misses: string[] = [];
    for (const query of list) {
      const expected = expectedMatches(documents, query, foldMap);
      const returned = await searchPage(page, url, query);
      const result = score(expected, returned);
      scores.push(result);
      if (result.recall < 1 || result.precision < 1) misses.push(`${query} (expected ${expected.size}, returned ${returned.length})`);
    }
    rows.push({
      category,
      queries: list.length,
      misses,
      score: { recall: mean(scores.map((s) => s.recall)), precision: mean(scores.map((s) => s.precision)) },
    });
  }
  return rows;
}

/**
 * Our first step of results in rank order: the exact matches, then the related
 * results when the page shows them. The related list may be absent (then it is
 * empty) or still loading after the exact matches have settled.
 */
async function ourRanking(page: Page, url: string, query: string): Promise<string[]> {
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const results = document.querySelector('[data-search-results]');
    const related = document.querySelector('[data-search-related]');
    return results?.getAttribute('aria-busy') === 'false' && related?.getAttribute('aria-busy') !== 'true';
  });
  const paths = await page.evaluate(() =>
    ['[data-search-results]', '[data-search-related]'].flatMap((list) => {
      // Card titles are the result links; other links a card may grow (places, trades) are not results.
      const titles = document.querySelectorAll<HTMLAnchorElement>(`${list} article h3 a`);
      const links = titles.length > 0 ? titles : document.querySelectorAll<HTMLAnchorElement>(`${list} a[href]`);
      return [...links].map((link) => new URL(link.href).pathname);
    }),
  );
  return [...new Set(paths.map(resultPath))].slice(0, RANKED);
}

/** The people and teams /find/ lists for a problem, in rank order. */
async function finderRanking(page: Page, url: string, query: RankingQuery): Promise<string[]> {
  const params = new URLSearchParams({ q: query.q, ...(query.region ? { region: query.region } : {}) });
  await page.goto(`${url}/find/?${params}`);
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-find-results]');
    const status = document.querySelector('[data-find-status]')?.textContent ?? '';
    return list?.getAttribute('aria-busy') === 'false' && !status.includes('正在');
  });
  const paths = await page
    .locator('[data-find-results] > li h3 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return paths.map(resultPath);
}

function printFinder(results: Map<RankingQuery, string[]>) {
  const { overall } = scoreRanking(finderSet, results);
  console.log(`
找专家 over ${finderSet.length} problems: hit@3 ${percent(overall.hitRate)}, MRR ${overall.mrr.toFixed(3)}`);
  for (const query of finderSet.filter((item) => !isHit(item, results.get(item) ?? []))) {
    console.log(
      `  miss: ${query.q}${query.region ? ` [${query.region}]` : ''} — want ${query.want.join(', ')}; top 3: ${(results.get(query) ?? []).slice(0, 3).map(entryRef).join(', ') || '(none)'}`,
    );
  }
  console.log(`finder: hit@3=${percent(overall.hitRate)} mrr=${overall.mrr.toFixed(3)}`);
}

/** The search box waits this long after the last keystroke before it searches (src/scripts/search-page.ts). */
const TYPING_PAUSE_MS = 150;

/**
 * On one warm page, the time from typing a query to both lists settled, less the typing pause: what a
 * person waits once they stop typing. Measured in the page, so the browser's round trips to us do not count.
 */
async function warmTimings(page: Page, url: string, queries: readonly string[]): Promise<number[]> {
  await page.goto(`${url}/search/?q=${encodeURIComponent(queries[0] ?? '')}`);
  await page.locator('[data-search-results][aria-busy="false"]').waitFor({ state: 'attached' });
  const times: number[] = [];
  for (const query of queries) {
    const elapsed = await page.evaluate(
      (typed) =>
        new Promise<number>((done) => {
          const input = document.querySelector<HTMLInputElement>('#search-query')!;
          const lists = [...document.querySelectorAll('[data-search-results], [data-search-related]')];
          const started = performance.now();
          const settled = () => lists.every((list) => list.getAttribute('aria-busy') === 'false');
          const observer = new MutationObserver(() => {
            if (!settled()) return;
            observer.disconnect();
            done(performance.now() - started);
          });
          input.value = typed;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          for (const list of lists) observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
        }),
      query,
    );
    times.push(Math.max(0, elapsed - TYPING_PAUSE_MS));
  }
  return times;
}

/** Stock Pagefind with default settings over the built pages, as a site that only ran `pagefind --site` would have it. */
async function buildStockSite(): Promise<string> {
  const site = mkdtempSync(join(tmpdir(), 'bench-stock-pagefind-'));
  const ownIndex = join(dist, 'pagefind');
  cpSync(dist, site, { recursive: true, filter: (source) => source !== ownIndex });
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`stock Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(`stock Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, STOCK_BUNDLE) });
  if (written.errors.length > 0) throw new Error(`stock Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Fewer than the pages read: once some pages mark data-pagefind-body, stock Pagefind skips the rest.
  const entry = JSON.parse(readFileSync(join(site, STOCK_BUNDLE, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.entries(entry.languages).map(([language, { page_count }]) => `${page_count} (${language})`);
  console.log(`Stock Pagefind read ${added.page_count} pages, indexed ${indexed.join(', ')}`);
  return site;
}

async function stockRanking(page: Page, query: string): Promise<string[]> {
  const urls = await page.evaluate(
    async ({ bundle, query, ranked }) => {
      const pf = await import(bundle);
      await pf.init();
      const found = await pf.search(query);
      return Promise.all(found.results.slice(0, ranked).map((result: { data: () => Promise<{ url: string }> }) => result.data().then((data) => data.url)));
    },
    { bundle: `/${STOCK_BUNDLE}/pagefind.js`, query, ranked: RANKED },
  );
  return [...new Set(urls.map(resultPath))];
}

async function rankAll(search: (query: string) => Promise<string[]>): Promise<Map<RankingQuery, string[]>> {
  const results = new Map<RankingQuery, string[]>();
  for (const query of rankingSet) results.set(query, await search(query.q));
  return results;
}

function printSubstring(rows: SubstringRow[]) {
  const fixed = (value: number) => value.toFixed(3);
  console.log(`Search quality over ${documents.length} entries, ${rows.reduce((sum, row) => sum + row.queries, 0)} queries\n`);
  console.log('category'.padEnd(28), 'queries', 'recall', 'precision');
  for (const row of rows) {
    console.log(row.category.padEnd(28), String(row.queries).padStart(7), fixed(row.score.recall).padStart(6), fixed(row.score.precision).padStart(9));
    for (const miss of row.misses) console.log(`    miss: ${miss}`);
  }
  const overall = { recall: mean(rows.map((row) => row.score.recall)), precision: mean(rows.map((row) => row.score.precision)) };
  console.log(`\nrecall=${fixed(overall.recall)} precision=${fixed(overall.precision)}`);
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const entryRef = (path: string) => path.replace(/^\/|\/$/g, '');

function printRanking(ours: Map<RankingQuery, string[]>, stock: Map<RankingQuery, string[]>) {
  const [our, their] = [scoreRanking(rankingSet, ours), scoreRanking(rankingSet, stock)];
  type Rates = Pick<RankingScore, 'hitRate' | 'mrr'>;
  const row = (label: string, queries: string, mine: Rates, theirs: Rates) =>
    console.log(
      label.padEnd(10),
      queries.padStart(7),
      percent(mine.hitRate).padStart(10),
      mine.mrr.toFixed(3).padStart(8),
      percent(theirs.hitRate).padStart(11),
      theirs.mrr.toFixed(3).padStart(9),
    );
  const groupScore = (report: RankingReport, group: string) => report.groups.find((entry) => entry.group === group)!.score;
  console.log(`\nRanking over ${rankingSet.length} queries (hit@k: first wanted entry within the query's k; MRR over the first ${RANKED})\n`);
  console.log('group'.padEnd(10), 'queries', 'ours hit@k', 'ours MRR', 'stock hit@k', 'stock MRR');
  for (const { group, score } of our.groups) row(group, String(score.queries), score, groupScore(their, group));
  row('all', String(our.overall.queries), our.overall, their.overall);
  row('macro', '', our.macro, their.macro);

  const misses = rankingSet.filter((query) => !isHit(query, ours.get(query) ?? []));
  console.log(`\nOur misses (${misses.length}):`);
  for (const query of misses) {
    const returned = ours.get(query) ?? [];
    const rank = (results: readonly string[]) => firstWantedRank(query, results) ?? '—';
    const top = returned.slice(0, 3).map(entryRef).join(', ') || '(none)';
    console.log(
      `  [${query.group}] ${query.q} — want ${query.want.join(', ')} within ${query.within}; first at ${rank(returned)} (stock ${rank(stock.get(query) ?? [])}); top 3: ${top}`,
    );
  }
  console.log(
    `\nranking: ours hit=${percent(our.overall.hitRate)} mrr=${our.overall.mrr.toFixed(3)} | stock hit=${percent(their.overall.hitRate)} mrr=${their.overall.mrr.toFixed(3)}`,
  );
}

const browser = await launchChromium();
const ourSite = await serveDirectory(dist);
let stockSite: string | undefined;
let stockServer: Awaited<ReturnType<typeof serveDirectory>> | undefined;
try {
  const page = await browser.newPage();
  const substring = await substringRows(page, ourSite.url);
  const ours = await rankAll((query) => ourRanking(page, ourSite.url, query));
  const finder = new Map<RankingQuery, string[]>();
  for (const query of finderSet) finder.set(query, await finderRanking(page, ourSite.url, query));
  const timings = (
    await warmTimings(
      page,
      ourSite.url,
      [...ours.keys()].map((query) => query.q),
    )
  ).toSorted((a, b) => a - b);

  stockSite = await buildStockSite();
  stockServer = await serveDirectory(stockSite);
  // Any page of the stock site, so its bundle loads from the same origin.
  await page.goto(`${stockServer.url}/404.html`);
  const stock = await rankAll((query) => stockRanking(page, query));

  printSubstring(substring);
  printRanking(ours, stock);
  printFinder(finder);
  console.log(
    `time to results after the typing pause, warm page, ${timings.length} ranking queries: median ${timings[Math.floor(timings.length / 2)]!.toFixed(0)} ms, worst ${timings.at(-1)!.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  ourSite.server.close();
  stockServer?.server.close();
  if (stockSite) rmSync(stockSite, { recursive: true, force: true });
}
