import { expect, test } from './support/test.ts';

test('the about page tells an editor where the content lives, how to contribute and how to send a correction', async ({ page }) => {
  await page.goto('/about/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: '代码仓库' })).toHaveAttribute('href', /^https:\/\/github\.com\/[^/]+\/[^/]+$/);
  await expect(main.getByRole('link', { name: '参与指南' })).toHaveAttribute('href', /\/blob\/main\/CONTRIBUTING\.md$/);
  await expect(main.getByRole('link', { name: '提交纠错' })).toHaveAttribute('href', /\/issues\/new\?template=correction\.yml$/);
});
