/** A trainer prints a method or a course as a one-page handout that leads back to the page. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { chunk } from './support/site-pages.ts';
import { expect, test } from './support/test.ts';

const COURSE = '/courses/xuzhou-master-open-class-2/';
const CONTENT = resolve(import.meta.dirname, '../../content');
/** A course longer than this (characters of the printed entry) may take a second page; every method fits on one. */
const ONE_PAGE_COURSE = 1500;

const handoutPaths = (kind: 'methods' | 'courses') =>
  readdirSync(resolve(CONTENT, kind))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `/${kind}/${file.replace(/\.md$/, '')}/`);

/** Pages in a PDF as Chromium writes it: one /Type /Page object each. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('a course handout starts with the QR code of its own page and ends with the site name and permanent link', async ({ page }) => {
  await page.goto(COURSE);
  const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { name: '出处' })).toBeVisible();

  const qr = page.locator('.print-qr');
  await expect(qr).toBeVisible();
  const [qrTop, titleTop] = await Promise.all([qr.boundingBox(), page.getByRole('heading', { level: 1 }).boundingBox()]);
  expect(qrTop!.y).toBeLessThanOrEqual(titleTop!.y);
  const image = PNG.sync.read(await qr.locator('svg').screenshot());
  expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(canonical);
  await expect(qr).toContainText('劳模工匠知识库');

  const footer = page.locator('.handout-footer');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText('劳模工匠知识库');
  await expect(footer).toContainText(canonical);

  // Links inside the portal print as plain words: the QR code leads back to the page and its links.
  const internalAfter = await page.locator('article a[href^="/"]').evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
  expect(internalAfter.length).toBeGreaterThan(0);
  expect(internalAfter.filter((content) => content.includes('http'))).toEqual([]);
  await expect(page.locator('main').getByText(/seeds\/|\.txt\b/)).toHaveCount(0);
});

/** Measured about 1.2 s per PDF on a quiet 2-core machine; ten times that leaves room for a slower, busy one. */
const PDF_TIMEOUT_PER_PAGE = 15_000;
const HANDOUTS_PER_TEST = 10;

const HANDOUTS = [...handoutPaths('methods'), ...handoutPaths('courses')];

for (const paths of chunk(HANDOUTS, HANDOUTS_PER_TEST)) {
  test(`every method prints on one A4 page, and every course of up to 1,500 characters: ${paths[0]} … ${paths.at(-1)}`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the printed page does not depend on the screen it was opened on');
    test.setTimeout(paths.length * PDF_TIMEOUT_PER_PAGE);
    const tooLong: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const characters = await page.locator('article.entry').evaluate((article) => article.textContent!.replace(/\s+/g, '').length);
      const pages = pdfPages(await page.pdf({ format: 'A4' }));
      expect(pages, path).toBeGreaterThan(0);
      if (pages > 1 && (path.startsWith('/methods/') || characters <= ONE_PAGE_COURSE)) tooLong.push(`${path}: ${pages} pages, ${characters} characters`);
    }
    expect(tooLong).toEqual([]);
  });
}

test('the handout sweep has every method and course to print, more than 40', () => {
  expect(HANDOUTS.length).toBeGreaterThan(40);
});

test('「打印讲义」 opens the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await page.goto('/methods/wangwenwenqie-fault-finding/');
  await page.getByRole('button', { name: '打印讲义' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
});
