/**
 * The corpus's words and titles (vocabulary.ts) split by character into files, so a question loads the
 * files of its own characters instead of every word. Each word is filed under its first and its second
 * character: splitting a question needs the words starting at each of its characters, and a title one
 * edit away from a typed term (spelling.ts) shares its first character or, when the edit is there, its
 * second. The number of files grows with the words, so that each holds the words of fewer characters
 * (at a fixed 128, a question at 100,000 entries loaded 399 KB); one character's words stay in one
 * file. search-terms.json says how many there are. Browser-safe.
 */
import type { WordsFile } from './vocabulary.ts';

/** About this many bytes of words per file, as JSON: about 4 KB gzipped. */
const WORD_SHARD_BYTES = 12_288;
/** At least this many files: a small site's question still loads a fraction of its words. */
const FEWEST_WORD_SHARDS = 128;

export const wordShardPath = (shard: number) => `pagefind/search-words/${shard}.json`;

const shardOf = (char: string, shards: number) => char.codePointAt(0)! % shards;

/** A power of two: words change files only when the vocabulary doubles. */
export function wordShardCount(file: WordsFile): number {
  // Each word is filed twice, each character up to three bytes, with quotes and a comma.
  const bytes = [...file.words, ...file.titles].reduce((sum, word) => sum + 2 * (word.length * 3 + 3), 0);
  let shards = FEWEST_WORD_SHARDS;
  while (bytes / shards > WORD_SHARD_BYTES) shards *= 2;
  return shards;
}

/** Every shard, empty ones too, so that no question asks for a file that is not there. */
export function wordShards(file: WordsFile, count: number): WordsFile[] {
  const shards = Array.from({ length: count }, (): WordsFile => ({ words: [], titles: [] }));
  const fileUnder = (list: 'words' | 'titles', word: string) => {
    for (const shard of new Set([...word].slice(0, 2).map((char) => shardOf(char, count)))) shards[shard]![list].push(word);
  };
  for (const word of file.words) fileUnder('words', word);
  for (const title of file.titles) fileUnder('titles', title);
  return shards;
}

/** The shards that hold every word starting at, and every title one edit from, these terms. */
export const wordShardsFor = (terms: readonly string[], count: number): number[] =>
  [...new Set(terms.flatMap((term) => [...term].map((char) => shardOf(char, count))))].sort((a, b) => a - b);

/** The loaded shards as one file, each list sorted as the whole file was, so that the first match is the same. */
export function mergeWordShards(files: readonly WordsFile[]): WordsFile {
  const merged = (list: 'words' | 'titles') => [...new Set(files.flatMap((file) => file[list]))].sort();
  return { words: merged('words'), titles: merged('titles') };
}
