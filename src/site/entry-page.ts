/**
 * What an entry's page shows besides the entry itself — the entries it names and those naming it,
 * related lessons, its tree, its last change — computed once per page. The page renders this model,
 * and its digest is the page's cacheKey: an incremental build (Astro's experimental.incrementalBuild)
 * renders again exactly the pages whose model changed, the entry's own Markdown body included; Astro
 * itself tracks the code.
 */
import { createHash } from 'node:crypto';
import type { Corpus, CorpusEntry } from '../lib/corpus.ts';
import { entryFacts, type FactRow } from '../lib/entry-facts.ts';
import { relatedEntries } from '../lib/related.ts';
import { subtree, type TreeNode } from '../lib/tree.ts';
import { buildDate } from './build-date.ts';
import { entryUpdated, type LastUpdated } from './last-updated.ts';

export interface EntryPageModel {
  entry: CorpusEntry;
  facts: FactRow[];
  incoming: ReturnType<Corpus['incoming']>;
  related: CorpusEntry[];
  tree: TreeNode | undefined;
  updated: LastUpdated;
  /** The citation's accessed date in the static page (the reader's script puts in their own day). */
  accessed: string;
}

export function entryPageModel(corpus: Corpus, entry: CorpusEntry): EntryPageModel {
  return {
    entry,
    facts: entryFacts(corpus, entry),
    incoming: corpus.incoming(entry),
    related: relatedEntries(corpus, entry),
    tree: subtree(corpus, entry),
    updated: entryUpdated(entry),
    accessed: buildDate(),
  };
}

const isEntry = (value: unknown): value is CorpusEntry => typeof value === 'object' && value !== null && 'url' in value && 'data' in value && 'kind' in value;

/**
 * Everything the page's HTML is made of besides code: the model (the entry whole, body and all), with
 * every other entry as its front matter (cards show nothing else of them), and the address the page
 * is published at.
 */
export function entryPageKey(model: EntryPageModel, site: string): string {
  const text = JSON.stringify([site, model], (_, value: unknown) => (isEntry(value) && value !== model.entry ? { url: value.url, data: value.data } : value));
  return createHash('sha256').update(text).digest('base64url');
}
