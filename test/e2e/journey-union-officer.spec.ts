import { journey } from './support/journey.ts';
import { expect, test } from './support/test.ts';

test('union officer: describe a problem, pick the place, read an expert’s evidence, open the case, see the need it solved', async ({ page }, testInfo) => {
  const step = journey(page, testInfo, 'union-officer');
  await step('find', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '找专家' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找专家、找团队');
  });
  await step('describe', async () => {
    await page.getByLabel('遇到了什么问题').fill('加工零件时车床刀具磨得太快，换刀太频繁');
    await page.getByLabel(/地区/).selectOption({ label: '广东省' });
    await page.getByRole('button', { name: '找人' }).click();
    await expect(page).toHaveURL(/\/find\/\?q=.+&region=440000/);
    await expect(page.locator('[data-find-results]')).toHaveAttribute('aria-busy', 'false');
  });
  const expert = page.locator('[data-find-results] > li').filter({ has: page.getByRole('link', { name: '李政', exact: true }) });
  await step('evidence', async () => {
    await expect(expert).toBeVisible();
    const rank = await page
      .locator('[data-find-results] > li h3')
      .allTextContents()
      .then((names) => names.indexOf('李政'));
    expect(rank).toBeLessThan(3);
    // Every name comes with its evidence.
    for (const card of await page.locator('[data-find-results] > li').all()) expect(await card.locator('[data-card-evidence] a').count()).toBeGreaterThan(0);
  });
  await step('case', async () => {
    await expert
      .locator('[data-card-evidence]')
      .getByRole('link', { name: /精密制造劳模工匠服务队/ })
      .click();
    await expect(page).toHaveURL(/\/cases\/gd-precision-mfg-service-team-fixes\//);
    await expect(page.locator('.facts').getByRole('link', { name: '李政' })).toBeVisible();
  });
  await step('need', async () => {
    await page.getByRole('region', { name: '相关需求' }).getByRole('link', { name: '机床刀具磨损率高' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('机床刀具磨损率高');
    await expect(page.locator('.facts')).toContainText('已解决');
    await expect(
      page
        .locator('.facts')
        .getByRole('link', { name: /精密制造劳模工匠服务队/ })
        .first(),
    ).toBeVisible();
  });
});

test('找专家 keeps its state in the URL, and says so plainly when nobody fits', async ({ page }) => {
  await page.goto(`/find/?q=${encodeURIComponent('航天器在轨对接')}`);
  await expect(page.locator('[data-find-results]')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByLabel('遇到了什么问题')).toHaveValue('航天器在轨对接');
  await expect(page.locator('[data-find-empty]')).toBeVisible();
  await expect(page.locator('[data-find-empty]').getByRole('link', { name: '发布需求' })).toHaveAttribute('href', /issues\/new\?template=need\.yml/);
});
