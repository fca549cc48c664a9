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
  /**
   * Found only by the segmenter, outside the corpus's own vocabulary (titles, names, topics, synonyms):
   * more likely an everyday word of the question (愿意, 心里) than its topic, so it weighs less.
   */
  everyday?: boolean;
}

/** How much an everyday word weighs beside a word of the corpus's vocabulary that is as rare. */
const EVERYDAY_WEIGHT = 0.5;

export const conceptWeight = (concept: Concept) => (concept.everyday ? EVERYDAY_WEIGHT : 1);

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
  const everyday = (word: string) => !foundWhole.has(word) && !synonyms.has(word) && !dictionary?.words.has(word);
  return [...new Set(telling)].map((word) => ({ ...conceptOf(word, synonyms), ...(everyday(word) && { everyday: true }) }));
}

/** A name or title found by its pinyin, or a correction of a typo: searched as the person would have typed it. */
export const substituteConcept = (term: string, reason: Reason, synonyms: ReadonlyMap<string, readonly string[]>): Concept => conceptOf(term, synonyms, reason);

/** A word inside many groups is too general to stand for any one of them. */
const MOST_CONTAINING_GROUPS = 2;

/**
 * A typed word that occurs nowhere, widened to the synonym groups with a term that contains it
 * (爆炸 → 粉尘爆炸, whose group the corpus writes 粉尘涉爆): the longer term is a narrower sense of the
 * word, and its group says how the corpus puts it. Only the way in: a term's shorter words
 * (故障率 → 故障) would widen too far. Undefined when no group holds the word or too many do.
 */
export function containingConcept(word: string, groups: readonly (readonly string[])[]): Concept | undefined {
  const holding = groups.filter((group) => group.some((term) => term !== word && term.includes(word)));
  if (holding.length === 0 || holding.length > MOST_CONTAINING_GROUPS) return undefined;
  return { word, forms: [...new Set(holding.flat())].map((term) => ({ term, reason: { kind: 'synonym', via: term } as const })) };
}
