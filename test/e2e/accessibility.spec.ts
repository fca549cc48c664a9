import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { settled } from './support/search.ts';
import { chunk, sitemapPaths, templateRepresentatives } from './support/site-pages.ts';
import { expect, test } from './support/test.ts';

/** `npm run a11y:all` sets this: axe on every page instead of one page per template. */
const SWEEP_EVERY_PAGE = process.env.A11Y_ALL === '1';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Measured: one axe run takes about 2.3 s a page here; a test gets 40 times that, whatever else the machine does. */
const AXE_TIMEOUT = 90_000;
/** Measured: loading a page and reading its headings takes about 0.2 s; each page gets 50 times that. */
const STRUCTURE_TIMEOUT_PER_PAGE = 10_000;
const STRUCTURE_PAGES_PER_TEST = 30;

const PATHS = sitemapPaths();
/** Pages outside the sitemap: search with results and with the filter panel open (drawn in the browser), and the 404 page. */
const SCRIPTED_PAGES = ['/search/?q=电缆', '/search/?q=电缆&type=case', '/no-such-page/'];
const AXE_PAGES = [...(SWEEP_EVERY_PAGE ? PATHS : templateRepresentatives(PATHS)), ...SCRIPTED_PAGES];

async function serious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}) ${violation.nodes
          .slice(0, 2)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

async function structureProblems(page: Page): Promise<string[]> {
  const structure = await page.evaluate(() => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
    const skipped = levels.some((level, index) => index > 0 && level > levels[index - 1]! + 1);
    return { lang: document.documentElement.lang, h1: levels.filter((level) => level === 1).length, first: levels[0], skipped };
  });
  const problems: string[] = [];
  if (structure.lang !== 'zh-CN') problems.push(`lang="${structure.lang}"`);
  if (structure.h1 !== 1 || structure.first !== 1) problems.push(`${structure.h1} h1 element(s), first heading h${structure.first}`);
  if (structure.skipped) problems.push('heading levels skip');
  return problems;
}

test('the sitemap lists the whole site', () => {
  expect(PATHS.length).toBeGreaterThan(200);
  expect(AXE_PAGES).toContain('/');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of AXE_PAGES) {
      test(`no serious or critical violation on ${path}`, async ({ page }) => {
        test.setTimeout(AXE_TIMEOUT);
        await page.goto(path);
        if (path.startsWith('/search/?')) await settled(page);
        expect(await serious(page)).toEqual([]);
      });
    }
  });
}

for (const pages of chunk(PATHS, STRUCTURE_PAGES_PER_TEST)) {
  test(`lang, one h1 first and no skipped heading level: ${pages[0]} … ${pages.at(-1)}`, async ({ page }) => {
    test.setTimeout(pages.length * STRUCTURE_TIMEOUT_PER_PAGE);
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      problems.push(...(await structureProblems(page)).map((problem) => `${path}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });
}

test('keyboard: skip link first, visible focus, and the main content reached', async ({ page }) => {
  await page.goto('/methods/5g-sensor-plc-ai-video-unloading/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.evaluate((element) => element.closest('main') !== null)).toBe(true);
  const outline = await focused.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('search results are announced to screen readers', async ({ page }) => {
  await page.goto('/search/?q=电缆');
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText(/找到 \d+ 条结果/);
});
