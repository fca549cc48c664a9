/** Names and titles a query in Latin letters spells in pinyin: full or initials, spaces and tones ignored. Browser-safe. */
import { fnv1a } from '../fnv1a.ts';

export const isPinyinQuery = (query: string) => /^[a-z' ]+$/i.test(query.trim()) && /[a-z]{2}/i.test(query);

/** The letters of a query as they are matched: lower case, without spaces or apostrophes. */
const lettersOf = (query: string) => query.toLowerCase().replace(/[^a-z]/g, '');

/** A query matches the start of a full spelling from this many letters on (wangwenwenqie for 望闻问切法). */
const SHORTEST_PREFIX = 6;

export function pinyinMatches(query: string, entries: readonly (readonly [string, string, string])[]): string[] {
  const typed = lettersOf(query);
  if (typed.length < 2) return [];
  const matches = entries.filter(
    ([full, initials]) => full === typed || (initials !== '' && initials === typed) || (typed.length >= SHORTEST_PREFIX && full.startsWith(typed)),
  );
  return [...new Set(matches.map(([, , term]) => term))];
}

/**
 * Spellings are filed by their first SHORTEST_PREFIX letters, hashed into this many files: every
 * spelling a query can match starts with the query's own first letters (equal, or a prefix at least
 * that long), so a query needs one file. By first letter instead, z.json was 652 KB at 100,000 entries.
 */
export const PINYIN_SHARDS = 256;

const shardOf = (letters: string) => fnv1a(letters.slice(0, SHORTEST_PREFIX)) % PINYIN_SHARDS;

/** Where the spellings a query can match are (written at index time by lib/search/vocabulary). */
export const pinyinShardPath = (shard: number) => `pagefind/search-pinyin/${shard}.json`;

export const pinyinShardFor = (query: string) => shardOf(lettersOf(query));

/** The files each spelling is in: by its full pinyin, and by its initials where it has them. */
export const pinyinShardsOf = ([full, initials]: readonly [string, string, string]) => [
  ...new Set([full, initials].filter((letters) => letters !== '').map(shardOf)),
];
