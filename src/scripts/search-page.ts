/**
 * The search page: reads the state from the URL, searches as the user types,
 * renders results and filter counts, and writes the state back to the URL.
 */
import { excerptAround } from '../lib/search/excerpt.ts';
import type { FacetLabels } from '../lib/search/labels.ts';
import {
  activeFilters,
  FILTER_GROUPS,
  type FilterGroup,
  hasFilters,
  pagefindFilters,
  readSearchState,
  withoutFilter,
  withoutFilters,
  writeSearchState,
} from '../lib/search/state.ts';
import { queryTerms } from '../lib/search/tokens.ts';
import { provinceWhole, regionLevel } from '../taxonomy/codes.ts';
import { loadSearchEngine, type PagefindResult, type SearchEngine } from './pagefind-client.ts';

/** Results rendered per step; each needs its fragment downloaded, and a phone shows three or four at once. */
const PAGE_SIZE = 10;

interface PageData {
  labels: FacetLabels;
  strings: Record<string, string>;
}

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

export function startSearchPage(): void {
  const { labels, strings } = JSON.parse($('#search-data').textContent!) as PageData;
  const form = $<HTMLFormElement>('[data-search-page]');
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const panel = $<HTMLDetailsElement>('[data-search-filter-panel]');
  const filtersBox = $('[data-search-filters]');
  const filtersStatus = $('[data-search-filters-status]');
  const status = $('[data-search-status]');
  const total = $('[data-search-total]');
  const list = $('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const active = $<HTMLElement>('[data-search-active-filters]');

  let state = readSearchState(new URLSearchParams(location.search));
  let generation = 0;
  let shown: PagefindResult[] = [];
  let rendered = 0;

  const syncForm = () => {
    input.value = state.q;
    sort.value = state.sort;
  };

  const commit = (mode: 'push' | 'replace') => {
    const query = writeSearchState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  };

  /** A province-level filter covers its cities and counties too, so its label says so: 全省, 全市 (直辖市) or 全区. */
  const WHOLE = {
    province: 'search.filter.region.wholeProvince',
    municipality: 'search.filter.region.wholeMunicipality',
    region: 'search.filter.region.wholeRegion',
  } as const;
  const filterLabel = (group: FilterGroup, value: string, label: string) => {
    if (group !== 'region' || regionLevel(value) !== 'province') return label;
    return `${label}${strings[WHOLE[provinceWhole(value, label)]]}`;
  };

  const renderFilters = (counts: Record<FilterGroup, Record<string, number>>) => {
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.id : '';
    filtersBox.replaceChildren(
      ...FILTER_GROUPS.map((group) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = strings[`search.filter.${group}`]!;
        fieldset.append(legend);
        for (const [value, label] of Object.entries(labels[group])) {
          const count = counts[group][value] ?? 0;
          const checked = state.filters[group].includes(value);
          if (count === 0 && !checked) continue;
          const id = `filter-${group}-${value}`;
          const option = document.createElement('label');
          option.className = 'filter-option';
          option.htmlFor = id;
          const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, name: group, value, checked });
          const text = document.createElement('span');
          text.textContent = filterLabel(group, value, label);
          const number = document.createElement('span');
          number.className = 'count';
          number.dataset.filterCount = '';
          number.textContent = String(count);
          option.append(box, text, number);
          fieldset.append(option);
        }
        return fieldset;
      }),
    );
    if (hasFilters(state)) {
      const clear = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'button button--quiet',
        textContent: strings['search.clear'],
      });
      clear.addEventListener('click', () => {
        state = withoutFilters(state);
        commit('push');
        void run();
      });
      filtersBox.append(clear);
    }
    if (focused) document.getElementById(focused)?.focus();
  };

  /** Chosen filters stay in sight above the results, each removable with one tap, even with the panel closed or scrolled away. */
  const renderActiveFilters = () => {
    const chosen = activeFilters(state);
    active.hidden = chosen.length === 0;
    active.replaceChildren(
      ...chosen.map(({ group, value }) => {
        const label = `${strings[`search.filter.${group}`]}：${filterLabel(group, value, labels[group][value] ?? value)}`;
        const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'filter-chip', textContent: label });
        remove.setAttribute('aria-label', strings['search.removeFilter']!.replace('{label}', label));
        remove.addEventListener('click', () => {
          state = withoutFilter(state, group, value);
          commit('push');
          void run();
          (active.querySelector<HTMLButtonElement>('button:not(:focus)') ?? input).focus();
        });
        const item = document.createElement('li');
        item.append(remove);
        return item;
      }),
    );
  };

  const renderMore = async (engine: SearchEngine, terms: string[], current: number) => {
    const batch = shown.slice(rendered, rendered + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (current !== generation) return;
    for (const { url, meta } of data) {
      const item = document.createElement('li');
      const card = document.createElement('article');
      card.className = 'card';
      const head = document.createElement('div');
      head.className = 'meta-line';
      const badge = Object.assign(document.createElement('span'), { className: 'kind-badge', textContent: meta.kind ?? '' });
      const date = Object.assign(document.createElement('time'), { textContent: meta.dateText ?? meta.date ?? '' });
      date.dateTime = meta.date ?? '';
      head.append(badge, date);
      const title = document.createElement('h3');
      title.append(Object.assign(document.createElement('a'), { href: url, textContent: meta.title ?? url }));
      const excerpt = excerptAround(meta.text ?? '', terms, engine.foldMap);
      const snippet = document.createElement('p');
      snippet.className = 'search-excerpt';
      snippet.append(excerpt.before);
      if (excerpt.match) snippet.append(Object.assign(document.createElement('mark'), { textContent: excerpt.match }));
      snippet.append(excerpt.after);
      const taxa = Object.assign(document.createElement('p'), { className: 'meta-line', textContent: `${meta.industry ?? ''}　${meta.region ?? ''}` });
      card.append(head, title, snippet, taxa);
      item.append(card);
      list.append(item);
    }
    rendered += batch.length;
    more.hidden = rendered >= shown.length;
  };

  /** Each group's counts leave that group's own selection out, so ticking a value adds to the results (OR). */
  const countFilters = async (engine: SearchEngine, terms: string[], found: Awaited<ReturnType<SearchEngine['find']>>) => {
    const perGroup = await Promise.all(
      FILTER_GROUPS.map(async (group) => {
        const unfiltered = state.filters[group].length === 0 ? found : await engine.find(terms, pagefindFilters(state, group), false);
        if (unfiltered.counts) return unfiltered.counts[group] ?? {};
        const tally: Record<string, number> = {};
        for (const { filters } of await Promise.all(unfiltered.results.map((result) => result.data()))) {
          for (const value of filters[group] ?? []) tally[value] = (tally[value] ?? 0) + 1;
        }
        return tally;
      }),
    );
    return Object.fromEntries(FILTER_GROUPS.map((group, index) => [group, perGroup[index]!])) as Record<FilterGroup, Record<string, number>>;
  };

  const showPrompt = () => {
    status.textContent = strings['search.prompt']!;
    empty.hidden = true;
    more.hidden = true;
    list.replaceChildren();
    list.setAttribute('aria-busy', 'false');
  };

  const run = async () => {
    const current = ++generation;
    syncForm();
    renderActiveFilters();
    const browsing = !state.q && !hasFilters(state);
    if (!panel.open) filtersBox.replaceChildren();
    if (browsing && !panel.open) return showPrompt();
    list.setAttribute('aria-busy', 'true');
    status.textContent = strings['search.loading']!;
    try {
      const engine = await loadSearchEngine();
      const terms = queryTerms(state.q, engine.foldMap);
      if (panel.open) {
        // Searches count only the filter values already loaded.
        filtersStatus.textContent = strings['search.filtersLoading']!;
        await engine.loadFilters();
      }
      const found = await engine.find(terms, pagefindFilters(state), state.sort === 'date');
      const counts = panel.open ? await countFilters(engine, terms, found) : undefined;
      if (current !== generation) return;
      filtersStatus.textContent = '';
      if (counts) renderFilters(counts);
      if (browsing) return showPrompt();
      shown = found.results;
      rendered = 0;
      list.replaceChildren();
      total.textContent = String(shown.length);
      const [beforeCount = '', afterCount = ''] = strings['search.found']!.split('{count}');
      status.replaceChildren(beforeCount, total, afterCount);
      empty.hidden = shown.length > 0;
      await renderMore(engine, terms, current);
      if (current === generation) list.setAttribute('aria-busy', 'false');
    } catch (error) {
      if (current !== generation) return;
      console.error(error);
      status.textContent = strings['search.error']!;
      filtersStatus.textContent = '';
      list.setAttribute('aria-busy', 'false');
    }
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    // Busy from the first keystroke, not only once the pause before searching has passed.
    list.setAttribute('aria-busy', 'true');
    typing = setTimeout(() => {
      state = { ...state, q: input.value.trim() };
      commit('replace');
      void run();
    }, 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    state = { ...state, q: input.value.trim() };
    commit('push');
    void run();
  });
  sort.addEventListener('change', () => {
    state = { ...state, sort: sort.value === 'date' ? 'date' : 'relevance' };
    commit('push');
    void run();
  });
  filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const group = box.name as FilterGroup;
    const values = new Set(state.filters[group]);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    state = { ...state, filters: { ...state.filters, [group]: [...values] } };
    commit('push');
    void run();
  });
  more.addEventListener('click', async () => {
    const engine = await loadSearchEngine();
    const focusIndex = rendered;
    await renderMore(engine, queryTerms(state.q, engine.foldMap), generation);
    list.querySelectorAll('a')[focusIndex]?.focus();
  });
  panel.addEventListener('toggle', () => {
    if (panel.open) void run();
  });
  window.addEventListener('popstate', () => {
    state = readSearchState(new URLSearchParams(location.search));
    void run();
  });
  // Filter counts cost as many bytes as a query at scale: shown when asked for, or when the URL already filters.
  // Opening the panel runs the search (its toggle event); otherwise run it now, once.
  if (hasFilters(state)) panel.open = true;
  else void run();
}
