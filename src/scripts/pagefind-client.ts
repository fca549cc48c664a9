/**
 * Loads Pagefind and the fold map on first use, and runs a query as one
 * Pagefind search per term (Pagefind takes one phrase per search), keeping the
 * results every term found.
 */
import type { FoldMap } from '../lib/search/fold.ts';
import { termQuery } from '../lib/search/tokens.ts';

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
  /** Results containing every term, in rank order, with per-value counts when Pagefind gives them exactly. */
  find(terms: string[], filters: object, sortByDate: boolean): Promise<{ results: PagefindResult[]; counts?: PagefindSearch['filters'] }>;
}

let engine: Promise<SearchEngine> | undefined;

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
    // Searches only count filter values that Pagefind has loaded; loading them once makes every count exact.
    await pagefind.filters();
    return {
      foldMap,
      async find(terms, filters, sortByDate) {
        const options = { filters, sort: sortByDate ? ({ date: 'desc' } as const) : undefined };
        if (terms.length === 0) {
          const all = await pagefind.search(null, options);
          return { results: all.results, counts: all.filters };
        }
        const searches = await Promise.all(terms.map((term) => pagefind.search(termQuery(term), options)));
        if (searches.length === 1) return { results: searches[0]!.results, counts: searches[0]!.filters };
        const others = searches.slice(1).map((search) => new Set(search.results.map((result) => result.id)));
        return { results: searches[0]!.results.filter((result) => others.every((ids) => ids.has(result.id))) };
      },
    };
  })();
  return engine;
}
