/** The word files (lib/search/word-shards.ts) that a query's terms need, each fetched once, as one. */

import { siteUrl } from '../lib/search/site-files.ts';
import type { TermsFile, WordsFile } from '../lib/search/vocabulary.ts';
import { mergeWordShards, wordShardPath, wordShardsFor } from '../lib/search/word-shards.ts';
import { lazyJsonFiles } from './lazy-json.ts';

/** `terms` loads search-terms.json, which says how many word files there are. */
export function wordLoader(terms: () => Promise<TermsFile>): (words: readonly string[]) => Promise<WordsFile> {
  const shard = lazyJsonFiles<number, WordsFile>((index) => siteUrl(wordShardPath(index)));
  return async (words) => mergeWordShards(await Promise.all(wordShardsFor(words, (await terms()).wordShards).map(shard)));
}
