/** The search state in the address bar: pushed for a choice a person may want to go back from, replaced while typing. */
import { readSearchState, type SearchState, writeSearchState } from '../../lib/search/state.ts';

export const stateFromUrl = (): SearchState => readSearchState(new URLSearchParams(location.search));

export function writeUrl(state: SearchState, mode: 'push' | 'replace'): void {
  const query = writeSearchState(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}
