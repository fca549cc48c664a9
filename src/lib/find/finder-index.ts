/**
 * 找专家's data as files a problem loads in part, instead of one file of every candidate's evidence
 * text (4.4 MB gzip at 20,000 entries, 58 MiB at 100,000: over a host's per-file limit).
 * - `words/N.json`: for each run of up to three characters in the evidence texts, the evidence holding
 *   it, filed by the run's hash: a problem loads the files of its terms.
 * - `owners/N.json`: each evidence's candidates, in runs of evidence: scoring needs them for all evidence
 *   a problem matched.
 * - `places/N.json`: each candidate's places and trades, in runs: loaded when a person picks a place or
 *   a trade, for the candidates it could lift into the list.
 * - `candidates/N.json`: a candidate as shown, with its evidence, in small runs: only the ones listed are loaded.
 * Browser-safe.
 */
import { fnv1a } from '../fnv1a.ts';
import { WORD_RUN } from '../search/tokens.ts';

export const FINDER_DIRECTORY = 'pagefind/finder/';
export const FINDER_INDEX_FILE = `${FINDER_DIRECTORY}index.json`;
/** Some hosts cap the files in one directory (Netlify: 54,000). */
const WORDS_PER_FOLDER = 4096;
export const FINDER_WORDS_DIRECTORY = `${FINDER_DIRECTORY}words/`;
export const finderWordsPath = (file: number) => `${FINDER_WORDS_DIRECTORY}${Math.floor(file / WORDS_PER_FOLDER)}/${file}.json`;
export const finderOwnersPath = (run: number) => `${FINDER_DIRECTORY}owners/${run}.json`;
export const finderPlacesPath = (run: number) => `${FINDER_DIRECTORY}places/${run}.json`;
export const finderCandidatesPath = (run: number) => `${FINDER_DIRECTORY}candidates/${run}.json`;

/** Evidence per owners file: a few files even for a problem of common words. */
export const OWNERS_RUN = 2048;
/** Candidates per places file. */
export const PLACES_RUN = 1024;
/** Candidates per file: the twenty listed are loaded, each file about a kilobyte. */
export const CANDIDATES_RUN = 8;
/**
 * A words file's size, about, as JSON: a problem loads one file per term, and the other keys in it
 * are bytes it does not need (a few kilobytes gzipped each).
 */
export const WORDS_FILE_BYTES = 8192;

export interface FinderIndex {
  evidence: number;
  candidates: number;
  /** How many words files the keys are hashed into. */
  wordsFiles: number;
}

/** A key's evidence numbers, ascending, each written as its difference from the one before. */
export type WordsFile = Record<string, number[]>;

/** Each evidence's candidates, for the evidence of one run in order. */
export type OwnersFile = number[][];

export interface FinderEvidenceLink {
  /** Evidence number. */
  i: number;
  /** Title, as shown. */
  t: string;
  u: string;
  /** Kind, for the badge. */
  k: string;
}

export interface FinderCandidate {
  /** Name, as shown. */
  n: string;
  u: string;
  k: string;
  e: FinderEvidenceLink[];
}

export type CandidatesFile = FinderCandidate[];

export interface CandidatePlaces {
  /** Region codes of the candidate and of its evidence, for nearness. */
  r: string[];
  /** Industry sections of its evidence. */
  i: string[];
}

export type PlacesFile = CandidatePlaces[];

/**
 * Keys are every run of one to this many characters inside a word (tokens.ts): a term this long is one
 * key, and exact (a case with 师带徒 and 徒弟 has the pairs of 带徒弟, not the word); a longer one is all
 * its runs this long, each of which must be there, which they are apart only where two runs that
 * share two characters both occur. Four would make that rarer still, with three times the keys.
 */
export const LONGEST_KEY = 3;

/**
 * The keys a term needs, in two steps: itself, or the runs of LONGEST_KEY characters that cover it end
 * to end and then the runs between them (a long term is rarely there at all, and the first step says
 * so with fewer files). None for a term that is not one word: the index does not see across
 * punctuation, and neither does a query.
 */
export function termKeys(term: string): [string[], string[]] {
  if (term.match(WORD_RUN)?.[0] !== term) return [[], []];
  const chars = [...term];
  if (chars.length <= LONGEST_KEY) return [[term], []];
  const last = chars.length - LONGEST_KEY;
  const keyAt = (start: number) => chars.slice(start, start + LONGEST_KEY).join('');
  const starts = Array.from({ length: last + 1 }, (_, start) => start);
  const covering = new Set(starts.filter((start) => start % LONGEST_KEY === 0 || start === last).map(keyAt));
  return [[...covering], [...new Set(starts.map(keyAt))].filter((key) => !covering.has(key))];
}

/** Calls `visit` with every key of the text, a key as often as it occurs. */
export function visitKeys(text: string, visit: (key: string) => void): void {
  for (const run of text.match(WORD_RUN) ?? []) {
    const chars = [...run];
    for (let start = 0; start < chars.length; start++) {
      let key = '';
      for (let end = start; end < Math.min(chars.length, start + LONGEST_KEY); end++) {
        key += chars[end]!;
        visit(key);
      }
    }
  }
}

/** The words file a key is in. */
export const wordsFileOf = (key: string, files: number) => fnv1a(key) % files;

export function encodeAscending(numbers: readonly number[]): number[] {
  return numbers.map((value, index) => (index === 0 ? value : value - numbers[index - 1]!));
}

export function decodeAscending(differences: readonly number[]): number[] {
  let value = 0;
  return differences.map((difference) => (value += difference));
}

/** The numbers in every list, ascending. */
export function intersectAscending(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const [shortest, ...others] = lists.toSorted((a, b) => a.length - b.length);
  const sets = others.map((list) => new Set(list));
  return shortest!.filter((value) => sets.every((set) => set.has(value)));
}
