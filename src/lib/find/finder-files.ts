/** 找专家's data (profiles.ts) as the files /find/ loads in part (finder-index.ts): file path to JSON. */

import { shardsOf } from '../search/shards.ts';
import {
  CANDIDATES_RUN,
  type CandidatePlaces,
  type CandidatesFile,
  decodeAscending,
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

/**
 * Each key and the evidence holding it, ascending: one typed array sliced per key, filled in a second
 * pass once each key's count is known. A JS array per key took the heap to 927 MB at 20,000 entries
 * (343 MB this way), and the search index stage's peak at 100,000 entries over 4 GB.
 */
interface KeyHolders {
  ids: Map<string, number>;
  /** Where each key's evidence numbers start in `numbers`, by key id; one more for the end. */
  starts: Uint32Array;
  numbers: Uint32Array;
}

const holdersOf = ({ ids, starts, numbers }: KeyHolders, key: string): number[] => {
  const id = ids.get(key)!;
  return Array.from(numbers.subarray(starts[id]!, starts[id + 1]!));
};

/** The array, or a copy twice as long, so that `index` is inside it. */
const withRoomFor = (array: Uint32Array<ArrayBuffer>, index: number): Uint32Array<ArrayBuffer> => {
  if (index < array.length) return array;
  const grown = new Uint32Array(array.length * 2);
  grown.set(array);
  return grown;
};

/** Visits each key once per evidence it is in, by id, in evidence order. */
function eachHolding(evidenceTexts: readonly string[], ids: Map<string, number>, visit: (id: number, number: number) => void): void {
  let seenIn = new Uint32Array(Math.max(1024, ids.size));
  for (const [number, text] of evidenceTexts.entries())
    visitKeys(text, (key) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      seenIn = withRoomFor(seenIn, id);
      // Evidence numbers from 1 here, so that 0 means not seen.
      if (seenIn[id] === number + 1) return;
      seenIn[id] = number + 1;
      visit(id, number);
    });
}

function keyHolders(evidenceTexts: readonly string[]): KeyHolders {
  const ids = new Map<string, number>();
  let counts = new Uint32Array(1024);
  eachHolding(evidenceTexts, ids, (id) => {
    counts = withRoomFor(counts, id);
    counts[id] = counts[id]! + 1;
  });
  const starts = new Uint32Array(ids.size + 1);
  for (let id = 0; id < ids.size; id++) starts[id + 1] = starts[id]! + counts[id]!;
  const numbers = new Uint32Array(starts[ids.size]!);
  const filled = counts.fill(0);
  eachHolding(evidenceTexts, ids, (id, number) => {
    numbers[starts[id]! + filled[id]!] = number;
    filled[id] = filled[id]! + 1;
  });
  return { ids, starts, numbers };
}

const keysOf = (text: string) => {
  const keys = new Set<string>();
  visitKeys(text, (key) => keys.add(key));
  return keys;
};

/** A key's share of the words files, about, as JSON. */
const keyBytes = (key: string, holders: number) => key.length * 3 + holders * 4 + 4;

/** A power of two, so that the file a key is in changes only when the index doubles. */
function wordsFileCount(bytes: number): number {
  let files = 1;
  while (bytes / files > WORDS_FILE_BYTES) files *= 2;
  return files;
}

/** Keys in code-unit order: the same file, byte for byte, however it was made. */
const wordsFile = (lists: ReadonlyMap<string, readonly number[]>): WordsFile =>
  Object.fromEntries([...lists.keys()].sort().map((key) => [key, encodeAscending(lists.get(key)!)]));

/** What a later build needs to update the words files instead of writing them all. */
export interface WordsState {
  evidenceTexts: string[];
  bytes: number;
  wordsFiles: number;
}

export interface WordsFiles {
  state: WordsState;
  /** Path and content, each made as it is asked for: at 100,000 entries all of them would hold gigabytes at once. */
  files: Iterable<[string, WordsFile]>;
}

export function finderWords(evidenceTexts: string[]): WordsFiles {
  const holders = keyHolders(evidenceTexts);
  let bytes = 0;
  for (const [key, id] of holders.ids) bytes += keyBytes(key, holders.starts[id + 1]! - holders.starts[id]!);
  const wordsFiles = wordsFileCount(bytes);
  const keysIn = Array.from({ length: wordsFiles }, (): string[] => []);
  for (const key of holders.ids.keys()) keysIn[wordsFileOf(key, wordsFiles)]!.push(key);
  function* files(): Generator<[string, WordsFile]> {
    for (const [file, keys] of keysIn.entries()) yield [finderWordsPath(file), wordsFile(new Map(keys.map((key) => [key, holdersOf(holders, key)])))];
  }
  return { state: { evidenceTexts, bytes, wordsFiles }, files: files() };
}

