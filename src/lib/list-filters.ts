/**
 * Ways into a long list by trade and by place: each chip opens search filtered to the list's kind
 * and one industry section or province, so a list of 70 people is not a 15,000-pixel scroll.
 */
import { type ContentKind, fieldValue, kinds } from '../schema/index.ts';
import type { CorpusEntry } from './corpus.ts';
import { FILTER_GROUPS, type FilterGroup, writeSearchState } from './search/state.ts';
import { countByTopLevel } from './stats.ts';
import type { TaxonomyName } from './taxon-labels.ts';

export interface FilterChip {
  label: string;
  count: number;
  href: string;
}

const FILTER_OF: Record<TaxonomyName, FilterGroup> = { industries: 'industry', regions: 'region' };

/** The search page filtered to this kind and one value of one group. */
function searchHref(kind: ContentKind, group: FilterGroup, value: string): string {
  const filters = Object.fromEntries(FILTER_GROUPS.map((each) => [each, []])) as unknown as Record<FilterGroup, string[]>;
  filters.type = [kinds[kind].singular];
  filters[group] = [value];
  return `/search/?${writeSearchState({ q: '', filters, sort: 'relevance' })}`;
}

export type FilterChips = Record<TaxonomyName | 'states', FilterChip[]>;

/** Chips by trade and by place, and by state for a kind that has one (a need's 待对接 / 对接中 / 已解决), in its order. */
export function listFilterChips(kind: ContentKind, entries: readonly CorpusEntry[]): FilterChips {
  const chips = (taxonomy: TaxonomyName) =>
    countByTopLevel(entries, taxonomy).map(({ key, label, value }) => ({ label, count: value, href: searchHref(kind, FILTER_OF[taxonomy], key) }));
  const state = kinds[kind].state;
  const states = (state?.order ?? [])
    .map((value) => ({
      label: value,
      count: entries.filter((entry) => String(fieldValue(entry, state!.field)) === value).length,
      href: searchHref(kind, 'state', value),
    }))
    .filter((chip) => chip.count > 0);
  return { states, industries: chips('industries'), regions: chips('regions') };
}
