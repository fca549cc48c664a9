/**
 * At national scale the search index is cut into newest-first shards (lib/search/shards.ts): a reader's
 * first search downloads the newest shard only. This site is indexed again in shards of 60 entries and
 * searched side by side with the unsplit index that the rest of the suite uses: a common word answers
 * from the newest entries and says so, one click searches everything and gives exactly what the
 * unsplit index gives, and a rare word (a name) is searched in every entry without a click. Editing
 * one entry re-indexes its shard only, and the index equals a clean one.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { type StaticServer, serveDirectory } from '../../scripts/lib/static-server.ts';
import { searchDocuments, writeSearchIndex } from '../../src/integrations/search-index.ts';
import { newestFirstPages } from '../../src/lib/search/date-order.ts';
import type { ShardsFile } from '../../src/lib/search/shards.ts';
import { forgetSiteContent } from '../../src/site/content.ts';
import { copyProject } from './support/project-copy.ts';
import { resultDates, searchResults, settled, total } from './support/search.ts';
import { differences, filesOf } from './support/site-files.ts';
import { expect, test } from './support/test.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARD_SIZE = 60;

let work: string;
let site: string;
let sharded: StaticServer;
let shards: ShardsFile;

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'portal-shards-'));
  site = join(work, 'site');
  cpSync(join(ROOT, 'dist'), site, { recursive: true });
  await writeSearchIndex(ROOT, site, { shardSize: SHARD_SIZE, cacheDir: join(work, 'cache') });
  shards = JSON.parse(readFileSync(join(site, 'pagefind/shards.json'), 'utf8')) as ShardsFile;
  sharded = await serveDirectory(site);
});

test.afterAll(() => {
  sharded?.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const coverage = (page: Page) => page.locator('[data-search-coverage]');

/** The result URLs of the exact list, all of them (the list shows a screen at a time). */
async function allResultUrls(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    await more.click();
    // Cards arrive one by one; the button is usable again once the whole batch is in.
    await expect(more).toBeEnabled();
  }
  return (
    await searchResults(page)
      .locator('a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
  ).sort();
}

async function search(page: Page, base: string, query: string) {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await settled(page);
}

test('a common word is answered from the newest entries first, and one click gives what the unsplit index gives', async ({ page }) => {
  expect(shards.more.length, 'the site is cut into several shards').toBeGreaterThan(1);
  await search(page, '', '工匠');
  const unsplit = { total: await total(page), urls: await allResultUrls(page) };

  await search(page, sharded.url, '工匠');
  await expect(coverage(page)).toBeVisible();
  await expect(coverage(page)).toContainText(`最新的 ${shards.first} 条`);
  const fromNewest = await total(page);
  expect(fromNewest).toBeGreaterThan(0);
  expect(fromNewest).toBeLessThan(unsplit.total);

  await coverage(page)
    .getByRole('button', { name: `在全部 ${shards.entries} 条中查找` })
    .click();
  await expect(coverage(page)).toBeHidden();
  await settled(page);
  expect(await total(page)).toBe(unsplit.total);
  expect(await allResultUrls(page)).toEqual(unsplit.urls);
});

test('a name is searched in every entry without a click, and the person’s profile comes first', async ({ page }) => {
  await search(page, '', '焦发魁');
  const unsplitFirst = await searchResults(page).locator('a').first().getAttribute('href');
  await search(page, sharded.url, '焦发魁');
  await expect(coverage(page)).toBeHidden();
  await expect(searchResults(page).locator('a').first()).toHaveAttribute('href', unsplitFirst!);
});

test('newest first over every shard is the unsplit order', async ({ page }) => {
  await page.goto('/search/?q=工匠&sort=date');
  await settled(page);
  const unsplit = await resultDates(page);
  await page.goto(`${sharded.url}/search/?q=工匠&sort=date`);
  await settled(page);
  await coverage(page).getByRole('button').click();
  await expect(coverage(page)).toBeHidden();
  await settled(page);
  expect(await resultDates(page)).toEqual(unsplit);
});

test('editing one entry re-indexes its shard only, and the index equals a clean index of the edited content', async () => {
  const project = copyProject('shards-edit');
  const cache = join(project, '.astro/cache/search-shards');
  const index = async (out: string, cacheDir: string) => {
    forgetSiteContent();
    await writeSearchIndex(project, join(project, out), { shardSize: SHARD_SIZE, cacheDir });
    return filesOf(join(project, out, 'pagefind'));
  };
  try {
    const before = await index('before', cache);
    const cachedBefore = readdirSync(cache);
    // The oldest entry: its shard is one of the older ones, which a new entry would not touch either.
    const oldest = newestFirstPages(searchDocuments(project)).at(-1)!.url;
    const file = join(project, 'content', `${oldest.replace(/^\/|\/$/g, '')}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n本段为测试修订。\n`);

    const incremental = await index('incremental', cache);
    expect(readdirSync(cache).filter((name) => !cachedBefore.includes(name))).toHaveLength(1);
    const changed = differences(before, incremental);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((path) => path.startsWith('shards/') || path === 'shards.json' || !/\.pf_|date-order/.test(path))).toBe(true);

    const clean = await index('clean', join(project, '.astro/fresh-cache'));
    expect(differences(incremental, clean)).toEqual([]);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
