/** Search as people type it: questions, names, pinyin, other words for the same thing, typos, and junk. */
import type { Page } from '@playwright/test';
import { searchResults as results, settled, total } from './support/search.ts';
import { expect, test } from './support/test.ts';

const related = (page: Page) => page.locator('[data-search-related]');
const relatedSettled = (page: Page) => expect(related(page)).toHaveAttribute('aria-busy', 'false');
const search = async (page: Page, query: string, more = '') => {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${more}`);
  await settled(page);
  await relatedSettled(page);
};
const relatedLinks = (page: Page) => related(page).locator('h3 a');
const pathOf = async (link: ReturnType<Page['locator']>) => new URL((await link.getAttribute('href'))!, 'http://x').pathname;

test('a question with no exact match lists related pages under the box, each saying which words it holds', async ({ page }) => {
  await search(page, '跳绳怎么带动乡村学校');
  expect(await total(page)).toBe(0);
  await expect(page.locator('[data-search-status]')).toContainText('相关结果');
  await expect(related(page)).toBeVisible();
  await expect(page.locator('[data-search-empty]')).toBeHidden();
  const top = await Promise.all([0, 1, 2].map((index) => pathOf(relatedLinks(page).nth(index))));
  expect(top).toContain('/cases/huadu-rope-skipping-rural-education/');
  const reason = related(page).locator('[data-card-reason]').first();
  await expect(reason).toContainText('包含：');
  await expect(reason).toContainText('跳绳');
  // The related list is not part of the exact list's contract.
  await expect(results(page).locator('li')).toHaveCount(0);
});

test('a person’s name puts their own profile first', async ({ page }) => {
  for (const [name, profile] of [
    ['孟维', '/experts/meng-wei/'],
    ['夏伯党', '/experts/xia-bodang/'],
  ] as const) {
    await search(page, name);
    expect(await pathOf(results(page).locator('h3 a').first()), name).toBe(profile);
  }
});

test('a name typed in pinyin, with or without spaces, finds the person first and says so', async ({ page }) => {
  for (const query of ['meng wei', 'mengwei']) {
    await search(page, query);
    expect(await pathOf(relatedLinks(page).first()), query).toBe('/experts/meng-wei/');
    await expect(related(page).locator('[data-card-reason]').first()).toContainText('拼音：孟维');
  }
});

test('another word for the same thing finds the pages that use it, and says which word it searched', async ({ page }) => {
  await search(page, '奇异果');
  expect(await total(page)).toBe(0);
  await expect(relatedLinks(page).first()).toBeVisible();
  await expect(related(page).locator('[data-card-reason]').first()).toContainText('也搜索了：猕猴桃');
});

test('a word the content never uses finds the pages that use a narrower term holding it, and says which', async ({ page }) => {
  // 爆炸 occurs nowhere; the synonym group of 粉尘爆炸 says the content writes it 粉尘涉爆.
  await search(page, '车间怕爆炸');
  expect(await total(page)).toBe(0);
  const course = related(page)
    .locator('li')
    .filter({ has: page.locator('h3 a[href="/courses/xuzhou-cloud-class-1-dust-explosion/"]') });
  await expect(course).toBeVisible();
  await expect(course.locator('[data-card-reason]')).toContainText('也搜索了：粉尘涉爆');
});

test('a title typed without its quotation marks is an exact match, first', async ({ page }) => {
  for (const query of ['广缆工匠培育', '1+1师带徒']) {
    await search(page, query);
    expect(await total(page), query).toBeGreaterThan(0);
  }
  await search(page, '广缆工匠培育与评选');
  expect(await pathOf(results(page).locator('h3 a').first())).toBe('/courses/gzcable-craftsman-programme/');
});

test('a title typed one character off offers the right one, and it finds the page', async ({ page }) => {
  await search(page, '望闻问切发');
  const suggestion = page.locator('[data-search-suggestion]');
  await expect(suggestion).toContainText('您是不是要找：望闻问切法');
  await suggestion.getByRole('link', { name: '望闻问切法' }).click();
  await settled(page);
  expect(await pathOf(results(page).locator('h3 a').first())).toBe('/methods/wangwenwenqie-fault-finding/');
});

test('two characters match as a word, not as two characters anywhere', async ({ page }) => {
  await search(page, '数控');
  expect(await total(page)).toBe(0);
  await search(page, '电网');
  expect(await total(page)).toBeGreaterThan(0);
  for (const text of await results(page).locator('[data-card-excerpt]').allTextContents()) expect(text).toContain('电网');
});

test('filters apply to the related list too', async ({ page }) => {
  await search(page, '跳绳怎么带动乡村学校', '&type=expert');
  await expect(relatedLinks(page).first()).toBeVisible();
  const kinds = await related(page).locator('[data-card-kind]').allTextContents();
  expect(new Set(kinds)).toEqual(new Set(['人物']));
});

test('junk in the box gets a clear message, nothing injected and no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await search(page, '😀😀');
  await expect(page.locator('[data-search-status]')).toContainText('标点和表情符号不参与搜索');
  await search(page, '，。！？');
  await expect(page.locator('[data-search-status]')).toContainText('标点和表情符号不参与搜索');
  await search(page, '怎么办呢');
  await expect(page.locator('[data-search-empty]')).toBeVisible();
  await search(page, '<img src=x onerror="document.title=1">');
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page).not.toHaveTitle('1');
  // A 2,000-character paste, typed into the box as a person would paste it.
  await page.getByRole('searchbox').fill('劳模'.repeat(1000));
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('[data-search-status]')).toContainText('只用了前 100 个字');
  await settled(page);
  expect(errors).toEqual([]);
});
