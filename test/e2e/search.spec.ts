import type { Route } from '@playwright/test';
import { CONTENT_KINDS } from '../../src/schema/index.ts';
import { applyFilter, openFilters, resultDates, searchResults as results, resultTitles, settled, total } from './support/search.ts';
import { expect, test } from './support/test.ts';

test('a simplified query finds the case, shows its kind and marks the match as one run', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: '搜索知识库' }).last().fill('钢结构');
  await settled(page);
  await expect(results(page).getByRole('link', { name: /腾讯滨海大厦/ })).toBeVisible();
  const card = results(page)
    .locator('article')
    .filter({ has: page.getByRole('link', { name: /腾讯滨海大厦/ }) });
  await expect(card.locator('.kind-badge')).toHaveText('案例');
  // Dates read as on every other card (2024年3月), with the machine-readable date kept for sorting.
  await expect(card.locator('time')).toHaveText(/^\d{4}年(\d{1,2}月(\d{1,2}日)?)?$/);
  await expect(card.locator('time')).toHaveAttribute('datetime', /^\d{4}(-\d{2}){0,2}$/);
  await expect(card.locator('mark')).toHaveText('钢结构');
  await expect(page).toHaveURL(/\?q=%E9%92%A2%E7%BB%93%E6%9E%84$/);
});

test('a traditional-character query finds the same pages as its simplified form', async ({ page }) => {
  await page.goto('/search/?q=钢结构');
  await settled(page);
  const simplified = await resultTitles(page);
  await page.goto('/search/?q=鋼結構');
  await settled(page);
  expect(await resultTitles(page)).toEqual(simplified);
  expect(simplified.length).toBeGreaterThan(0);
});

test('filters narrow the results, counts follow, and the URL restores the state', async ({ page }) => {
  await page.goto('/search/?q=劳模');
  await settled(page);
  const all = await total(page);
  const caseCount = await applyFilter(page, 'type', 'case');
  expect(caseCount).toBeLessThan(all);
  const guangdongCount = await applyFilter(page, 'region', '440000');
  expect(guangdongCount).toBeLessThanOrEqual(caseCount);

  const shared = page.url();
  const titles = await resultTitles(page);
  const other = await page.context().newPage();
  await other.goto(shared);
  await settled(other);
  expect(await resultTitles(other)).toEqual(titles);
  // The chips say what is filtered on any screen; the panel, open beside the results or opened on a phone, agrees.
  await expect(other.locator('[data-search-active-filters]')).toContainText('类型：案例');
  await openFilters(other);
  await expect(other.getByRole('checkbox', { name: /^案例/ })).toBeChecked();

  await page.goBack();
  await settled(page);
  expect(await total(page)).toBe(caseCount);
  await page.goBack();
  await settled(page);
  expect(await total(page)).toBe(all);
});

test('sorting by date puts the newest first', async ({ page }) => {
  await page.goto('/search/?q=工匠&sort=date');
  await settled(page);
  const dates = await resultDates(page);
  expect(dates.length).toBeGreaterThan(3);
  expect(dates).toEqual([...dates].sort().reverse());
});

