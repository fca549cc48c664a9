import { expect, test } from './support/test.ts';

test('a case links to its expert, and the expert page links back to the case', async ({ page }) => {
  await page.goto('/cases/');
  await page.getByRole('link', { name: /腾讯滨海大厦/ }).click();
  const caseTitle = (await page.getByRole('heading', { level: 1 }).textContent())!;

  const expertsRow = page.locator('dt', { hasText: '参与的劳模工匠' }).locator('xpath=following-sibling::dd[1]');
  const expertLink = expertsRow.getByRole('link').first();
  const expertName = (await expertLink.textContent())!;
  await expertLink.click();

  await expect(page).toHaveURL(/\/experts\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expertName);
  const backLink = page.getByRole('region', { name: '相关案例' }).getByRole('link', { name: caseTitle });
  await backLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(caseTitle);
});
