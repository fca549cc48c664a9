/**
 * Ranks candidates for a described problem by their evidence: each piece of evidence scores the
 * problem's concepts it contains, each weighted by how rare it is among all evidence (less for an
 * everyday word, see query-plan.ts); a candidate scores its best three pieces, and a chosen trade or
 * place puts the nearest first. Browser-safe.
 */

import { cityOf, provinceOf, regionLevel } from '../../taxonomy/codes.ts';
import { neighbouringProvinces } from '../../taxonomy/neighbours.ts';
import { type Concept, conceptWeight } from '../search/query-plan.ts';
import type { FinderCandidate, FinderData } from './profiles.ts';

export interface FoundEvidence {
  index: number;
  score: number;
  /** The concepts' words this evidence contains. */
  words: string[];
  /** The forms actually found in its text, for marking. */
  forms: string[];
}

export interface FoundCandidate {
  candidate: FinderCandidate;
  score: number;
  evidence: FoundEvidence[];
  /** How near the chosen places: 4 inside, 3 same city, 2 same province, 1 a neighbouring province, 0 elsewhere or none chosen. */
  nearness: number;
}

/** A candidate's best pieces of evidence count, with less for each further one, so one strong case beats many weak ones. */
const EVIDENCE_WEIGHTS = [1, 0.5, 0.25];
/** A candidate whose evidence scores under this share of the best one's matched only the problem's commonest words. */
const WEAKEST_SHARE = 0.25;
/** Evidence shown under each name. */
export const EVIDENCE_SHOWN = 3;

const NEAREST = 4;

/** 4 in the chosen place (a county, or anywhere in a chosen city or province), 3 in its city, 2 in its province, 1 in a neighbouring province. */
function nearnessTo(codes: readonly string[], chosen: string): number {
  const level = regionLevel(chosen);
  const neighbours = neighbouringProvinces(chosen);
  let best = 0;
  for (const code of codes) {
    if (code === chosen || (level === 'province' && provinceOf(code) === chosen) || (level === 'city' && cityOf(code) === chosen)) return NEAREST;
    if (level === 'county' && cityOf(code) === cityOf(chosen)) best = Math.max(best, 3);
    else if (provinceOf(code) === provinceOf(chosen)) best = Math.max(best, 2);
    else if (neighbours.includes(provinceOf(code))) best = Math.max(best, 1);
  }
  return best;
}

const nearness = (codes: readonly string[], chosen: readonly string[]) => Math.max(0, ...chosen.map((place) => nearnessTo(codes, place)));

export function rankCandidates(
  data: FinderData,
  concepts: readonly Concept[],
  options: { regions?: readonly string[]; industry?: string } = {},
): FoundCandidate[] {
  const found = data.evidence.map((item) => concepts.map((concept) => concept.forms.filter((form) => item.x.includes(form.term)).map((form) => form.term)));
  const weight = concepts.map((concept, conceptIndex) => {
    const holding = found.filter((hits) => hits[conceptIndex]!.length > 0).length;
    return holding === 0 ? 0 : Math.log(1 + data.evidence.length / holding) * conceptWeight(concept);
  });
  const scored: FoundEvidence[] = found.map((hits, index) => ({
    index,
    score: hits.reduce((sum, forms, conceptIndex) => sum + (forms.length > 0 ? weight[conceptIndex]! : 0), 0),
    words: concepts.filter((_, conceptIndex) => hits[conceptIndex]!.length > 0).map((concept) => concept.word),
    forms: [...new Set(hits.flat())],
  }));
  return data.candidates
    .map((candidate) => {
      const evidence = candidate.e
        .map((index) => scored[index]!)
        .filter((item) => item.score > 0)
        .sort((a, b) => b.score - a.score);
      const score = evidence.slice(0, EVIDENCE_WEIGHTS.length).reduce((sum, item, rank) => sum + item.score * EVIDENCE_WEIGHTS[rank]!, 0);
      const inTrade = options.industry && candidate.i.includes(options.industry) ? 1.5 : 1;
      const near = nearness(candidate.r, options.regions ?? []);
      // Nearness lifts a candidate by up to its own evidence again: a neighbour who has solved it comes before a stranger who has solved it as well.
      return { candidate, score: score * inTrade * (1 + near / NEAREST), evidence: evidence.slice(0, EVIDENCE_SHOWN), nearness: near };
    })
    .filter((result) => result.score > 0)
    .sort((a, b) => b.score - a.score || b.nearness - a.nearness)
    .filter((result, _, ranked) => result.score >= ranked[0]!.score * WEAKEST_SHARE);
}
