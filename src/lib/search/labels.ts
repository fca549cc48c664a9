/** Names for the filter values present in the corpus, shipped to the search page as data. */
import type { Corpus } from '../corpus.ts';
import { industries, regions } from '../taxonomy.ts';
import { SEARCH_TYPES } from './document.ts';

export interface FacetLabels {
  type: Record<string, string>;
  industry: Record<string, string>;
  region: Record<string, string>;
  year: Record<string, string>;
}

export function facetLabels(corpus: Corpus, kindNames: Record<keyof typeof SEARCH_TYPES, string>): FacetLabels {
  const sections = new Set(corpus.all.flatMap((entry) => entry.industries.map((code) => code.slice(0, 1))));
  const places = new Set(
    corpus.all.flatMap((entry) => entry.regions.flatMap((code) => regions.lineage(code).filter((node) => node.code.endsWith('00')).map((node) => node.code))),
  );
  const years = new Set(corpus.all.map((entry) => entry.date.slice(0, 4)));
  const named = (codes: Set<string>, name: (code: string) => string) =>
    Object.fromEntries([...codes].sort().map((code) => [code, name(code)]));
  return {
    type: Object.fromEntries(Object.entries(SEARCH_TYPES).map(([kind, type]) => [type, kindNames[kind as keyof typeof SEARCH_TYPES]])),
    industry: named(sections, (code) => industries.name(code) ?? code),
    region: named(places, (code) => regions.name(code) ?? code),
    year: Object.fromEntries([...years].sort().reverse().map((year) => [year, `${year}年`])),
  };
}
