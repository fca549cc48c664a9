/**
 * Long lists split into numbered pages (/cases/, /cases/page/2/, …) so that a
 * list stays within a phone's page budget however large the corpus grows. A
 * page number is a position in a growing list, not an address to cite, so
 * these pages stay out of the permanent-URL manifest.
 */
export const LIST_PAGE_SIZE = 50;

/** Entries of one kind an industry or region page shows before linking to all of them. */
export const NODE_PREVIEW_SIZE = 20;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({ number: index + 1, count, items: items.slice(index * size, (index + 1) * size) }));
}

/** The URL of page `number` of the list at `base` (which ends in a slash). */
export const pageUrl = (base: string, number: number) => (number === 1 ? base : `${base}page/${number}/`);

/** The rest parameter of a route ending in `[...page]`: nothing for the first page. */
export const pageParam = (number: number) => (number === 1 ? undefined : `page/${number}`);

export const isListPosition = (path: string) => /\/page\/\d+\/$/.test(path);

/**
 * The page numbers a pager links: the first, the last and `radius` either side
 * of the current one, with null where numbers are left out.
 */
export function pageWindow(current: number, count: number, radius = 2): (number | null)[] {
  const numbers = [...new Set([1, count, ...Array.from({ length: radius * 2 + 1 }, (_, offset) => current - radius + offset)])]
    .filter((number) => number >= 1 && number <= count)
    .sort((a, b) => a - b);
  return numbers.flatMap((number, index) => (index > 0 && number - numbers[index - 1]! > 1 ? [null, number] : [number]));
}
