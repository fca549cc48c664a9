import { journey } from './support/journey.ts';
import { expect, test } from './support/test.ts';

test('trainer: open a course by URL, copy a section link, print the handout, follow the teacher', async ({ page, context }, testInfo) => {
  const step = journey(page, testInfo, 'trainer');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const section = await step('course', async () => {
    await page.goto('/courses/xuzhou-master-open-class-2/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('公开课');
    return page.locator('.prose h2').first();
  });
  await step('section-link', async () => {
    await section.getByRole('link', { name: /复制本节链接/ }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const fresh = await context.newPage();
    const { pathname, hash } = new URL(link);
    await fresh.goto(`${pathname}${hash}`);
    await expect(fresh.locator(':target')).toHaveText((await section.textContent())!);
    const top = await fresh.locator(':target').evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(5);
    await fresh.close();
  });
  await step('print-preview', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.print-qr')).toBeVisible();
    await expect(page.locator('.no-print').first()).toBeHidden();
  });
  await step('teacher', async () => {
    await page.emulateMedia({ media: 'screen' });
    const teacher = page.locator('dt', { hasText: '授课人' }).locator('xpath=following-sibling::dd[1]').getByRole('link').first();
    const name = (await teacher.textContent())!;
    await teacher.click();
    await expect(page).toHaveURL(/\/experts\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('region', { name: '相关课程' }).getByRole('link', { name: /第2期大师工匠公开课/ })).toBeVisible();
  });
});
