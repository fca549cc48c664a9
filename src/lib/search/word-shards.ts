/**
 * The corpus's words and titles (vocabulary.ts) split by character into a fixed number of files, so
 * a question loads the files of its own characters instead of every word (1.8 MB at 100,000 entries).
 * Each word is filed under its first and its second character: splitting a question needs the words
 * starting at each of its characters, and a title one edit away from a typed term (spelling.ts)
 * shares its first character or, when the edit is there, its second. Browser-safe.
 */
import type { WordsFile } from './vocabulary.ts';

export const WORD_SHARDS = 128;

export const wordShardPath = (shard: number) => `pagefind/search-words/${shard}.json`;

const shardOf = (char: string) => char.codePointAt(0)! % WORD_SHARDS;

/** Every shard, empty ones too, so that no question asks for a file that is not there. */
export function wordShards(file: WordsFile): WordsFile[] {
  const shards = Array.from({ length: WORD_SHARDS }, (): WordsFile => ({ words: [], titles: [] }));
  const fileUnder = (list: 'words' | 'titles', word: string) => {
    for (const shard of new Set([...word].slice(0, 2).map(shardOf))) shards[shard]![list].push(word);
  };
  for (const word of file.words) fileUnder('words', word);
  for (const title of file.titles) fileUnder('titles', title);
  return shards;
}

/** The shards that hold every word starting at, and every title one edit from, these terms. */
export const wordShardsFor = (terms: readonly string[]): number[] => [...new Set(terms.flatMap((term) => [...term].map(shardOf)))].sort((a, b) => a - b);

/** The loaded shards as one file, each list sorted as the whole file was, so that the first match is the same. */
export function mergeWordShards(files: readonly WordsFile[]): WordsFile {
  const merged = (list: 'words' | 'titles') => [...new Set(files.flatMap((file) => file[list]))].sort();
  return { words: merged('words'), titles: merged('titles') };
}
