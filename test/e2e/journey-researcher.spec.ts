import { readFileSync } from 'node:fs';
import { journey } from './support/journey.ts';
import { applyFilter, resultDates, settled, total } from './support/search.ts';
import { expect, test } from './support/test.ts';

test('researcher: search, narrow by province and industry, sort by date, open, cite and download CSV', async ({ page, context }, testInfo) => {
  // About 37 s here, a third of the default: a dozen searches and a download on a machine that may be several times slower.
  test.setTimeout(240_000);
  const step = journey(page, testInfo, 'researcher');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const all = await step('search', async () => {
    await page.goto('/search/');
    await page.locator('#search-query').fill('技能');
    await settled(page);
    return total(page);
  });
  const inGuangdong = await step('province', async () => {
    const count = await applyFilter(page, 'region', '440000');
    expect(count).toBeLessThan(all);
    return count;
  });
  await step('industry', async () => {
    expect(await applyFilter(page, 'industry', 'C')).toBeLessThanOrEqual(inGuangdong);
    await expect(page).toHaveURL(/region=440000/);
  });
  await step('sort-by-date', async () => {
    await page.getByLabel('排序').selectOption('date');
    await settled(page);
    const dates = await resultDates(page);
    expect(dates).toEqual([...dates].sort().reverse());
  });
  const title = await step('open-result', async () => {
    const first = page.locator('[data-search-results] a').first();
    const name = (await first.textContent())!;
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    return name;
  });
  await step('cite', async () => {
    await page.getByText('引用本条').click();
    await page.locator('[data-copy-target="cite-gbt"]').click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toMatch(
      new RegExp(
        `^劳模工匠知识库\\. ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\[EB/OL\\]\\. \\(\\d{4}-\\d{2}-\\d{2}\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. https?://`,
      ),
    );
  });
  await step('download-csv', async () => {
    const kind = new URL(page.url()).pathname.split('/')[1];
    await page.goto('/data/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `${kind}.csv` }).click()]);
    const text = readFileSync((await download.path())!).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(title);
  });
});
