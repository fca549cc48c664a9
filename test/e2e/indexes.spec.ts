import { entriesAcrossPages, entriesOfNode } from './support/lists.ts';
import { followCountedLink } from './support/search.ts';
import { expect, test } from './support/test.ts';

const countOf = async (link: import('@playwright/test').Locator) => Number(await link.locator('.count').textContent());

test('walks 广东省 → 梅州市 → an entry → its industry page, with counts matching what is listed', async ({ page }) => {
  await page.goto('/regions/');
  await page.locator('[data-taxon-tree]').getByRole('link', { name: '广东省', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('广东省');

  const meizhou = page.locator('[data-taxon-children]').getByRole('link', { name: /梅州市/ });
  const listedCount = await countOf(meizhou);
  await meizhou.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('梅州市');
  await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '广东省' })).toBeVisible();
  await expect(page.locator('[data-kind-group] .card')).toHaveCount(listedCount);

  const entry = page.locator('[data-kind-group] .card h3 a').first();
  const entryTitle = (await entry.textContent())!;
  await entry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entryTitle);

  const industry = page.getByRole('list', { name: '行业' }).getByRole('link').first();
  const industryName = (await industry.textContent())!;
  await industry.click();
  await expect(page).toHaveURL(/\/industries\/[A-T]\d{0,2}\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(industryName);
  await expect(page.locator('[data-kind-group]').getByRole('link', { name: entryTitle })).toBeVisible();
  await expect(page.locator('[data-taxon-cross]').getByRole('link', { name: /梅州市/ })).toBeVisible();
});

test('an industry section lists its divisions with rolled-up counts', async ({ page }) => {
  await page.goto('/industries/');
  const manufacturing = page.locator('[data-taxon-tree] > ul > li').filter({ has: page.getByRole('link', { name: '制造业', exact: true }) });
  const total = Number(await manufacturing.locator('> .count').textContent());
  const listed = await entriesOfNode(
    page,
    new URL((await manufacturing.getByRole('link', { name: '制造业', exact: true }).getAttribute('href'))!, page.url()).href,
  );
  expect(listed).toHaveLength(total);
  expect(new Set(listed).size).toBe(total);
  await page.goto('/industries/C/');
  await page
    .locator('[data-taxon-children]')
    .getByRole('link', { name: /电气机械和器材制造业/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('电气机械和器材制造业');
  await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '制造业' })).toBeVisible();
});

test('long lists are split into pages of 50 that together hold every entry once', async ({ page, request }) => {
  const experts = (await (await request.get('/data/experts.json')).json()) as { url: string }[];
  expect(experts.length).toBeGreaterThan(50);
  const listed = await entriesAcrossPages(page, '/experts/');
  expect(listed.toSorted()).toEqual(experts.map((expert) => new URL(expert.url).pathname).toSorted());
  await expect(page).toHaveURL(/\/experts\/page\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('人物（第 2 页）');
  await page.locator('[data-pager] a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/experts\/$/);
});

test('a region page shows the newest entries of a long kind and links to all of them', async ({ page }) => {
  await page.goto('/regions/440000/');
  const experts = page.locator('[data-kind-group="experts"]');
  const count = Number(await experts.locator('h2 .count').textContent());
  await expect(experts.locator('.card')).toHaveCount(20);
  await experts.locator('[data-kind-all]').click();
  await expect(page).toHaveURL(/\/regions\/440000\/experts\/$/);
  await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '广东省' })).toBeVisible();
  await expect(page.locator('main .cards .card')).toHaveCount(count);
});

test('the industry and region trees show each code next to its name, as editors write it', async ({ page }) => {
  for (const [path, name, code] of [
    ['/industries/', '制造业', 'C'],
    ['/regions/', '广东省', '440000'],
  ] as const) {
    await page.goto(path);
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name, exact: true }) })
      .first();
    await expect(item.locator('.taxon-code').first()).toHaveText(code);
  }
});

test('a region page’s industry chip keeps the region: it lists that region’s entries of the industry', async ({ page }) => {
  await page.goto('/regions/440000/');
  const chip = page.locator('[data-taxon-cross]').getByRole('link', { name: /制造业/ });
  await followCountedLink(page, chip, /\/search\/\?industry=C&region=440000$/);
});

test('a long list offers ways in by trade and place, each leading to exactly the entries it counts', async ({ page }) => {
  await page.goto('/experts/');
  await page.locator('[data-list-filters] summary').click();
  const chip = page.locator('[data-list-filters]').getByRole('link', { name: /广东省/ });
  await followCountedLink(page, chip, /\/search\/\?type=expert&region=440000$/);
});

test('the needs list shows open needs first and offers a way in by state, leading to exactly the needs it counts', async ({ page }) => {
  await page.goto('/needs/');
  const states = await page.locator('main .cards .state-badge').allTextContents();
  expect(states.length).toBeGreaterThan(0);
  expect(states.indexOf('已解决')).toBeGreaterThan(-1);
  expect(states.slice(states.indexOf('已解决')).every((state) => state === '已解决')).toBe(true);
  await page.locator('[data-list-filters] summary').click();
  const solved = page.locator('[data-list-states]').getByRole('link', { name: /已解决/ });
  await followCountedLink(page, solved, /\/search\/\?type=need&state=/);
  await expect(page.locator('[data-search-active-filters]')).toContainText('状态：已解决');
});
