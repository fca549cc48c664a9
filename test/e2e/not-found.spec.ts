import { settled } from './support/search.ts';
import { expect, test } from './support/test.ts';

test('a mistyped URL answers 404 with a way back in: search and the main sections', async ({ page }) => {
  const response = await page.goto('/cases/no-such-case/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await expect(page.getByRole('main').getByRole('link', { name: '案例' })).toBeVisible();
  await page.getByRole('main').getByRole('searchbox').fill('电缆');
  await page.getByRole('main').getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E7%94%B5%E7%BC%86/);
  await settled(page);
  expect(await page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
});