test('no results: a helpful message with links to the indexes', async ({ page }) => {
  await page.goto('/search/?q=不存在的词语乙丙丁');
  await settled(page);
  expect(await total(page)).toBe(0);
  const help = page.locator('[data-search-empty]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: '按行业浏览' })).toBeVisible();
  await expect(help.getByRole('link', { name: '按地区浏览' })).toBeVisible();
});

test('keyboard only: search from the header, reach a filter and open a result', async ({ page }) => {
  await page.goto('/methods/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  const headerSearch = page.locator('#site-search');
  for (let step = 0; step < 20 && !(await headerSearch.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab');
  await expect(headerSearch).toBeFocused();
  await page.keyboard.type('夏伯党');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await settled(page);
  await expect(page.locator('[data-search-status]')).toContainText('找到');

  const filtersToggle = page.locator('[data-search-filter-panel] summary');
  for (let step = 0; step < 30 && !(await filtersToggle.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab');
  await expect(filtersToggle).toBeFocused();
  await page.keyboard.press('Enter');
  const firstFilter = page.locator('[data-search-filters] input').first();
  await expect(firstFilter).toBeVisible();
  for (let step = 0; step < 30 && !(await firstFilter.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab');
  await expect(firstFilter).toBeFocused();
  await page.keyboard.press('Space');
  await settled(page);
  await expect(page.locator('[data-search-filters] input').first()).toBeChecked();

  const firstResult = results(page).locator('a').first();
  const title = await firstResult.textContent();
  for (let step = 0; step < 40 && !(await firstResult.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab');
  await expect(firstResult).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
});

test('filter counts download only once the filters are opened, and then cover every entry', async ({ page }) => {
  const filterFiles: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
  });
  await page.goto('/search/?q=工匠');
  await settled(page);
  expect(await total(page)).toBeGreaterThan(0);
  expect(filterFiles).toEqual([]);

  await page.goto('/search/');
  await openFilters(page);
  expect(filterFiles.length).toBeGreaterThan(0);
  const kindCounts = await page.locator('[data-search-filters] fieldset').first().locator('[data-filter-count]').allTextContents();
  const entries = await page.evaluate(async (kinds) => {
    const lengths = await Promise.all(kinds.map(async (kind) => (await (await fetch(`/data/${kind}.json`)).json()).length));
    return lengths.reduce((sum, length) => sum + length, 0);
  }, CONTENT_KINDS);
  expect(kindCounts.map(Number).reduce((sum, count) => sum + count, 0)).toBe(entries);
  await expect(page.locator('[data-search-status]')).toHaveText(/输入关键词/);
});

test('a failed download says so, and the next search tries again', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
  await page.goto('/search/?q=钢结构');
  await settled(page);
  await expect(page.locator('[data-search-status]')).toHaveText('搜索暂时无法使用，请检查网络后重试。');
  await page.unroute('**/pagefind/**');
  await page.locator('#search-query').press('Enter');
  await settled(page);
  await expect(results(page).getByRole('link', { name: /腾讯滨海大厦/ })).toBeVisible();
});

test('chosen filters stay in sight above the results, and one tap removes one', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('劳模')}`);
  await settled(page);
  const all = await total(page);
  const chips = page.locator('[data-search-active-filters]');
  await expect(chips).toBeHidden();
  const caseCount = await applyFilter(page, 'type', 'case');
  await applyFilter(page, 'region', '440000');
  const filtered = await total(page);
  expect(filtered).toBeLessThanOrEqual(caseCount);

  await page.locator('[data-search-filter-panel] summary').click();
  await expect(page.locator('[data-search-filters] input').first()).toBeHidden();
  await expect(chips.getByRole('button')).toHaveText(['类型：案例', '地区：广东省（全省）']);
  const chipsBox = (await chips.boundingBox())!;
  expect(chipsBox.y).toBeLessThan((await results(page).boundingBox())!.y);

  await chips.getByRole('button', { name: '移除筛选 地区：广东省（全省）' }).click();
  await settled(page);
  await expect(page).not.toHaveURL(/region=/);
  expect(await total(page)).toBe(caseCount);
  await chips.getByRole('button', { name: '移除筛选 类型：案例' }).click();
  await settled(page);
  await expect(chips).toBeHidden();
  expect(await total(page)).toBe(all);
});

test('the search page downloads the engine as it opens, before the first keystroke', async ({ page }) => {
  const engineLoaded = page.waitForRequest((request) => /\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(new URL(request.url()).pathname));
  await page.goto('/search/');
  await engineLoaded;
  await expect(page.locator('[data-search-status]')).toHaveText(/输入关键词/);
  await expect(results(page).locator('li')).toHaveCount(0);
});

test('the words typed start downloading at the keystroke, not after the pause that waits for more typing', async ({ page }) => {
  // The warm-up asks for the search terms once the engine is ready.
  const engineReady = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/search-terms.json'));
  await page.clock.install();
  await page.goto('/search/');
  await engineReady;
  // The pause before searching is a timer: with the page's clock stopped, only the keystroke can ask for the index.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  const indexChunk = page.waitForRequest((request) => new URL(request.url()).pathname.includes('/pagefind/index/'));
  await page.locator('#search-query').fill('劳模');
  await indexChunk;
  expect(new URL(page.url()).searchParams.get('q'), 'the search itself has not run yet').toBeNull();
  await page.clock.runFor(1000);
  await expect(results(page).locator('li').first()).toBeVisible();
  await expect(page).toHaveURL(/q=%E5%8A%B3%E6%A8%A1/);
});

test('the exact matches show while the related list still waits for its own searches', async ({ page }) => {
  // 产改's long form 产业工人队伍建设改革 needs index chunks the exact search does not: held once the exact cards are loading.
  let cardsLoading = false;
  let holding = true;
  const held: Route[] = [];
  await page.route('**/pagefind/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.includes('/fragment/')) cardsLoading = true;
    if (holding && cardsLoading && path.includes('/index/')) held.push(route);
    else void route.continue();
  });
  await page.goto('/search/?q=产改');
  await expect.poll(() => held.length, 'the related list asked for an index chunk of its own').toBeGreaterThan(0);
  await expect(results(page).locator('li').first()).toBeVisible();
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[data-search-related]')).toHaveAttribute('aria-busy', 'true');
  holding = false;
  for (const route of held.splice(0)) await route.continue();
  await settled(page);
});

test('more results arrive a card at a time, and a second tap before they are in lists none twice', async ({ page }) => {
  await page.goto('/search/?q=劳模');
  await settled(page);
  const all = await total(page);
  expect(all, 'enough results for a second screen').toBeGreaterThan(10);
  let holding = true;
  const held: Route[] = [];
  await page.route('**/pagefind/fragment/**', (route) => (holding ? held.push(route) : route.continue()));
  const more = page.locator('[data-search-more]');
  await more.click();
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await expect(more).toBeDisabled();
  holding = false;
  for (const route of held.splice(0)) await route.continue();
  await expect(more).toBeEnabled();
  const links = await results(page)
    .locator('[data-card-title] a')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  expect(links).toHaveLength(Math.min(20, all));
  expect(new Set(links).size).toBe(links.length);
});
