/**
 * Files of the search index that the browser asks for by a fixed name, from the site root. The index
 * writes them and the pages load them by these names. Browser-safe.
 */

export const PAGEFIND_SCRIPT_FILE = 'pagefind/pagefind.js';
/** The slice of the fold map (繁→简, case) the indexed text needs. */
export const FOLD_MAP_FILE = 'pagefind/fold-map.json';
/** What search knows of the corpus's words, loaded with every query. */
export const SEARCH_TERMS_FILE = 'pagefind/search-terms.json';

/** As the browser asks for a file. */
export const siteUrl = (file: string) => `/${file}`;

/**
 * Pagefind's script, for the search page to ask for while it parses rather than once its own script has
 * run: it starts the chain of round trips (worker, entry, WebAssembly, index) every first search waits on,
 * half a second each on a weak signal. The JSON files load beside that chain, not in it.
 */
export const SEARCH_PRELOAD = siteUrl(PAGEFIND_SCRIPT_FILE);
