/**
 * The related list: every page that contains some of a query's concepts but is not an exact match,
 * ranked by how many concepts it contains, each weighted by how rare it is in the corpus (a page with
 * 跳绳 and 乡村 beats one with only 学校) and counting less for an everyday word, then by Pagefind's own
 * rank of the page for those words.
 * Browser-safe.
 */
import { type Concept, conceptWeight, type Reason } from './query-plan.ts';

export interface ConceptHits {
  concept: Concept;
  /** Per form (same order as concept.forms): the page ids Pagefind found, best first. */
  ids: readonly (readonly string[])[];
}

export interface RelatedResult {
  id: string;
  score: number;
  /** Why the page is listed: the typed words it contains, and any other form it was found by (a synonym, pinyin, a correction). */
  words: string[];
  reasons: Reason[];
}

/** A page at rank r of a word's results gets up to half a word's weight more than one far down. */
const rankBonus = (rank: number) => 0.5 / (1 + rank);

export function rankRelated(hits: readonly ConceptHits[], documents: number, exclude: ReadonlySet<string>, pinned: readonly string[] = []): RelatedResult[] {
  const results = new Map<string, RelatedResult>();
  const order: string[] = [];
  for (const { concept, ids } of hits) {
    const pages = new Map<string, { rank: number; reason: Reason }>();
    concept.forms.forEach((form, formIndex) => {
      (ids[formIndex] ?? []).forEach((id, rank) => {
        const known = pages.get(id);
        if (!known || rank < known.rank) pages.set(id, { rank, reason: known && known.reason.kind === 'word' ? known.reason : form.reason });
      });
    });
    if (pages.size === 0) continue;
    const weight = Math.log(1 + documents / pages.size) * conceptWeight(concept);
    for (const [id, { rank, reason }] of pages) {
      if (exclude.has(id)) continue;
      let result = results.get(id);
      if (!result) {
        result = { id, score: 0, words: [], reasons: [] };
        results.set(id, result);
        order.push(id);
      }
      result.score += weight * (1 + rankBonus(rank));
      if (reason.kind === 'word') result.words.push(concept.word);
      else if (!result.reasons.some((known) => known.kind === reason.kind && known.via === reason.via)) result.reasons.push(reason);
    }
  }
  const pinnedRank = new Map(pinned.map((id, index) => [id, index]));
  return order
    .map((id) => results.get(id)!)
    .sort((a, b) => (pinnedRank.get(a.id) ?? Number.POSITIVE_INFINITY) - (pinnedRank.get(b.id) ?? Number.POSITIVE_INFINITY) || b.score - a.score);
}
