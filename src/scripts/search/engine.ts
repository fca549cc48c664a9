/**
 * Loads Pagefind and the fold map on first use, and answers the searches the page needs: a query
 * as one Pagefind search per term (Pagefind takes one phrase per search) keeping the results every
 * term found, one term alone, a title key, and the vocabulary files, each fetched once when needed.
 */
import { DATE_ORDER_NAME, type DateOrder, type DateRanks, dateRanks, newestFirst } from '../../lib/search/date-order.ts';
import type { FoldMap } from '../../lib/search/fold.ts';
import { pinyinShardFor, pinyinShardPath } from '../../lib/search/pinyin-match.ts';
import { SHARDS_FILE, type ShardsFile } from '../../lib/search/shards.ts';
import { FOLD_MAP_FILE, PAGEFIND_SCRIPT_FILE, SEARCH_TERMS_FILE, siteUrl } from '../../lib/search/site-files.ts';
import { queryTerms, termQuery } from '../../lib/search/tokens.ts';
import { revealMeta } from '../../lib/search/unindexed.ts';
import type { PinyinFile, TermsFile, WordsFile } from '../../lib/search/vocabulary.ts';
import { lazyJson, lazyJsonFiles } from '../lazy-json.ts';
import { wordLoader } from '../word-loader.ts';

export interface ResultData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: { filters?: object }): Promise<PagefindSearch>;
  mergeIndex(path: string, options: object): Promise<void>;
  preload(query: string): Promise<void>;
}

export interface SearchOptions {
  filters: object;
  sortByDate: boolean;
}

export interface SearchEngine {
  foldMap: FoldMap;
  /** How many entries searches cover: the newest shard at first, every entry once searchEverything() has run. */
  coverage(): { searched: number; entries: number };
  /** Merges the older shards (lib/search/shards.ts) into every later search. */
  searchEverything(): Promise<void>;
  /**
   * Loads every filter value once, so that searches count them exactly. At tens of thousands of entries this
   * is as many bytes as the rest of a query, so the page asks for it only when the filters are shown.
   */
  loadFilters(): Promise<void>;
  /** Results containing every term, in rank order, with per-value counts when Pagefind gives them exactly. */
  find(terms: readonly string[], options: SearchOptions): Promise<{ results: PagefindResult[]; counts?: PagefindSearch['filters'] }>;
  /**
   * Starts downloading the index chunks the query's first terms need, while the reader is still typing:
   * on a weak signal the chunks are most of the wait, and the search after the typing pause finds them in.
   */
  preload(query: string): void;
  /** Pages with this one term, best first. */
  findTerm(term: string, options: SearchOptions): Promise<PagefindResult[]>;
  /** Pages whose title has this key (lib/search/title-key.ts). */
  findTitle(key: string, options: SearchOptions): Promise<PagefindResult[]>;
  terms(): Promise<TermsFile>;
  /** The corpus's words and titles that splitting and correcting these terms can need. */
  words(terms: readonly string[]): Promise<WordsFile>;
  /** The names and titles whose pinyin this query in Latin letters can match, and others filed with them. */
  pinyin(query: string): Promise<PinyinFile>;
  /** The items in the order of their entries' dates, newest first. */
  newestFirst<T extends { id: string }>(items: readonly T[]): Promise<T[]>;
}

let engine: Promise<SearchEngine> | undefined;
/** Failed loads so far: a retry imports Pagefind under a new URL (see loadSearchEngine). */
let failedLoads = 0;
/** The next search starts afresh: a failed download (a phone losing its signal) must not stick. */
const dropEngine = () => {
  engine = undefined;
  failedLoads++;
};
/** Enough for the terms, words and synonyms of a few queries; a filter change starts new keys. */
const REMEMBERED_SEARCHES = 64;
/** A typed query has a word or two; a pasted paragraph's chunks are left to its search. */
const PRELOADED_TERMS = 3;

/** A result whose meta reads as written (the index stores it hidden, see lib/search/unindexed.ts). */
const readable = (result: PagefindResult): PagefindResult => {
  let data: Promise<ResultData> | undefined;
  return {
    id: result.id,
    data: () => {
      data ??= result.data().then((loaded) => ({ ...loaded, meta: revealMeta(loaded.meta) }));
      return data;
    },
  };
};