/** Most evidence an update changes before writing every file is as quick. */
const MOST_CHANGED = (evidence: number) => Math.max(64, evidence / 100);

/**
 * The words files that differ from an earlier build's, read through `read`: after an editor's fix,
 * a few hundred files instead of thousands. Undefined where only writing all is right: evidence
 * removed (later numbers shift), many changed, or so much added that the files are counted anew.
 */
export function changedWords(previous: WordsState, evidenceTexts: string[], read: (path: string) => WordsFile): WordsFiles | undefined {
  if (evidenceTexts.length < previous.evidenceTexts.length) return undefined;
  const changed = evidenceTexts.flatMap((text, number) => (text === previous.evidenceTexts[number] ? [] : [number]));
  if (changed.length > MOST_CHANGED(evidenceTexts.length)) return undefined;
  // Per words file, per key: the evidence that gains it and the evidence that loses it.
  const edits = new Map<number, Map<string, { gains: number[]; loses: number[] }>>();
  const edit = (key: string) => {
    const file = wordsFileOf(key, previous.wordsFiles);
    const keys = edits.get(file) ?? new Map<string, { gains: number[]; loses: number[] }>();
    edits.set(file, keys);
    const change = keys.get(key) ?? { gains: [], loses: [] };
    keys.set(key, change);
    return change;
  };
  for (const number of changed) {
    const before = keysOf(previous.evidenceTexts[number] ?? '');
    const after = keysOf(evidenceTexts[number]!);
    for (const key of before) if (!after.has(key)) edit(key).loses.push(number);
    for (const key of after) if (!before.has(key)) edit(key).gains.push(number);
  }
  let bytes = previous.bytes;
  const files: [string, WordsFile][] = [];
  for (const [file, keys] of edits) {
    const path = finderWordsPath(file);
    const lists = new Map(Object.entries(read(path)).map(([key, differences]): [string, number[]] => [key, decodeAscending(differences)]));
    for (const [key, { gains, loses }] of keys) {
      const before = lists.get(key) ?? [];
      const after = [...before.filter((number) => !loses.includes(number)), ...gains].sort((a, b) => a - b);
      bytes += (after.length > 0 ? keyBytes(key, after.length) : 0) - (before.length > 0 ? keyBytes(key, before.length) : 0);
      if (after.length > 0) lists.set(key, after);
      else lists.delete(key);
    }
    files.push([path, wordsFile(lists)]);
  }
  if (wordsFileCount(bytes) !== previous.wordsFiles) return undefined;
  return { state: { evidenceTexts, bytes, wordsFiles: previous.wordsFiles }, files };
}

/** The files besides the words: the index, owners, places and candidates, a few hundred at most, written every time. */
export function* finderOtherFiles({ evidenceTexts, candidates }: FinderData, wordsFiles: number): Generator<[string, unknown]> {
  const index: FinderIndex = { evidence: evidenceTexts.length, candidates: candidates.length, wordsFiles };
  yield [FINDER_INDEX_FILE, index];
  const owners: OwnersFile = evidenceTexts.map(() => []);
  for (const [number, candidate] of candidates.entries()) for (const { i } of candidate.e) owners[i]!.push(number);
  for (const [run, content] of shardsOf(owners, OWNERS_RUN).entries()) yield [finderOwnersPath(run), content satisfies OwnersFile];
  const places = candidates.map(({ r, i }): CandidatePlaces => ({ r, i }));
  for (const [run, content] of shardsOf(places, PLACES_RUN).entries()) yield [finderPlacesPath(run), content satisfies PlacesFile];
  const shown = candidates.map(({ n, u, k, e }): FinderCandidate => ({ n, u, k, e }));
  for (const [run, content] of shardsOf(shown, CANDIDATES_RUN).entries()) yield [finderCandidatesPath(run), content satisfies CandidatesFile];
}

/** Every file, path and content. */
export function* finderFiles(data: FinderData): Generator<[string, unknown]> {
  const words = finderWords(data.evidenceTexts);
  yield* finderOtherFiles(data, words.state.wordsFiles);
  yield* words.files;
}
