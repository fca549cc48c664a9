import { readFileSync } from 'node:fs';
import { CONTENT_KINDS } from '../../src/schema/index.ts';
import { entriesAcrossPages } from './support/lists.ts';
import { expect, test } from './support/test.ts';

const COURSE = '/courses/xuzhou-master-open-class-2/';

test('a section anchor can be copied and opened, landing on the section', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(COURSE);
  const heading = page.locator('.prose h2').first();
  const anchor = heading.locator('a.heading-anchor');
  await anchor.click();
  await expect(page.getByRole('status').filter({ hasText: '已复制本节链接' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`#${(await heading.getAttribute('id'))!}`);
  expect(copied).not.toMatch(/%[0-9A-F]{2}/i);
  const target = new URL(copied);
  await page.goto(`${target.pathname}${target.hash}`);
  await expect(page.locator(':target')).toHaveText((await heading.textContent())!);
});

test('a researcher cites an entry in GB/T 7714 and downloads the CSV with readable Chinese', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/cases/shenzhen-tencent-binhai-corridor-lift/');
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
  await page.getByText('引用本条').click();
  await page.locator('[data-copy-target="cite-gbt"]').click();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain(`劳模工匠知识库. ${title}[EB/OL].`);
  expect(citation).toContain('/cases/shenzhen-tencent-binhai-corridor-lift/');
  expect(citation).toContain(`[${new Date().toLocaleDateString('sv-SE')}]`);
  await page.locator('[data-copy-target="cite-bibtex"]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`urldate = {${new Date().toLocaleDateString('sv-SE')}}`);

  await page.goto('/data/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'cases.csv' }).click()]);
  const csv = readFileSync((await download.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8');
  expect(text).toContain(title);
  expect(text.split('\r\n')[0]).toContain('industries,regions');
});

test('JSON data counts equal the content listed on the site', async ({ page, request }) => {
  for (const kind of CONTENT_KINDS) {
    const rows = (await (await request.get(`/data/${kind}.json`)).json()) as { url: string }[];
    expect((await entriesAcrossPages(page, `/${kind}/`)).toSorted()).toEqual(rows.map((row) => new URL(row.url).pathname).toSorted());
  }
});

test('“订阅更新” opens a page that explains subscribing, and the feed it names is Atom with the newest cases', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '订阅更新' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('订阅更新');
  const feedUrl = (await page.locator('[data-feed-url]').textContent())!;
  expect(new URL(feedUrl).pathname).toBe('/feed.xml');
  const firstCase = (await page.locator('main .cards .card h3 a').first().textContent())!;
  const feed = await (await page.request.get('/feed.xml')).text();
  expect(feed).toMatch(/^<\?xml[^>]*\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  expect(feed).toContain(firstCase.trim());
});

test('the 数说 figures can be downloaded from /data/ as JSON and CSV', async ({ page }) => {
  await page.goto('/data/');
  for (const file of ['figures.json', 'figures.csv']) await expect(page.getByRole('link', { name: file })).toHaveAttribute('href', `/data/${file}`);
  const sets = (await (await page.request.get('/data/figures.json')).json()) as { id: string; figures: string[]; region_names: string[] }[];
  expect(sets.length).toBeGreaterThan(10);
  expect(sets.every((set) => set.figures.length > 0 && set.region_names.length > 0)).toBe(true);
  const csv = await (await page.request.get('/data/figures.csv')).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(sets[0]!.id);
});

test('statistics charts are readable on the screen they are opened on: labels at text size, nothing cut off', async ({ page }) => {
  await page.goto('/stats/');
  const labels = page.locator('.bars .bar-label');
  expect(await labels.count()).toBeGreaterThan(10);
  const report = await labels.evaluateAll((elements) =>
    elements.map((element) => ({
      text: element.textContent ?? '',
      size: Number.parseFloat(getComputedStyle(element).fontSize),
      clipped: element.scrollWidth > element.clientWidth + 1,
    })),
  );
  expect(report.filter((label) => label.size < 12 || label.clipped)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
