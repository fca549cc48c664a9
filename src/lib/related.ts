/**
 * "Related lessons" for an entry: others in the same trade and place, so a
 * worker can read on. Entries already linked directly are left out.
 */
import { cityOf, regionLevel, sectionOf } from '../taxonomy/codes.ts';
import type { Corpus, CorpusEntry } from './corpus.ts';

/**
 * An entry's codes in the forms relatedness compares. Working them out once per entry, not once per
 * pair, took the related lessons of 20,000 synthetic entries from 6.0 s to 1.2 s (measured on their
 * own; every page computes them for its cacheKey, so a one-entry rebuild pays this in full).
 */
interface Codes {
  industries: string[];
  sections: string[];
  regions: string[];
  cities: string[];
  /** Per region: a province is its own city, and sharing a province alone does not count. */
  provinces: boolean[];
}

function codesOf(entry: CorpusEntry): Codes {
  return {
    industries: entry.industries,
    sections: entry.industries.map(sectionOf),
    regions: entry.regions,
    cities: entry.regions.map(cityOf),
    provinces: entry.regions.map((code) => regionLevel(code) === 'province'),
  };
}

function pointsBetween(own: Codes, other: Codes): number {
  let total = 0;
  for (let index = 0; index < other.industries.length; index++) {
    const code = other.industries[index]!;
    if (own.industries.includes(code)) total += code.length > 1 ? 3 : 1;
    else if (own.sections.includes(other.sections[index]!)) total += 1;
  }
  for (let index = 0; index < other.regions.length; index++) {
    if (own.regions.includes(other.regions[index]!)) total += 2;
    else if (!other.provinces[index] && own.cities.includes(other.cities[index]!)) total += 1;
  }
  return total;
}

/** How closely two entries share trade and place: 3 or more makes a related lesson. */
export function relatedness(entry: CorpusEntry, other: CorpusEntry): number {
  return pointsBetween(codesOf(entry), codesOf(other));
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

/** What the pages of one corpus share: entries are named by their rank in corpus.all, which is newest first. */
interface RelatedIndex {
  ranks: Map<CorpusEntry, number>;
  codes: Codes[];
  /** Each entry's bucket keys, by rank: the buckets it is filed in are the ones its page looks in. */
  keys: Set<string>[];
  buckets: Map<string, number[]>;
  /** seen[rank] === visit: the entry was already a candidate of the current page. */
  seen: Uint32Array;
  visit: number;
}

const indexes = new WeakMap<Corpus, RelatedIndex>();

function indexOf(corpus: Corpus): RelatedIndex {
  let index = indexes.get(corpus);
  if (index) return index;
  const keys = corpus.all.map(bucketKeys);
  const buckets = new Map<string, number[]>();
  keys.forEach((entryKeys, rank) => {
    for (const key of entryKeys) {
      const bucket = buckets.get(key);
      if (!bucket) buckets.set(key, [rank]);
      else if (bucket.length < BUCKET_DEPTH) bucket.push(rank);
    }
  });
  index = {
    ranks: new Map(corpus.all.map((entry, rank) => [entry, rank])),
    codes: corpus.all.map(codesOf),
    keys,
    buckets,
    seen: new Uint32Array(corpus.all.length),
    visit: 0,
  };
  indexes.set(corpus, index);
  return index;
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

/** The `limit` most related entries, most points first, then newest first. */
export function relatedEntries(corpus: Corpus, entry: CorpusEntry, limit = 4): CorpusEntry[] {
  const linked = new Set<CorpusEntry>([entry]);
  for (const { targets } of corpus.outgoing(entry)) for (const target of targets) linked.add(target);
  for (const { entries } of corpus.incoming(entry)) for (const source of entries) linked.add(source);
  const index = indexOf(corpus);
  const entryRank = index.ranks.get(entry)!;
  const own = index.codes[entryRank]!;
  const visit = ++index.visit;
  // Kept sorted, best first; a candidate enters only if it beats the last.
  const best: { rank: number; points: number }[] = [];
  for (const key of index.keys[entryRank]!) {
    for (const rank of index.buckets.get(key) ?? []) {
      if (index.seen[rank] === visit) continue;
      index.seen[rank] = visit;
      const points = pointsBetween(own, index.codes[rank]!);
      if (points < 3 || linked.has(corpus.all[rank]!)) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1]!.points < points || (best[at - 1]!.points === points && best[at - 1]!.rank > rank))) at--;
      if (at < limit) {
        best.splice(at, 0, { rank, points });
        if (best.length > limit) best.pop();
      }
    }
  }
  return best.map(({ rank }) => corpus.all[rank]!);
}
