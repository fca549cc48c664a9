/**
 * "Related lessons" for an entry: others in the same trade and place, so a
 * worker can read on. Entries already linked directly are left out.
 */
import type { Corpus, CorpusEntry } from './corpus.ts';
import { newestFirst } from './corpus.ts';

const sectionOf = (code: string) => code.slice(0, 1);
const cityOf = (code: string) => `${code.slice(0, 4)}00`;

function score(entry: CorpusEntry, other: CorpusEntry): number {
  let total = 0;
  for (const code of other.industries) {
    if (entry.industries.includes(code)) total += code.length > 1 ? 3 : 1;
    else if (entry.industries.some((own) => sectionOf(own) === sectionOf(code))) total += 1;
  }
  for (const code of other.regions) {
    if (entry.regions.includes(code)) total += 2;
    else if (entry.regions.some((own) => cityOf(own) === cityOf(code) && !code.endsWith('0000'))) total += 1;
  }
  return total;
}

/**
 * Entries by industry code, city and county: entries sharing one of these are
 * the ones likely to score enough, so each page scores a few buckets, not the
 * whole corpus (which made the build quadratic in the number of entries).
 */
const buckets = new WeakMap<Corpus, Map<string, CorpusEntry[]>>();

function bucketsOf(corpus: Corpus): Map<string, CorpusEntry[]> {
  let map = buckets.get(corpus);
  if (map) return map;
  map = new Map();
  for (const entry of corpus.all) {
    for (const key of bucketKeys(entry)) {
      const bucket = map.get(key);
      if (bucket) bucket.push(entry);
      else map.set(key, [entry]);
    }
  }
  buckets.set(corpus, map);
  return map;
}

function bucketKeys(entry: CorpusEntry): Set<string> {
  return new Set([
    ...entry.industries.map((code) => `industry:${code}`),
    // A province alone is too coarse to bucket by: at scale it holds most of the corpus.
    ...entry.regions.filter((code) => !code.endsWith('0000')).map((code) => `region:${code}`),
    ...entry.regions.filter((code) => !code.endsWith('0000')).map((code) => `city:${cityOf(code)}`),
  ]);
}

export function relatedEntries(corpus: Corpus, entry: CorpusEntry, limit = 4): CorpusEntry[] {
  const linked = new Set<CorpusEntry>([entry]);
  for (const { targets } of corpus.outgoing(entry)) targets.forEach((target) => linked.add(target));
  for (const { entries } of corpus.incoming(entry)) entries.forEach((source) => linked.add(source));
  const index = bucketsOf(corpus);
  const candidates = new Set([...bucketKeys(entry)].flatMap((key) => index.get(key) ?? []));
  return [...candidates]
    .filter((other) => !linked.has(other))
    .map((other) => ({ other, points: score(entry, other) }))
    .filter(({ points }) => points >= 3)
    .sort((a, b) => b.points - a.points || newestFirst(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}
