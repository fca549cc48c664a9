import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function sitemapPaths(page: Page): Promise<string[]> {
  const response = await page.request.get('/sitemap-0.xml');
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

async function pageStructure(page: Page) {
  return page.evaluate(() => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
    const skipped = levels.some((level, index) => index > 0 && level > levels[index - 1]! + 1);
    return { lang: document.documentElement.lang, h1: levels.filter((level) => level === 1).length, first: levels[0], skipped };
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on any page in the sitemap (${colorScheme} theme)`, async ({ browser }) => {
    test.setTimeout(15 * 60_000);
    const context = await browser.newContext({ colorScheme, baseURL: test.info().project.use.baseURL });
    const page = await context.newPage();
    const paths = await sitemapPaths(page);
    expect(paths.length).toBeGreaterThan(200);
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const violation of violations.filter((candidate) => candidate.impact === 'serious' || candidate.impact === 'critical')) {
        problems.push(`${path}: ${violation.id} (${violation.impact}) ${violation.nodes.slice(0, 2).map((node) => node.target.join(' ')).join(' | ')}`);
      }
      const structure = await pageStructure(page);
      if (structure.lang !== 'zh-CN') problems.push(`${path}: lang="${structure.lang}"`);
      if (structure.h1 !== 1 || structure.first !== 1) problems.push(`${path}: ${structure.h1} h1 element(s), first heading h${structure.first}`);
      if (structure.skipped) problems.push(`${path}: heading levels skip`);
    }
    await context.close();
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
