/**
 * npm run bench:search — search quality over the real content, measured
 * through the real search page in Chromium. For each query the expected pages
 * are those whose indexed text contains it (after 繁→简 folding; all words of
 * a multi-word query). Prints recall and precision per category and overall
 * (macro average over categories), ending with `recall=… precision=…`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { searchDocuments } from '../src/integrations/search-index.ts';
import { traditionalToSimplifiedMap } from '../src/lib/text-fold.ts';
import { launchChromium } from './lib/browser.ts';
import { expectedMatches, mean, type Score, score } from './lib/search-quality.ts';
import { serveDirectory } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const queries = JSON.parse(readFileSync(resolve(root, 'test/fixtures/search-queries.json'), 'utf8')) as Record<string, string[]>;
const documents = searchDocuments(root);
const foldMap = traditionalToSimplifiedMap();

const { url, server } = await serveDirectory(resolve(root, 'dist'));
const browser = await launchChromium();
const page = await browser.newPage();

async function searchPage(query: string): Promise<string[]> {
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-results][aria-busy="false"]').waitFor({ state: 'attached' });
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-results] a').count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] a').length > count, before);
  }
  return page.locator('[data-search-results] a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const rows: { category: string; score: Score; queries: number; misses: string[] }[] = [];
for (const [category, list] of Object.entries(queries)) {
  const scores: Score[] = [];
  const misses: string[] = [];
  for (const query of list) {
    const expected = expectedMatches(documents, query, foldMap);
    const returned = await searchPage(query);
    const result = score(expected, returned);
    scores.push(result);
    if (result.recall < 1 || result.precision < 1) misses.push(`${query} (expected ${expected.size}, returned ${returned.length})`);
  }
  rows.push({ category, queries: list.length, misses, score: { recall: mean(scores.map((s) => s.recall)), precision: mean(scores.map((s) => s.precision)) } });
}
await browser.close();
server.close();

const fixed = (value: number) => value.toFixed(3);
console.log(`Search quality over ${documents.length} entries, ${rows.reduce((sum, row) => sum + row.queries, 0)} queries\n`);
console.log('category'.padEnd(28), 'queries', 'recall', 'precision');
for (const row of rows) {
  console.log(row.category.padEnd(28), String(row.queries).padStart(7), fixed(row.score.recall).padStart(6), fixed(row.score.precision).padStart(9));
  for (const miss of row.misses) console.log(`    miss: ${miss}`);
}
const overall = { recall: mean(rows.map((row) => row.score.recall)), precision: mean(rows.map((row) => row.score.precision)) };
console.log(`\nrecall=${fixed(overall.recall)} precision=${fixed(overall.precision)}`);
