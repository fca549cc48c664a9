/**
 * Reads 找专家's files (finder-index.ts) as a problem needs them, through `load`, which fetches each
 * file once (the browser) or reads it from memory (tests). Browser-safe.
 */
import {
  CANDIDATES_RUN,
  type CandidatePlaces,
  type CandidatesFile,
  decodeAscending,
  FINDER_INDEX_FILE,
  type FinderCandidate,
  type FinderIndex,
  finderCandidatesPath,
  finderOwnersPath,
  finderPlacesPath,
  finderWordsPath,
  intersectAscending,
  OWNERS_RUN,
  type OwnersFile,
  PLACES_RUN,
  type PlacesFile,
  termKeys,
  type WordsFile,
  wordsFileOf,
} from './finder-index.ts';

export interface FinderSource {
  index(): Promise<FinderIndex>;
  /**
   * For each term, the evidence whose text contains it, ascending (for a term longer than LONGEST_KEY:
   * has every run of LONGEST_KEY characters in it).
   */
  holding(terms: readonly string[]): Promise<Map<string, number[]>>;
  /** Each evidence's candidates. */
  owners(evidence: readonly number[]): Promise<Map<number, readonly number[]>>;
  places(candidates: readonly number[]): Promise<Map<number, CandidatePlaces>>;
  candidates(numbers: readonly number[]): Promise<Map<number, FinderCandidate>>;
}

/**
 * The runs (files) these numbers fall in, each with its numbers. A number a file does not have is left
 * out: while a deploy uploads the files one by one, a reader may get some of the old ones.
 */
function byRun(numbers: readonly number[], size: number): Map<number, number[]> {
  const runs = new Map<number, number[]>();
  for (const number of numbers) {
    const run = Math.floor(number / size);
    const inRun = runs.get(run);
    if (inRun) inRun.push(number);
    else runs.set(run, [number]);
  }
  return runs;
}

export function finderSource(load: (path: string) => Promise<unknown>): FinderSource {
  const index = () => load(FINDER_INDEX_FILE) as Promise<FinderIndex>;
  const decoded = new Map<string, number[]>();
  const keyHolders = async (key: string, files: number) => {
    if (!decoded.has(key)) decoded.set(key, decodeAscending(((await load(finderWordsPath(wordsFileOf(key, files)))) as WordsFile)[key] ?? []));
    return decoded.get(key)!;
  };
  const inRuns = async <T>(numbers: readonly number[], size: number, path: (run: number) => string) => {
    const found = new Map<number, T>();
    await Promise.all(
      [...byRun(numbers, size)].map(async ([run, inRun]) => {
        const file = (await load(path(run))) as T[];
        for (const number of inRun) {
          const item = file[number - run * size];
          if (item !== undefined) found.set(number, item);
        }
      }),
    );
    return found;
  };
  return {
    index,
    async holding(terms) {
      const { wordsFiles } = await index();
      const holdingAll = async (keys: readonly string[]) => intersectAscending(await Promise.all(keys.map((key) => keyHolders(key, wordsFiles))));
      const lists = await Promise.all(
        terms.map(async (term) => {
          const [first, rest] = termKeys(term);
          const found = await holdingAll(first);
          return found.length === 0 || rest.length === 0 ? found : intersectAscending([found, await holdingAll(rest)]);
        }),
      );
      return new Map(terms.map((term, position) => [term, lists[position]!]));
    },
    owners: (evidence) => inRuns<OwnersFile[number]>(evidence, OWNERS_RUN, finderOwnersPath),
    places: (candidates) => inRuns<PlacesFile[number]>(candidates, PLACES_RUN, finderPlacesPath),
    candidates: (numbers) => inRuns<CandidatesFile[number]>(numbers, CANDIDATES_RUN, finderCandidatesPath),
  };
}
