/**
 * 最新在前 without Pagefind's sort: Pagefind keeps a sort's page order in the metadata that every
 * search downloads (42 KB of its 192 KB at 20,000 entries), though only a reader who picks 最新
 * needs it. The index writes the order as a file of its own, fetched when a reader does. Browser-safe.
 */

/**
 * Pagefind's page ids, newest entry first, one file in each shard's directory (lib/search/shards.ts).
 * Shards are cut from the same newest-first order, so the files of the shards a search has loaded,
 * read in shard order, are the order of every entry it can find.
 */
export const DATE_ORDER_NAME = 'date-order.json';

export type DateOrder = readonly string[];

/**
 * Newest first by partial date as written (2024-03 before 2024, as a string sort puts them), then by
 * URL, so that two builds of the same content write the same order.
 */
export const newestFirstPages = <T extends { url: string; date: string }>(pages: readonly T[]): T[] =>
  pages.toSorted((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : 1) : a.date < b.date ? 1 : -1));

/** Pagefind's ids of the pages, newest first. */
export function newestFirstIds(pages: readonly { url: string; date: string }[], idOf: ReadonlyMap<string, string>): DateOrder {
  return newestFirstPages(pages).map((page) => {
    const id = idOf.get(page.url);
    if (!id) throw new Error(`search index: no Pagefind page for ${page.url}`);
    return id;
  });
}

export type DateRanks = ReadonlyMap<string, number>;

export const dateRanks = (order: DateOrder): DateRanks => new Map(order.map((id, index) => [id, index]));

/** The items newest first; an id the order does not know (an index newer than the order file) goes last. */
export const newestFirst = <T extends { id: string }>(items: readonly T[], ranks: DateRanks): T[] =>
  items.toSorted((a, b) => (ranks.get(a.id) ?? ranks.size) - (ranks.get(b.id) ?? ranks.size));
