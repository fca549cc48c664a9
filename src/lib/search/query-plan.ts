/**
 * Which searches a query needs beyond its exact match: the words of each term that does not occur
 * whole, and the synonyms of every term and word. Each concept is searched as all of its forms, and
 * counts once however many of them a page contains. Browser-safe.
 */
import { type Dictionary, type Segment, splitQuestion } from './query-words.ts';

export type Reason = { kind: 'word' } | { kind: 'synonym'; via: string } | { kind: 'pinyin'; via: string } | { kind: 'correction'; via: string };

export interface Form {
  term: string;
  reason: Reason;
}

export interface Concept {
  /** What the person typed, or the word of it the related list names. */
  word: string;
  forms: Form[];
}

export function synonymIndex(groups: readonly string[][]): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, readonly string[]>();
  for (const group of groups) for (const term of group) index.set(term, group);
  return index;
}

function conceptOf(word: string, synonyms: ReadonlyMap<string, readonly string[]>, reason: Reason = { kind: 'word' }): Concept {
  const others = (synonyms.get(word) ?? []).filter((term) => term !== word);
  return { word, forms: [{ term: word, reason }, ...others.map((term) => ({ term, reason: { kind: 'synonym', via: term } as const }))] };
}

/**
 * `foundWhole` says which terms occur as a whole somewhere; those are kept as they are, the others
 * are split into words. Without a dictionary (not loaded because every term was found) nothing is split.
 */
export function planConcepts(
  terms: readonly string[],
  foundWhole: ReadonlySet<string>,
  synonyms: ReadonlyMap<string, readonly string[]>,
  dictionary: Dictionary | undefined,
  segment: Segment,
): Concept[] {
  const split = terms.map((term) => (foundWhole.has(term) || !dictionary ? { words: [term], guesses: [] } : splitQuestion(term, dictionary, segment)));
  // Every word before any guessed pair: a long question's limit on searches cuts the guesses first.
  const words = [...split.flatMap((part) => part.words), ...split.flatMap((part) => part.guesses)];
  // Beside other words, one letter or digit (the x of a pasted tag, the 1 of 1+1) matches nearly everything and says nothing.
  const telling = words.length > 1 ? words.filter((word) => [...word].length > 1) : words;
  return [...new Set(telling)].map((word) => conceptOf(word, synonyms));
}

/** A name or title found by its pinyin, or a correction of a typo: searched as the person would have typed it. */
export const substituteConcept = (term: string, reason: Reason, synonyms: ReadonlyMap<string, readonly string[]>): Concept => conceptOf(term, synonyms, reason);
