/** 找专家's data (profiles.ts) as the files /find/ loads in part (finder-index.ts): file path to JSON. */

import { shardsOf } from '../search/shards.ts';
import {
  CANDIDATES_RUN,
  type CandidatePlaces,
  type CandidatesFile,
  encodeAscending,
  FINDER_INDEX_FILE,
  type FinderCandidate,
  type FinderIndex,
  finderCandidatesPath,
  finderOwnersPath,
  finderPlacesPath,
  finderWordsPath,
  OWNERS_RUN,
  type OwnersFile,
  PLACES_RUN,
  type PlacesFile,
  visitKeys,
  WORDS_FILE_BYTES,
  type WordsFile,
  wordsFileOf,
} from './finder-index.ts';
import type { FinderData } from './profiles.ts';

/** Each key and the evidence holding it, ascending. */
function keyHolders(evidenceTexts: readonly string[]): Map<string, number[]> {
  const holders = new Map<string, number[]>();
  for (const [number, text] of evidenceTexts.entries())
    visitKeys(text, (key) => {
      const list = holders.get(key);
      if (!list) holders.set(key, [number]);
      else if (list.at(-1) !== number) list.push(number);
    });
  return holders;
}

/** A power of two, so that the file a key is in changes only when the index doubles. */
function wordsFileCount(bytes: number): number {
  let files = 1;
  while (bytes / files > WORDS_FILE_BYTES) files *= 2;
  return files;
}

/**
 * Each file's path and content, made as it is asked for: the words files of 100,000 entries would
 * hold gigabytes of memory at once.
 */
export function* finderFiles({ evidenceTexts, candidates }: FinderData): Generator<[string, unknown]> {
  const holders = keyHolders(evidenceTexts);
  const bytes = [...holders].reduce((sum, [key, list]) => sum + key.length * 3 + list.length * 4 + 4, 0);
  const index: FinderIndex = { evidence: evidenceTexts.length, candidates: candidates.length, wordsFiles: wordsFileCount(bytes) };
  yield [FINDER_INDEX_FILE, index];
  const keysOf = Array.from({ length: index.wordsFiles }, (): string[] => []);
  for (const key of holders.keys()) keysOf[wordsFileOf(key, index.wordsFiles)]!.push(key);
  for (const [file, keys] of keysOf.entries()) {
    // Keys in code-unit order: the same files, byte for byte, from the same evidence.
    yield [finderWordsPath(file), Object.fromEntries(keys.sort().map((key) => [key, encodeAscending(holders.get(key)!)])) satisfies WordsFile];
  }

  const owners: OwnersFile = evidenceTexts.map(() => []);
  for (const [number, candidate] of candidates.entries()) for (const { i } of candidate.e) owners[i]!.push(number);
  for (const [run, content] of shardsOf(owners, OWNERS_RUN).entries()) yield [finderOwnersPath(run), content satisfies OwnersFile];
  const places = candidates.map(({ r, i }): CandidatePlaces => ({ r, i }));
  for (const [run, content] of shardsOf(places, PLACES_RUN).entries()) yield [finderPlacesPath(run), content satisfies PlacesFile];
  const shown = candidates.map(({ n, u, k, e }): FinderCandidate => ({ n, u, k, e }));
  for (const [run, content] of shardsOf(shown, CANDIDATES_RUN).entries()) yield [finderCandidatesPath(run), content satisfies CandidatesFile];
}