export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= (async () => {
    // Chromium remembers a module whose download failed and fails every later import of its URL at once,
    // so a retry asks for it under a new one (Pagefind finds its files from the path, not the query).
    const pagefindUrl = siteUrl(PAGEFIND_SCRIPT_FILE) + (failedLoads === 0 ? '' : `?retry=${failedLoads}`);
    // Pagefind starts its worker, WebAssembly and index metadata as soon as its script is in: on a weak
    // signal that chain of round trips is most of a first search, so it must not wait for our small files.
    const initialised = (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>).then(async (pagefind) => {
      // Pagefind takes the query language from <html lang> and re-segments zh-CN queries into words, which
      // would split our bigram tokens. The index is 'en'; Pagefind reads the attribute synchronously in init().
      const root = document.documentElement;
      const pageLanguage = root.lang;
      root.lang = 'en';
      const ready = pagefind.init();
      root.lang = pageLanguage;
      await ready;
      return pagefind;
    });
    const [pagefind, foldMap, shards] = await Promise.all([
      initialised,
      fetch(siteUrl(FOLD_MAP_FILE)).then((response) => response.json() as Promise<FoldMap>),
      fetch(siteUrl(SHARDS_FILE)).then((response) => response.json() as Promise<ShardsFile>),
    ]);
    let filtersLoaded: Promise<unknown> | undefined;
    const terms = lazyJson<TermsFile>(siteUrl(SEARCH_TERMS_FILE));
    const pinyinShard = lazyJsonFiles<number, PinyinFile>((shard) => siteUrl(pinyinShardPath(shard)));
    const merged = new Set<string>();
    const mergedShards = () => shards.more.filter((shard) => merged.has(shard.path));
    const shardsSearched = () => ['/pagefind/', ...mergedShards().map((shard) => shard.path)];
    const dateOrderOf = lazyJsonFiles<string, DateOrder>((dir) => `${dir}${DATE_ORDER_NAME}`);
    let ranksOfShards: { shards: number; ranks: DateRanks } | undefined;
    const loadDateRanks = async () => {
      const dirs = shardsSearched();
      if (ranksOfShards?.shards !== dirs.length) ranksOfShards = { shards: dirs.length, ranks: dateRanks((await Promise.all(dirs.map(dateOrderOf))).flat()) };
      return ranksOfShards.ranks;
    };
    const newestFirstOf = async <T extends { id: string }>(items: readonly T[]) => newestFirst(items, await loadDateRanks());
    const inOrder = (results: PagefindResult[], { sortByDate }: SearchOptions) => (sortByDate ? newestFirstOf(results) : results);
    // The exact list and the related list both search each typed term; one Pagefind search serves both, in either order.
    const termSearches = new Map<string, Promise<PagefindSearch>>();
    const searchTerm = (term: string, options: SearchOptions) => {
      const key = JSON.stringify([term, options.filters]);
      if (!termSearches.has(key)) {
        if (termSearches.size >= REMEMBERED_SEARCHES) termSearches.clear();
        const search = pagefind.search(termQuery(term), { filters: options.filters });
        // A chunk that failed to download must be fetched again next time.
        search.catch(() => termSearches.delete(key));
        termSearches.set(key, search);
      }
      return termSearches.get(key)!;
    };
    let merging: Promise<void> | undefined;
    return {
      foldMap,
      coverage: () => ({
        searched: mergedShards().reduce((sum, shard) => sum + shard.entries, shards.first),
        entries: shards.entries,
      }),
      searchEverything() {
        merging ??= Promise.all(
          shards.more.filter((shard) => !merged.has(shard.path)).map((shard) => pagefind.mergeIndex(shard.path, {}).then(() => merged.add(shard.path))),
        ).then(
          () => {
            // Searches so far saw the newest shard only, and its filter values are all Pagefind has.
            termSearches.clear();
            filtersLoaded = undefined;
          },
          (error: unknown) => {
            // Pagefind keeps a shard that failed to load and fails every later search on it.
            dropEngine();
            throw error;
          },
        );
        return merging;
      },
      async loadFilters() {
        // Pagefind counts filter values only in searches run after the filters arrived: forget earlier ones.
        filtersLoaded ??= pagefind.filters().then(
          () => termSearches.clear(),
          (error: unknown) => {
            filtersLoaded = undefined;
            throw error;
          },
        );
        await filtersLoaded;
      },
      async find(terms, options) {
        if (terms.length === 0) {
          const all = await pagefind.search(null, { filters: options.filters });
          return { results: await inOrder(all.results.map(readable), options), counts: all.filters };
        }
        const searches = await Promise.all(terms.map((term) => searchTerm(term, options)));
        if (searches.length === 1) return { results: await inOrder(searches[0]!.results.map(readable), options), counts: searches[0]!.filters };
        const others = searches.slice(1).map((search) => new Set(search.results.map((result) => result.id)));
        return { results: await inOrder(searches[0]!.results.filter((result) => others.every((ids) => ids.has(result.id))).map(readable), options) };
      },
      preload(query) {
        // Only a head start: a chunk that fails here is fetched again by the search.
        for (const term of queryTerms(query, foldMap).slice(0, PRELOADED_TERMS)) pagefind.preload(termQuery(term)).catch(() => undefined);
      },
      async findTerm(term, options) {
        return inOrder((await searchTerm(term, options)).results.map(readable), options);
      },
      async findTitle(key, options) {
        return inOrder((await pagefind.search(key, { filters: options.filters })).results.map(readable), options);
      },
      terms,
      words: wordLoader(terms),
      newestFirst: newestFirstOf,
      pinyin: (query) => pinyinShard(pinyinShardFor(query)),
    };
  })();
  // A failed download (a phone losing its signal) must not stick: the next search tries again.
  engine.catch(dropEngine);
  return engine;
}
