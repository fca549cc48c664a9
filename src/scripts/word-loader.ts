/** The word files (lib/search/word-shards.ts) that a query's terms need, each fetched once, as one. */
import type { WordsFile } from '../lib/search/vocabulary.ts';
import { mergeWordShards, wordShardPath, wordShardsFor } from '../lib/search/word-shards.ts';
import { lazyJson } from './lazy-json.ts';

export function wordLoader(): (terms: readonly string[]) => Promise<WordsFile> {
  const shards = new Map<number, () => Promise<WordsFile>>();
  const shard = (index: number) => {
    if (!shards.has(index)) shards.set(index, lazyJson<WordsFile>(`/${wordShardPath(index)}`));
    return shards.get(index)!();
  };
  return async (terms) => mergeWordShards(await Promise.all(wordShardsFor(terms).map(shard)));
}
