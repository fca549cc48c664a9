/**
 * Ways into a long list by trade and by place: each chip opens search filtered to the list's kind
 * and one industry section or province, so a list of 70 people is not a 15,000-pixel scroll.
 */
import { type ContentKind, kinds } from '../schema/index.ts';
import type { CorpusEntry } from './corpus.ts';
import { type FilterGroup, writeSearchState } from './search/state.ts';
import { countByTopLevel } from './stats.ts';
import type { TaxonomyName } from './taxon-labels.ts';

export interface FilterChip {
  label: string;
  count: number;
  href: string;
}

const FILTER_OF: Record<TaxonomyName, FilterGroup> = { industries: 'industry', regions: 'region' };

export function listFilterChips(kind: ContentKind, entries: readonly CorpusEntry[]): Record<TaxonomyName, FilterChip[]> {
  const chips = (taxonomy: TaxonomyName) =>
    countByTopLevel(entries, taxonomy).map(({ key, label, value }) => {
      const filters: Record<FilterGroup, string[]> = { type: [kinds[kind].singular], industry: [], region: [], year: [] };
      filters[FILTER_OF[taxonomy]] = [key];
      return { label, count: value, href: `/search/?${writeSearchState({ q: '', filters, sort: 'relevance' })}` };
    });
  return { industries: chips('industries'), regions: chips('regions') };
}
