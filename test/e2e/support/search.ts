/** The search page as tests see it, through its documented contract (data-search-*). */
import { expect, type Locator, type Page } from '@playwright/test';

export const searchResults = (page: Page) => page.locator('[data-search-results]');

/** Both lists are in: the exact matches show first, the related list after its own searches. */
export const settled = async (page: Page) => {
  await expect(searchResults(page)).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[data-search-related]')).toHaveAttribute('aria-busy', 'false');
};

export const total = async (page: Page) => Number(await page.locator('[data-search-total]').textContent());

export const resultTitles = (page: Page) => searchResults(page).locator('a').allTextContents();

export const resultDates = (page: Page) =>
  searchResults(page)
    .locator('time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));

/** Opens the filter panel (closed until asked for, unless the URL filters) and waits for its counts. */
export async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('[data-search-filter-panel]');
  if (!(await panel.evaluate((element) => (element as HTMLDetailsElement).open))) await panel.locator('summary').click();
  await expect(page.locator('[data-search-filters] input').first()).toBeVisible();
  await settled(page);
}

/** Ticks one filter value and checks that the results now number what its count promised. */
export async function applyFilter(page: Page, group: string, value: string): Promise<number> {
  await openFilters(page);
  const option = page.locator(`label[for="filter-${group}-${value}"]`);
  const promised = Number(await option.locator('[data-filter-count]').textContent());
  await option.getByRole('checkbox').check();
  await settled(page);
  expect(await total(page)).toBe(promised);
  await expect(page).toHaveURL(new RegExp(`${group}=[^&]*${value}`));
  return promised;
}

/** Follows a link that promises a count (its `.count`) to the search page, and checks the results number the same. */
export async function followCountedLink(page: Page, link: Locator, url: RegExp): Promise<void> {
  const promised = Number(await link.locator('.count').textContent());
  await link.click();
  await expect(page).toHaveURL(url);
  await settled(page);
  expect(await total(page)).toBe(promised);
}
