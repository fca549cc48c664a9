/**
 * The search page's whole state, kept in the URL so a search can be shared,
 * bookmarked and walked back: `/search/?q=钢结构&type=case&region=440300`; `state` is a need's 待对接 / 对接中 / 已解决.
 */
export const FILTER_GROUPS = ['type', 'state', 'industry', 'region', 'year'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterGroup, string[]>;
  sort: 'relevance' | 'date';
}

export function readSearchState(params: URLSearchParams): SearchState {
  const values = (name: string) => [
    ...new Set(
      params
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter(Boolean),
    ),
  ];
  return {
    q: params.get('q')?.trim() ?? '',
    filters: Object.fromEntries(FILTER_GROUPS.map((group) => [group, values(group)])) as SearchState['filters'],
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const group of FILTER_GROUPS) if (state.filters[group].length > 0) params.set(group, state.filters[group].join(','));
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

type PagefindFilter = Record<string, { any: string[] }>;

/** OR within a group, AND across groups; `except` leaves one group out, for that group's own counts. */
export function pagefindFilters(state: SearchState, except?: FilterGroup): PagefindFilter {
  return Object.fromEntries(
    FILTER_GROUPS.filter((group) => group !== except && state.filters[group].length > 0).map((group) => [group, { any: state.filters[group] }]),
  );
}

export const hasFilters = (state: SearchState) => FILTER_GROUPS.some((group) => state.filters[group].length > 0);

/** Every chosen filter value, in the panel's group order, for the chips above the results. */
export const activeFilters = (state: SearchState) => FILTER_GROUPS.flatMap((group) => state.filters[group].map((value) => ({ group, value })));

export function withoutFilter(state: SearchState, group: FilterGroup, value: string): SearchState {
  return { ...state, filters: { ...state.filters, [group]: state.filters[group].filter((chosen) => chosen !== value) } };
}

export const withoutFilters = (state: SearchState): SearchState => ({
  ...state,
  filters: Object.fromEntries(FILTER_GROUPS.map((group) => [group, []])) as unknown as SearchState['filters'],
});
