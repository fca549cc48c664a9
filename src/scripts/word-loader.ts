/** The word files (lib/search/word-shards.ts) that a query's terms need, each fetched once, as one. */

import { siteUrl } from '../lib/search/site-files.ts';
import type { WordsFile } from '../lib/search/vocabulary.ts';
import { mergeWordShards, wordShardPath, wordShardsFor } from '../lib/search/word-shards.ts';
import { lazyJsonFiles } from './lazy-json.ts';

export function wordLoader(): (terms: readonly string[]) => Promise<WordsFile> {
  const shard = lazyJsonFiles<number, WordsFile>((index) => siteUrl(wordShardPath(index)));
  return async (terms) => mergeWordShards(await Promise.all(wordShardsFor(terms).map(shard)));
}
