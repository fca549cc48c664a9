import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFinderSet } from '../../scripts/lib/ranking.ts';
import { finderFiles } from '../../src/lib/find/finder-files.ts';
import {
  CANDIDATES_RUN,
  decodeAscending,
  encodeAscending,
  FINDER_INDEX_FILE,
  type FinderIndex,
  finderCandidatesPath,
  intersectAscending,
  termKeys,
  wordsFileOf,
} from '../../src/lib/find/finder-index.ts';
import { type FinderSource, finderSource } from '../../src/lib/find/finder-source.ts';
import { problemConcepts } from '../../src/lib/find/problem-concepts.ts';
import { finderData } from '../../src/lib/find/profiles.ts';
import { rankCandidates } from '../../src/lib/find/rank.ts';
import { intlSegment } from '../../src/lib/search/query-words.ts';
import { parseSynonyms, SYNONYMS_FILE } from '../../src/lib/search/synonyms.ts';
import { queryTerms } from '../../src/lib/search/tokens.ts';
import { searchTerms, searchWords } from '../../src/lib/search/vocabulary.ts';
import { traditionalToSimplifiedMap } from '../../src/lib/text-fold.ts';
import { loadSiteContent } from '../../src/site/content.ts';

describe('找专家 files', () => {
  it('write ascending numbers as differences and read them back, and intersect lists', () => {
    const numbers = [0, 3, 4, 17, 250];
    expect(encodeAscending(numbers)).toEqual([0, 3, 1, 13, 233]);
    expect(decodeAscending(encodeAscending(numbers))).toEqual(numbers);
    expect(intersectAscending([numbers, [3, 17, 99], [1, 3, 17]])).toEqual([3, 17]);
    expect(intersectAscending([])).toEqual([]);
  });

  it('key a term by itself, or a long one by its runs of three characters, covering ones first, into one of the files', () => {
    expect(termKeys('带徒弟')).toEqual([['带徒弟'], []]);
    expect(termKeys('数控车床刀具')).toEqual([
      ['数控车', '床刀具'],
      ['控车床', '车床刀'],
    ]);
    expect(termKeys('数控车床')).toEqual([['数控车', '控车床'], []]);
    expect(termKeys('数控·车床')).toEqual([[], []]);
    expect(termKeys('茶')).toEqual([['茶'], []]);
    expect(termKeys('')).toEqual([[], []]);
    for (const key of ['刀具', '茶', 'cn']) expect(wordsFileOf(key, 64)).toSatisfy((file: number) => Number.isInteger(file) && file >= 0 && file < 64);
  });

  // The site's own content and the finder set of bench:search: the files must rank as reading every evidence text would.
  const { corpus } = loadSiteContent();
  const foldMap = traditionalToSimplifiedMap();
  const groups = parseSynonyms(readFileSync(resolve(SYNONYMS_FILE), 'utf8')).groups.map((group) => group.terms);
  const synonyms = searchTerms(corpus, groups, foldMap, 1).synonyms;
  const words = searchWords(corpus, groups, foldMap);
  const data = finderData(corpus, foldMap, (entry) => entry.kind);
  const files = new Map(finderFiles(data));
  const loaded: string[] = [];
  const fromFiles = finderSource(async (path) => {
    loaded.push(path);
    return files.get(path);
  });
  const exact: FinderSource = {
    ...fromFiles,
    holding: async (terms) =>
      new Map(terms.map((term) => [term, data.evidenceTexts.flatMap((text, number) => (term !== '' && text.includes(term) ? [number] : []))])),
  };
  const problems = loadFinderSet(resolve('test/fixtures/find-problems.yaml'));

  it('hold every evidence and candidate once', async () => {
    const index = files.get(FINDER_INDEX_FILE) as FinderIndex;
    expect(index.evidence).toBe(data.evidenceTexts.length);
    expect(index.candidates).toBe(data.candidates.length);
    const owners = await fromFiles.owners(data.evidenceTexts.map((_, number) => number));
    expect([...owners.values()].every((list) => list.length > 0)).toBe(true);
    const numbers = data.candidates.map((_, number) => number);
    const [shown, places] = await Promise.all([fromFiles.candidates(numbers), fromFiles.places(numbers)]);
    expect(numbers.map((number) => ({ ...shown.get(number), ...places.get(number) }))).toEqual(data.candidates);
  });

  const rank = async (source: FinderSource, problem: (typeof problems)[number]) => {
    const concepts = await problemConcepts(source, queryTerms(problem.q, foldMap), synonyms, async () => words, intlSegment);
    return rankCandidates(source, concepts, { regions: problem.region ? [problem.region] : [] });
  };

  it.each(problems.map((problem) => [problem.q, problem] as const))('rank %s as reading every evidence text does', async (_, problem) => {
    expect(await rank(fromFiles, problem)).toEqual(await rank(exact, problem));
  });

  it('rank someone for most problems, reading only the listed candidates’ files', async () => {
    const numberOf = new Map(data.candidates.map((candidate, number) => [candidate.u, number]));
    let answered = 0;
    for (const problem of problems) {
      loaded.length = 0;
      const ranked = await rank(fromFiles, problem);
      if (ranked.length > 0) answered++;
      const listedFiles = new Set(ranked.map((found) => finderCandidatesPath(Math.floor(numberOf.get(found.candidate.u)! / CANDIDATES_RUN))));
      expect(new Set(loaded.filter((path) => path.includes('/candidates/')))).toEqual(listedFiles);
    }
    expect(answered).toBeGreaterThan(problems.length / 2);
  });

  it('list fewer candidates, without an error, when a deploy has so far uploaded only some of the new files', async () => {
    const problem = problems.find((item) => !item.region)!;
    const complete = await rank(fromFiles, problem);
    const halfUploaded = new Map([...files].map(([path, content]) => [path, path.includes('/candidates/') ? [] : content]));
    const partial = await rank(
      finderSource(async (path) => halfUploaded.get(path)),
      problem,
    );
    expect(complete.length).toBeGreaterThan(0);
    expect(partial).toEqual([]);
  });
});
