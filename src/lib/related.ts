/**
 * "Related lessons" for an entry: others in the same trade and place, so a
 * worker can read on. Entries already linked directly are left out.
 */
import { cityOf, regionLevel, sectionOf } from '../taxonomy/codes.ts';
import type { Corpus, CorpusEntry } from './corpus.ts';

/** How closely two entries share trade and place: 3 or more makes a related lesson. */
export function relatedness(entry: CorpusEntry, other: CorpusEntry): number {
  let total = 0;
  for (const code of other.industries) {
    if (entry.industries.includes(code)) total += code.length > 1 ? 3 : 1;
    else if (entry.industries.some((own) => sectionOf(own) === sectionOf(code))) total += 1;
  }
  for (const code of other.regions) {
    if (entry.regions.includes(code)) total += 2;
    else if (entry.regions.some((own) => cityOf(own) === cityOf(code) && regionLevel(code) !== 'province')) total += 1;
  }
  return total;
}

/**
 * Entries by industry code, county and city, and by the pairs of an industry
 * code with a county or a city, each newest first. Each page scores only the
 * newest BUCKET_DEPTH entries of the buckets it shares: scoring whole buckets
 * made the build quadratic (at 20,000 entries a city bucket holds thousands,
 * and related lessons took 40 s). The pair buckets keep the best-scoring
 * entries (same trade and same place) among the candidates however large the
 * single buckets grow.
 */
const BUCKET_DEPTH = 100;

const buckets = new WeakMap<Corpus, Map<string, CorpusEntry[]>>();
/** Each entry's position in corpus.all, which is newest first: comparing two ranks is that order without its collation. */
const ranks = new WeakMap<Corpus, Map<CorpusEntry, number>>();

function bucketsOf(corpus: Corpus): Map<string, CorpusEntry[]> {
  let map = buckets.get(corpus);
  if (map) return map;
  map = new Map();
  for (const entry of corpus.all) {
    for (const key of bucketKeys(entry)) {
      const bucket = map.get(key);
      if (!bucket) map.set(key, [entry]);
      else if (bucket.length < BUCKET_DEPTH) bucket.push(entry);
    }
  }
  buckets.set(corpus, map);
  return map;
}

function newestFirstRanks(corpus: Corpus): Map<CorpusEntry, number> {
  let map = ranks.get(corpus);
  if (map) return map;
  map = new Map(corpus.all.map((entry, rank) => [entry, rank]));
  ranks.set(corpus, map);
  return map;
}

function bucketKeys(entry: CorpusEntry): Set<string> {
  // A province alone is too coarse to bucket by: at scale it holds most of the corpus.
  const places = entry.regions.filter((code) => regionLevel(code) !== 'province').flatMap((code) => [`region:${code}`, `city:${cityOf(code)}`]);
  return new Set([
    ...entry.industries.map((code) => `industry:${code}`),
    ...places,
    ...entry.industries.flatMap((code) => places.map((place) => `industry:${code}|${place}`)),
  ]);
}

export function relatedEntries(corpus: Corpus, entry: CorpusEntry, limit = 4): CorpusEntry[] {
  const linked = new Set<CorpusEntry>([entry]);
  for (const { targets } of corpus.outgoing(entry)) for (const target of targets) linked.add(target);
  for (const { entries } of corpus.incoming(entry)) for (const source of entries) linked.add(source);
  const index = bucketsOf(corpus);
  const rank = newestFirstRanks(corpus);
  const candidates = new Set([...bucketKeys(entry)].flatMap((key) => index.get(key) ?? []));
  return [...candidates]
    .filter((other) => !linked.has(other))
    .map((other) => ({ other, points: relatedness(entry, other) }))
    .filter(({ points }) => points >= 3)
    .sort((a, b) => b.points - a.points || rank.get(a.other)! - rank.get(b.other)!)
    .slice(0, limit)
    .map(({ other }) => other);
}
