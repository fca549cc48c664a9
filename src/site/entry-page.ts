/**
 * What an entry's page shows besides the entry itself — the entries it names and those naming it,
 * related lessons, its tree, its last change — computed once per page. The page renders this model,
 * and its digest is the page's cacheKey (page-key.ts), the entry's own Markdown body included.
 */
import type { Corpus, CorpusEntry } from '../lib/corpus.ts';
import { entryFacts, type FactRow } from '../lib/entry-facts.ts';
import { relatedEntries } from '../lib/related.ts';
import { subtree, type TreeNode } from '../lib/tree.ts';
import { buildDate } from './build-date.ts';
import { entryUpdated, type LastUpdated } from './last-updated.ts';
import { pageKey } from './page-key.ts';

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

/** The page's cacheKey: the model (the entry whole, body and all) and the address the page is published at. */
export function entryPageKey(model: EntryPageModel, site: string): string {
  return pageKey(site, model, model.entry);
}
