/**
 * What 找专家 (/find/) knows, built at index time: every candidate (a person or a team) with the
 * entries that show what they have solved, and each piece of evidence as folded text to match a
 * problem against, once however many candidates it names; finder-files.ts writes it as the files
 * /find/ loads.
 */
import { kinds } from '../../schema/index.ts';
import { sectionOf } from '../../taxonomy/codes.ts';
import type { Corpus, CorpusEntry } from '../corpus.ts';
import { factTexts } from '../entry-facts.ts';
import { markdownText } from '../markdown-text.ts';
import { type FoldMap, foldText } from '../search/fold.ts';
import { unquoted } from '../search/tokens.ts';
import { childrenOf } from '../tree.ts';
import type { CandidatePlaces, FinderCandidate } from './finder-index.ts';

/** The start of an entry's body tells what was done in more words than its summary; the rest would grow the index of words. */
const BODY_CHARACTERS = 400;

export interface FinderData {
  /** What each evidence is matched by: title, summary, key facts and the body's start, folded and read as search reads it (tokens.ts). */
  evidenceTexts: string[];
  candidates: (FinderCandidate & CandidatePlaces)[];
}

/** The entries that show what a candidate has done: evidence naming it, and for a team, its sub-teams' evidence too. */
function evidenceOf(corpus: Corpus, candidate: CorpusEntry, seen = new Set<string>()): CorpusEntry[] {
  if (seen.has(candidate.url)) return [];
  seen.add(candidate.url);
  const direct = corpus
    .incoming(candidate)
    .flatMap((group) => group.entries)
    .filter((entry) => kinds[entry.kind].finder === 'evidence');
  return [...direct, ...childrenOf(corpus, candidate).flatMap((child) => evidenceOf(corpus, child, seen))];
}

/**
 * Candidates and evidence are numbered oldest first: a new entry takes the next numbers, and the files
 * other entries are in stay as they were, so a deploy uploads few of them again.
 */
export function finderData(
  corpus: Corpus,
  map: FoldMap,
  kindLabel: (entry: CorpusEntry) => string,
  bodyText: (entry: CorpusEntry) => string = (entry) => markdownText(entry.body),
): FinderData {
  const oldestFirst = corpus.all.toReversed();
  const listed = oldestFirst
    .filter((entry) => kinds[entry.kind].finder === 'candidate')
    .map((candidate) => ({ candidate, shown: [...new Map(evidenceOf(corpus, candidate).map((entry) => [entry.url, entry])).values()] }))
    .filter(({ shown }) => shown.length > 0);
  const shownAnywhere = new Set(listed.flatMap(({ shown }) => shown));
  const evidence = oldestFirst.filter((entry) => shownAnywhere.has(entry));
  const numberOf = new Map(evidence.map((entry, number) => [entry, number]));
  return {
    evidenceTexts: evidence.map((entry) =>
      unquoted(foldText([entry.title, entry.summary, ...factTexts(entry), bodyText(entry).slice(0, BODY_CHARACTERS)].join(' '), map)),
    ),
    candidates: listed.map(({ candidate, shown }) => ({
      n: candidate.title,
      u: candidate.url,
      k: kindLabel(candidate),
      r: [...new Set([...candidate.regions, ...shown.flatMap((entry) => entry.regions)])],
      i: [...new Set(shown.flatMap((entry) => entry.industries.map(sectionOf)))],
      e: shown.map((entry) => ({ i: numberOf.get(entry)!, t: entry.title, u: entry.url, k: kindLabel(entry) })),
    })),
  };
}
