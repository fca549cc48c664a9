/**
 * A page's cacheKey for Astro's incremental build (experimental.incrementalBuild): the digest of
 * everything its HTML is made of besides code, which Astro tracks itself. A rebuild renders again
 * exactly the pages whose key changed. Entries other than the page's own enter as their front matter:
 * a card or a link shows nothing else of them.
 */
import { createHash } from 'node:crypto';
import type { CorpusEntry } from '../lib/corpus.ts';

const isEntry = (value: unknown): value is CorpusEntry => typeof value === 'object' && value !== null && 'url' in value && 'data' in value && 'kind' in value;

/** The key of a page published at `site` that renders `model`; `own` is the entry the page is about, kept whole. */
export function pageKey(site: string, model: unknown, own?: CorpusEntry): string {
  const text = JSON.stringify([site, model], (_, value: unknown) => (isEntry(value) && value !== own ? { url: value.url, data: value.data } : value));
  return createHash('sha256').update(text).digest('base64url');
}
