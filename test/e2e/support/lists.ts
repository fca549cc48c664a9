/** Reading paginated lists the way a reader does: page by page, following "下一页". */
import type { Page } from '@playwright/test';

const paths = (links: Element[]) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname);

/** The entry paths on a list and on every following page of it; leaves the page on the last one. */
export async function entriesAcrossPages(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const found: string[] = [];
  for (;;) {
    found.push(...(await page.locator('main .cards .card :is(h2, h3) a').evaluateAll(paths)));
    const next = page.locator('[data-pager] a[rel="next"]');
    if ((await next.count()) === 0) return found;
    await next.click();
  }
}

/** The path of every entry an industry or region page lists: its cards, or the full list where it shows only the newest. */
export async function entriesOfNode(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const groups = await page.locator('[data-kind-group]').evaluateAll((sections) =>
    sections.map((section) => ({
      all: section.querySelector<HTMLAnchorElement>('[data-kind-all]')?.href,
      paths: [...section.querySelectorAll<HTMLAnchorElement>('.card h3 a')].map((link) => new URL(link.href).pathname),
    })),
  );
  const found: string[] = [];
  for (const group of groups) found.push(...(group.all ? await entriesAcrossPages(page, group.all) : group.paths));
  return found;
}
