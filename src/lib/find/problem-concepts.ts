/**
 * A described problem as the concepts 找专家 ranks by, read as search reads a query: a term the
 * evidence holds whole is kept whole, a sentence is split into the words a person meant, and a word
 * found nowhere is looked for as the narrower terms that hold it. Browser-safe.
 */
import { type Concept, containingConcept, planConcepts, synonymIndex } from '../search/query-plan.ts';
import { dictionaryOf, type Segment } from '../search/query-words.ts';
import type { WordsFile } from '../search/vocabulary.ts';
import type { FinderSource } from './finder-source.ts';

export async function problemConcepts(
  source: FinderSource,
  typed: readonly string[],
  synonyms: readonly string[][],
  loadWords: (terms: readonly string[]) => Promise<WordsFile>,
  segment: Segment,
): Promise<Concept[]> {
  const holdingTyped = await source.holding(typed);
  const whole = new Set(typed.filter((term) => holdingTyped.get(term)!.length > 0));
  const words = await loadWords(typed.filter((term) => !whole.has(term)));
  const planned = planConcepts(typed, whole, synonymIndex(synonyms), dictionaryOf(words.words), segment);
  const holdingForms = await source.holding(planned.flatMap((concept) => concept.forms.map((form) => form.term)));
  const inEvidence = (concept: Concept) => concept.forms.some((form) => holdingForms.get(form.term)!.length > 0);
  return planned.map((concept) => (inEvidence(concept) ? concept : (containingConcept(concept.word, synonyms) ?? concept)));
}
