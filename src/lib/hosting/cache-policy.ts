/**
 * How long browsers and CDNs may keep each published file. The one source of truth for both the
 * bucket deploy (scripts/deploy.ts sets Cache-Control on every object) and the _headers file that
 * Netlify and Cloudflare Pages read, so the two can never disagree.
 */

import { SHARDS_DIRECTORY } from '../search/shards.ts';

export type CacheClass = 'immutable' | 'revalidate';

export const CACHE_CONTROL: Readonly<Record<CacheClass, string>> = {
  // The name changes whenever the content does, so a cached copy can never be stale.
  immutable: 'public, max-age=31536000, immutable',
  // Kept, but checked with the origin before every use: a new deploy shows at once. This is also
  // what Netlify and Cloudflare Pages send by default, so _headers need not repeat it.
  revalidate: 'public, max-age=0, must-revalidate',
};

/**
 * Files named by a hash of their content: Astro's bundles, Pagefind's chunks, and the older shards of
 * the index, each in a directory named by its hash (lib/search/shards.ts). Written as _headers
 * patterns, with one `*` that matches any run of characters, slashes included, as Cloudflare Pages
 * reads it. Everything else — HTML, pagefind.js and its entry file, the wasm, our own search JSON,
 * data exports, feed, sitemap — keeps its name across builds and must revalidate.
 */
export const IMMUTABLE_PATTERNS = [
  '/_astro/*',
  '/pagefind/fragment/*',
  '/pagefind/index/*',
  '/pagefind/filter/*',
  '/pagefind/*.pf_meta',
  `/${SHARDS_DIRECTORY}*`,
] as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A _headers pattern as a regular expression over a site path ("/_astro/a.css"). */
export const patternRegExp = (pattern: string) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);

const IMMUTABLE = IMMUTABLE_PATTERNS.map(patternRegExp);

/** The cache class of a file, by its path relative to the site root ("pagefind/pagefind.js"). */
export function cacheClassOf(path: string): CacheClass {
  return IMMUTABLE.some((pattern) => pattern.test(`/${path}`)) ? 'immutable' : 'revalidate';
}
