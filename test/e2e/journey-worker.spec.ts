import { expectPhoneFriendly, journey } from './support/journey.ts';
import { expect, test } from './support/test.ts';

test('worker: from the home page to an operating method, its steps, a case that applied it, and back', async ({ page }, testInfo) => {
  const step = journey(page, testInfo, 'worker');
  await step('home', async () => {
    await page.goto('/');
    await expectPhoneFriendly(page);
  });
  await step('methods-list', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '操作法' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('操作法与工作法');
    await expectPhoneFriendly(page);
  });
  const methodTitle = await step('method', async () => {
    await page.getByRole('link', { name: /下料斗自动卸料/ }).click();
    await expect(page.getByRole('heading', { name: '步骤' })).toBeVisible();
    expect(await page.locator('.highlight ol > li').count()).toBeGreaterThan(1);
    await expectPhoneFriendly(page);
    return (await page.getByRole('heading', { level: 1 }).textContent())!;
  });
  await step('case', async () => {
    await page.getByRole('region', { name: '相关案例' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/cases\//);
    await expect(page.locator('.facts').getByRole('link', { name: methodTitle })).toBeVisible();
    await expectPhoneFriendly(page);
  });
  await step('back', async () => {
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(methodTitle);
  });
});

test('worker: pages follow dark mode and stay readable', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const step = journey(page, testInfo, 'worker-dark');
  await step('method-dark', async () => {
    await page.goto('/methods/5g-sensor-plc-ai-video-unloading/');
    const [background, text] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    const luminance = (rgb: string) =>
      rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .reduce((sum, value) => sum + Number(value), 0) / 765;
    expect(luminance(background)).toBeLessThan(0.2);
    expect(luminance(text)).toBeGreaterThan(0.8);
    await expectPhoneFriendly(page);
  });
  await context.close();
});
