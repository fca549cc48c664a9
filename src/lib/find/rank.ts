/**
 * Ranks candidates for a described problem by their evidence: each piece of evidence scores the
 * problem's concepts it contains, each weighted by how rare it is among all evidence (less for an
 * everyday word, see query-plan.ts); a candidate scores its best three pieces, and a chosen trade or
 * place puts the nearest first. Browser-safe.
 */

import { cityOf, provinceOf, regionLevel } from '../../taxonomy/codes.ts';
import { neighbouringProvinces } from '../../taxonomy/neighbours.ts';
import { type Concept, conceptWeight } from '../search/query-plan.ts';
import type { FinderCandidate, FinderEvidenceLink } from './finder-index.ts';
import type { FinderSource } from './finder-source.ts';

export interface FoundEvidence {
  /** As the candidate's card shows it. */
  link: FinderEvidenceLink;
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
/** Candidates listed for a problem. */
export const CANDIDATES_LISTED = 20;
/** A chosen trade lifts a candidate with evidence in it by half. */
const IN_TRADE = 1.5;

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

type ScoredEvidence = Omit<FoundEvidence, 'link'>;

/** Each piece of evidence the concepts found: the concepts' weights (rarer counts more), summed. */
async function scoreEvidence(source: FinderSource, concepts: readonly Concept[]): Promise<Map<number, ScoredEvidence>> {
  const { evidence: evidenceCount } = await source.index();
  const holding = await source.holding([...new Set(concepts.flatMap((concept) => concept.forms.map((form) => form.term)))]);
  // For each evidence found, the forms it holds of each concept.
  const found = new Map<number, string[][]>();
  for (const [conceptIndex, concept] of concepts.entries())
    for (const { term } of concept.forms)
      for (const number of holding.get(term) ?? []) {
        const hits = found.get(number) ?? concepts.map((): string[] => []);
        found.set(number, hits);
        hits[conceptIndex]!.push(term);
      }
  const weight = concepts.map((concept, conceptIndex) => {
    let holders = 0;
    for (const hits of found.values()) if (hits[conceptIndex]!.length > 0) holders++;
    return holders === 0 ? 0 : Math.log(1 + evidenceCount / holders) * conceptWeight(concept);
  });
  const scored = new Map<number, ScoredEvidence>();
  for (const [number, hits] of found) {
    scored.set(number, {
      score: hits.reduce((sum, forms, conceptIndex) => sum + (forms.length > 0 ? weight[conceptIndex]! : 0), 0),
      words: concepts.filter((_, conceptIndex) => hits[conceptIndex]!.length > 0).map((concept) => concept.word),
      forms: [...new Set(hits.flat())],
    });
  }
  return scored;
}

const evidenceScore = (scores: readonly number[]) =>
  scores
    .toSorted((a, b) => b - a)
    .slice(0, EVIDENCE_WEIGHTS.length)
    .reduce((sum, score, rank) => sum + score * EVIDENCE_WEIGHTS[rank]!, 0);

/**
 * The candidates best placed to solve the problem, best first, at most CANDIDATES_LISTED. Only the
 * candidates whose evidence could earn them a place are read: one scoring under the twentieth best's
 * evidence, or under the weakest share of the best, even with the most a trade and a place can lift it.
 */
export async function rankCandidates(
  source: FinderSource,
  concepts: readonly Concept[],
  options: { regions?: readonly string[]; industry?: string } = {},
): Promise<FoundCandidate[]> {
  const scored = await scoreEvidence(source, concepts);
  const owners = await source.owners([...scored.keys()]);
  const scoresOf = new Map<number, number[]>();
  for (const [number, evidence] of scored)
    for (const owner of owners.get(number) ?? []) {
      const scores = scoresOf.get(owner);
      if (scores) scores.push(evidence.score);
      else scoresOf.set(owner, [evidence.score]);
    }
  // Ties go to the newer candidate (numbered oldest first), as lists of entries go.
  const byEvidence = [...scoresOf]
    .map(([number, scores]) => ({ number, score: evidenceScore(scores) }))
    .sort((a, b) => b.score - a.score || b.number - a.number);
  if (byEvidence.length === 0) return [];
  const regions = options.regions ?? [];
  const mostLift = (options.industry ? IN_TRADE : 1) * (regions.length > 0 ? 2 : 1);
  const bar = Math.max(byEvidence[CANDIDATES_LISTED - 1]?.score ?? 0, byEvidence[0]!.score * WEAKEST_SHARE) / mostLift;
  // Without a place or trade chosen the evidence alone ranks: the first twenty are the list.
  const contenders = mostLift === 1 ? byEvidence.slice(0, CANDIDATES_LISTED) : byEvidence.filter(({ score }) => score >= bar);
  const places = mostLift === 1 ? undefined : await source.places(contenders.map(({ number }) => number));
  const lifted = contenders
    .map(({ number, score }) => {
      const { r, i } = places?.get(number) ?? { r: [], i: [] };
      const inTrade = options.industry && i.includes(options.industry) ? IN_TRADE : 1;
      const near = nearness(r, regions);
      // Nearness lifts a candidate by up to its own evidence again: a neighbour who has solved it comes before a stranger who has solved it as well.
      return { number, score: score * inTrade * (1 + near / NEAREST), nearness: near };
    })
    .sort((a, b) => b.score - a.score || b.nearness - a.nearness || b.number - a.number);
  const listed = lifted.filter((result) => result.score >= lifted[0]!.score * WEAKEST_SHARE).slice(0, CANDIDATES_LISTED);
  const records = await source.candidates(listed.map(({ number }) => number));
  return listed.flatMap(({ number, score, nearness }) => {
    const candidate = records.get(number);
    if (!candidate) return [];
    const evidence = candidate.e
      .flatMap((link) => {
        const found = scored.get(link.i);
        return found ? [{ link, ...found }] : [];
      })
      .sort((a, b) => b.score - a.score);
    return [{ candidate, score, evidence: evidence.slice(0, EVIDENCE_SHOWN), nearness }];
  });
}
