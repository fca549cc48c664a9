/**
 * Ways into a long list by trade and by place: each chip opens search filtered to the list's kind
 * and one industry section or province, so a list of 70 people is not a 15,000-pixel scroll.
 */
import { type ContentKind, kinds } from '../schema/index.ts';
import { provinceOf, sectionOf } from '../taxonomy/codes.ts';
import { industries, regions } from '../taxonomy/taxonomy.ts';
import type { CorpusEntry } from './corpus.ts';
import { type FilterGroup, writeSearchState } from './search/state.ts';
import { countBy } from './stats.ts';

export interface FilterChip {
  label: string;
  count: number;
  href: string;
}

export function listFilterChips(kind: ContentKind, entries: readonly CorpusEntry[]): { industries: FilterChip[]; regions: FilterChip[] } {
  const href = (group: FilterGroup, code: string) => {
    const filters: Record<FilterGroup, string[]> = { type: [kinds[kind].singular], industry: [], region: [], year: [] };
    filters[group] = [code];
    return `/search/?${writeSearchState({ q: '', filters, sort: 'relevance' })}`;
  };
  return {
    industries: countBy(
      entries,
      (entry) => entry.industries.map(sectionOf),
      (code) => industries.name(code) ?? code,
    ).map((count) => ({
      label: count.label,
      count: count.value,
      href: href('industry', count.key),
    })),
    regions: countBy(
      entries,
      (entry) => entry.regions.map(provinceOf),
      (code) => regions.name(code) ?? code,
    ).map((count) => ({
      label: count.label,
      count: count.value,
      href: href('region', count.key),
    })),
  };
}
