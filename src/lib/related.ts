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

export function relatedEntries(corpus: Corpus, entry: CorpusEntry, limit = 4): CorpusEntry[] {
  const linked = new Set<CorpusEntry>([entry]);
  for (const { targets } of corpus.outgoing(entry)) targets.forEach((target) => linked.add(target));
  for (const { entries } of corpus.incoming(entry)) entries.forEach((source) => linked.add(source));
  return corpus.all
    .filter((other) => !linked.has(other))
    .map((other) => ({ other, points: score(entry, other) }))
    .filter(({ points }) => points >= 3)
    .sort((a, b) => b.points - a.points || newestFirst(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}
