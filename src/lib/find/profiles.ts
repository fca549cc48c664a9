/**
 * What 找专家 (/find/) knows, built at index time: every candidate (a person or a team) with the
 * entries that show what they have solved, and each piece of evidence as folded text to match a
 * problem against. Evidence is stored once and referred to by index, since a case names several people.
 */
import { kinds } from '../../schema/index.ts';
import { sectionOf } from '../../taxonomy/codes.ts';
import type { Corpus, CorpusEntry } from '../corpus.ts';
import { factTexts } from '../entry-facts.ts';
import { markdownText as bodyText } from '../markdown-text.ts';
import { type FoldMap, foldText } from '../search/fold.ts';
import { unquoted } from '../search/tokens.ts';
import { childrenOf } from '../tree.ts';

/** The start of an entry's body tells what was done in more words than its summary; the rest would cost bytes on every visit. */
const BODY_CHARACTERS = 400;

export interface FinderEvidence {
  /** Title, as shown. */
  t: string;
  u: string;
  /** Kind, for the badge. */
  k: string;
  /** What is matched: title, summary, key facts and the body's start, folded and read as search reads it (tokens.ts). */
  x: string;
}

export interface FinderCandidate {
  /** Name, as shown. */
  n: string;
  u: string;
  k: string;
  /** Region codes of the candidate and of its evidence, for nearness. */
  r: string[];
  /** Industry sections of its evidence. */
  i: string[];
  /** Indices into `evidence`. */
  e: number[];
}

export interface FinderData {
  evidence: FinderEvidence[];
  candidates: FinderCandidate[];
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

export function finderData(corpus: Corpus, map: FoldMap, kindLabel: (entry: CorpusEntry) => string): FinderData {
  const evidence: FinderEvidence[] = [];
  const indexOf = new Map<string, number>();
  const evidenceIndex = (entry: CorpusEntry) => {
    let index = indexOf.get(entry.url);
    if (index === undefined) {
      index =
        evidence.push({
          t: entry.title,
          u: entry.url,
          k: kindLabel(entry),
          x: unquoted(foldText([entry.title, entry.summary, ...factTexts(entry), bodyText(entry.body).slice(0, BODY_CHARACTERS)].join(' '), map)),
        }) - 1;
      indexOf.set(entry.url, index);
    }
    return index;
  };
  const candidates = corpus.all
    .filter((entry) => kinds[entry.kind].finder === 'candidate')
    .flatMap((candidate): FinderCandidate[] => {
      const shown = [...new Map(evidenceOf(corpus, candidate).map((entry) => [entry.url, entry])).values()];
      if (shown.length === 0) return [];
      return [
        {
          n: candidate.title,
          u: candidate.url,
          k: kindLabel(candidate),
          r: [...new Set([...candidate.regions, ...shown.flatMap((entry) => entry.regions)])],
          i: [...new Set(shown.flatMap((entry) => entry.industries.map(sectionOf)))],
          e: shown.map(evidenceIndex),
        },
      ];
    });
  return { evidence, candidates };
}
