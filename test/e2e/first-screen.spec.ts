/** What a first-time visitor sees before scrolling: what the site is for, and a way in that works. */
import type { Locator, Page } from '@playwright/test';
import { searchResults, settled, total } from './support/search.ts';
import { expect, test } from './support/test.ts';

/** Wholly inside the window as opened, without scrolling. */
async function expectOnFirstScreen(page: Page, element: Locator) {
  await expect(element).toBeVisible();
  const box = (await element.boundingBox())!;
  const height = page.viewportSize()!.height;
  expect(box.y + box.height, `${await element.textContent()} ends below the first screen`).toBeLessThanOrEqual(height);
}

test('home: one line on what the site is for, and three ways in on the first screen', async ({ page }) => {
  await page.goto('/');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).not.toHaveText('劳模工匠知识库');
  await expect(page.getByText('劳模工匠知识库', { exact: true })).toHaveCount(1);
  await expectOnFirstScreen(page, page.getByRole('searchbox'));
  await expectOnFirstScreen(page, page.locator('[data-home-examples] a').first());
  await expectOnFirstScreen(page, page.locator('[data-home-way="industries"] a').first());
  await expectOnFirstScreen(page, page.locator('[data-home-way="regions"] a').first());
});

test('home: the search hint is shown in full', async ({ page }) => {
  await page.goto('/');
  for (const box of await page.getByRole('searchbox').all()) {
    const { text, room } = await box.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const padding = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
      return { text: context.measureText(input.placeholder).width, room: input.clientWidth - padding };
    });
    expect(text).toBeLessThanOrEqual(room);
  }
});

test('home: each example query finds something', async ({ page }) => {
  await page.goto('/');
  const examples = await page.locator('[data-home-examples] a').allTextContents();
  expect(examples.length).toBeGreaterThanOrEqual(3);
  for (const example of examples) {
    await page.goto('/');
    await page.locator('[data-home-examples]').getByRole('link', { name: example }).click();
    await settled(page);
    expect(await total(page), example).toBeGreaterThan(0);
  }
});

test('a section page keeps the header to one name, one row of sections and the search box', async ({ page }) => {
  await page.goto('/methods/');
  const header = page.locator('.site-header');
  const { height } = (await header.boundingBox())!;
  // Name, sections and search box on three short rows: about a fifth of a 740 px phone screen.
  expect(height).toBeLessThanOrEqual(Math.max(180, page.viewportSize()!.height / 4));
  const navRows = await header.locator('.site-nav li').evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
  expect(navRows).toBe(1);
});

test('search: the first result is on the first screen', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('师带徒')}`);
  await settled(page);
  expect(await total(page)).toBeGreaterThan(0);
  await expectOnFirstScreen(page, searchResults(page).locator('a').first());
});

test('search: a question with no exact match shows its first related result on the first screen', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('跳绳怎么带动乡村学校')}`);
  await settled(page);
  expect(await total(page)).toBe(0);
  await expectOnFirstScreen(page, page.locator('[data-search-related] li h3 a').first());
});

test('找专家: a shared link with a problem and a place shows the first name on the first screen', async ({ page }) => {
  await page.goto(`/find/?q=${encodeURIComponent('徐州的矿上采煤机老是坏')}&region=320300`);
  const first = page.locator('[data-find-results] li h3 a').first();
  await expect(first).toBeVisible();
  await expectOnFirstScreen(page, first);
});

/** The row of sections, where it is too wide for the screen and scrolls sideways; the test is skipped where every section fits. */
async function scrollingSections(page: Page): Promise<Locator> {
  const nav = page.locator('.site-nav');
  test.skip(!(await nav.evaluate((element) => element.scrollWidth > element.clientWidth)), 'every section fits on this screen');
  return nav;
}

/** Whether the row's link matching `selector` is wholly in sight: inside the row and clear of the fade at its right edge. */
const clearOfFade = (nav: Locator, selector: string) =>
  nav.evaluate((element, linkSelector) => {
    const fade = Number.parseFloat(getComputedStyle(element.querySelector('ul')!).paddingRight);
    const row = element.getBoundingClientRect();
    const link = element.querySelector(linkSelector)!.getBoundingClientRect();
    return fade > 0 && link.right <= row.right - fade + 1 && link.left >= row.left - 1;
  }, selector);

test('a row of sections too wide for the screen fades at its edge, and its last section scrolls clear of the fade', async ({ page }) => {
  await page.goto('/methods/');
  const nav = await scrollingSections(page);
  expect(await nav.evaluate((element) => getComputedStyle(element).maskImage)).toContain('gradient');
  await nav.evaluate((element) => {
    element.scrollLeft = element.scrollWidth;
  });
  expect(await clearOfFade(nav, 'li:last-child a')).toBe(true);
});

test('the section a page belongs to is in sight in the row of sections, clear of the fade', async ({ page }) => {
  await page.goto('/overview/');
  const nav = await scrollingSections(page);
  await expect(nav.locator('[aria-current="page"]')).toHaveAttribute('href', '/overview/');
  await expect.poll(() => clearOfFade(nav, '[aria-current="page"]')).toBe(true);
});

test('breadcrumbs: the links and the current page’s name sit on one line', async ({ page }) => {
  await page.goto('/industries/C/');
  const middles = await page
    .locator('.breadcrumbs li > :is(a, span)')
    .filter({ visible: true })
    .evaluateAll((steps) =>
      steps.map((step) => {
        const box = step.getBoundingClientRect();
        return box.top + box.height / 2;
      }),
    );
  expect(middles.length).toBeGreaterThanOrEqual(2);
  expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(2);
});

test('home: an enterprise with a problem finds the way to 找专家 on the first screen', async ({ page }) => {
  await page.goto('/');
  const find = page.locator('[data-home-find]');
  await expectOnFirstScreen(page, find);
  await find.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找专家、找团队');
});
