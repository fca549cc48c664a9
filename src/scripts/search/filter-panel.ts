/**
 * The filter panel (values with counts, opened on demand) and the chips of chosen filters above the
 * results. Changes go through `onChange`, which the page turns into a new search.
 */
import type { FacetLabels } from '../../lib/search/labels.ts';
import {
  activeFilters,
  FILTER_GROUPS,
  type FilterGroup,
  hasFilters,
  pagefindFilters,
  type SearchState,
  withoutFilter,
  withoutFilters,
} from '../../lib/search/state.ts';
import { provinceWhole, regionLevel } from '../../taxonomy/codes.ts';
import type { SearchEngine } from './engine.ts';

export type FilterCounts = Record<FilterGroup, Record<string, number>>;

/** A province-level filter covers its cities and counties too, so its label says so: 全省, 全市 (直辖市) or 全区. */
const WHOLE = {
  province: 'search.filter.region.wholeProvince',
  municipality: 'search.filter.region.wholeMunicipality',
  region: 'search.filter.region.wholeRegion',
} as const;

export class FilterPanel {
  readonly panel: HTMLDetailsElement;
  private readonly box: HTMLElement;
  private readonly status: HTMLElement;
  private readonly chips: HTMLElement;
  private readonly labels: FacetLabels;
  private readonly strings: Record<string, string>;
  private readonly state: () => SearchState;
  private readonly onChange: (state: SearchState) => void;

  constructor(labels: FacetLabels, strings: Record<string, string>, state: () => SearchState, onChange: (state: SearchState) => void) {
    this.labels = labels;
    this.strings = strings;
    this.state = state;
    this.onChange = onChange;
    this.panel = document.querySelector<HTMLDetailsElement>('[data-search-filter-panel]')!;
    this.box = document.querySelector<HTMLElement>('[data-search-filters]')!;
    this.status = document.querySelector<HTMLElement>('[data-search-filters-status]')!;
    this.chips = document.querySelector<HTMLElement>('[data-search-active-filters]')!;
    this.box.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const group = box.name as FilterGroup;
      const values = new Set(this.state().filters[group]);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      this.onChange({ ...this.state(), filters: { ...this.state().filters, [group]: [...values] } });
    });
  }

  get open(): boolean {
    return this.panel.open;
  }

  private label(group: FilterGroup, value: string): string {
    const label = this.labels[group][value] ?? value;
    if (group !== 'region' || regionLevel(value) !== 'province') return label;
    return `${label}${this.strings[WHOLE[provinceWhole(value, label)]]}`;
  }

  /** Loads every filter value once; searches then count them exactly. */
  async load(engine: SearchEngine): Promise<void> {
    this.status.textContent = this.strings['search.filtersLoading']!;
    await engine.loadFilters();
  }

  /** Each group's counts leave that group's own selection out, so ticking a value adds to the results (OR). */
  async count(engine: SearchEngine, terms: string[], found: Awaited<ReturnType<SearchEngine['find']>>): Promise<FilterCounts> {
    const state = this.state();
    const perGroup = await Promise.all(
      FILTER_GROUPS.map(async (group) => {
        const unfiltered = state.filters[group].length === 0 ? found : await engine.find(terms, { filters: pagefindFilters(state, group), sortByDate: false });
        if (unfiltered.counts) return unfiltered.counts[group] ?? {};
        const tally: Record<string, number> = {};
        for (const { filters } of await Promise.all(unfiltered.results.map((result) => result.data()))) {
          for (const value of filters[group] ?? []) tally[value] = (tally[value] ?? 0) + 1;
        }
        return tally;
      }),
    );
    return Object.fromEntries(FILTER_GROUPS.map((group, index) => [group, perGroup[index]!])) as FilterCounts;
  }

  clear(): void {
    this.box.replaceChildren();
    this.status.textContent = '';
  }

  render(counts: FilterCounts): void {
    const state = this.state();
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.id : '';
    this.status.textContent = '';
    this.box.replaceChildren(...FILTER_GROUPS.flatMap((group) => this.fieldset(group, counts[group], state) ?? []));
    if (hasFilters(state)) {
      const clear = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'button button--quiet',
        textContent: this.strings['search.clear'],
      });
      clear.addEventListener('click', () => this.onChange(withoutFilters(this.state())));
      this.box.append(clear);
    }
    if (focused) document.getElementById(focused)?.focus();
  }

  private fieldset(group: FilterGroup, counts: Record<string, number>, state: SearchState): HTMLFieldSetElement | undefined {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = this.strings[`search.filter.${group}`]!;
    fieldset.append(legend);
    for (const value of Object.keys(this.labels[group])) {
      const count = counts[value] ?? 0;
      const checked = state.filters[group].includes(value);
      if (count === 0 && !checked) continue;
      const id = `filter-${group}-${value}`;
      const option = document.createElement('label');
      option.className = 'filter-option';
      option.htmlFor = id;
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, name: group, value, checked });
      const text = Object.assign(document.createElement('span'), { textContent: this.label(group, value) });
      const number = Object.assign(document.createElement('span'), { className: 'count', textContent: String(count) });
      number.dataset.filterCount = '';
      option.append(box, text, number);
      fieldset.append(option);
    }
    // A group none of the results has (the state of needs, when no need matches) is left out.
    return fieldset.querySelector('input') ? fieldset : undefined;
  }

  /** Chosen filters stay in sight above the results, each removable with one tap, even with the panel closed or scrolled away. */
  renderChips(fallbackFocus: HTMLElement): void {
    const chosen = activeFilters(this.state());
    this.chips.hidden = chosen.length === 0;
    this.chips.replaceChildren(
      ...chosen.map(({ group, value }) => {
        const label = `${this.strings[`search.filter.${group}`]}：${this.label(group, value)}`;
        const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'filter-chip', textContent: label });
        remove.setAttribute('aria-label', this.strings['search.removeFilter']!.replace('{label}', label));
        remove.addEventListener('click', () => {
          this.onChange(withoutFilter(this.state(), group, value));
          (this.chips.querySelector<HTMLButtonElement>('button:not(:focus)') ?? fallbackFocus).focus();
        });
        const item = document.createElement('li');
        item.append(remove);
        return item;
      }),
    );
  }
}
