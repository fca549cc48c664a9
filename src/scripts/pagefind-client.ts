/**
 * Loads Pagefind and the fold map on first use, and runs a query as one
 * Pagefind search per term (Pagefind takes one phrase per search), keeping the
 * results every term found.
 */
import type { FoldMap } from '../lib/search/fold.ts';
import { termQuery } from '../lib/search/tokens.ts';
import { revealMeta } from '../lib/search/unindexed.ts';

export interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: { filters?: object; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}

export interface SearchEngine {
  foldMap: FoldMap;
  /**
   * Loads every filter value once, so that searches count them exactly. At tens of thousands of entries this
   * is as many bytes as the rest of a query, so the page asks for it only when the filters are shown.
   */
  loadFilters(): Promise<void>;
  /** Results containing every term, in rank order, with per-value counts when Pagefind gives them exactly. */
  find(terms: string[], filters: object, sortByDate: boolean): Promise<{ results: PagefindResult[]; counts?: PagefindSearch['filters'] }>;
}

let engine: Promise<SearchEngine> | undefined;

/** A result whose meta reads as written (the index stores it hidden, see lib/search/unindexed.ts). */
const readable = (result: PagefindResult): PagefindResult => ({
  id: result.id,
  data: async () => {
    const data = await result.data();
    return { ...data, meta: revealMeta(data.meta) };
  },
});

export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= (async () => {
    const pagefindUrl = '/pagefind/pagefind.js';
    const [pagefind, foldMap] = await Promise.all([
      import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>,
      fetch('/pagefind/fold-map.json').then((response) => response.json() as Promise<FoldMap>),
    ]);
    // Pagefind takes the query language from <html lang> and re-segments zh-CN queries into words, which
    // would split our bigram tokens. The index is 'en'; Pagefind reads the attribute synchronously in init().
    const root = document.documentElement;
    const pageLanguage = root.lang;
    root.lang = 'en';
    const ready = pagefind.init();
    root.lang = pageLanguage;
    await ready;
    let filtersLoaded: Promise<unknown> | undefined;
    return {
      foldMap,
      async loadFilters() {
        filtersLoaded ??= pagefind.filters();
        await filtersLoaded;
      },
      async find(terms, filters, sortByDate) {
        const options = { filters, sort: sortByDate ? ({ date: 'desc' } as const) : undefined };
        if (terms.length === 0) {
          const all = await pagefind.search(null, options);
          return { results: all.results.map(readable), counts: all.filters };
        }
        const searches = await Promise.all(terms.map((term) => pagefind.search(termQuery(term), options)));
        if (searches.length === 1) return { results: searches[0]!.results.map(readable), counts: searches[0]!.filters };
        const others = searches.slice(1).map((search) => new Set(search.results.map((result) => result.id)));
        return { results: searches[0]!.results.filter((result) => others.every((ids) => ids.has(result.id))).map(readable) };
      },
    };
  })();
  // A failed download (a phone losing its signal) must not stick: the next search tries again.
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}
