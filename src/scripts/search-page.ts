/**
 * The search page: reads the state from the URL, searches as the user types, shows the exact
 * matches and the related list, and writes the state back to the URL. The parts live in search/:
 * the engine, the answer to a query, the result lists and the filter panel.
 */
import type { FacetLabels } from '../lib/search/labels.ts';
import type { RelatedResult } from '../lib/search/related.ts';
import { hasFilters, pagefindFilters, type SearchState } from '../lib/search/state.ts';
import { type Answer, answerQuery, NOTHING_RELATED, type Related } from './search/answer.ts';
import { loadSearchEngine, type SearchEngine, type SearchOptions } from './search/engine.ts';
import { FilterPanel } from './search/filter-panel.ts';
import { ResultList } from './search/result-list.ts';
import { stateFromUrl, writeUrl } from './search/url-state.ts';

interface PageData {
  labels: FacetLabels;
  strings: Record<string, string>;
}

/** Where the filter panel stands beside the results (global.css, .search-layout). */
const SIDE_BY_SIDE = '(min-width: 52rem)';

/**
 * At scale the first search covers the newest entries only (lib/search/shards.ts). A query they answer
 * with less than a screen of exact matches — a name, a rare problem — is looked up in every entry at once.
 */
const ENOUGH_FROM_NEWEST = 10;

/** Longer pastes are cut: nobody types more, and each word costs a search. */
const LONGEST_QUERY = 100;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

/** 100,000 as zh-CN writes a count: Intl's formatter takes tens of milliseconds to create on a slow phone, just before the first results. */
const count = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, ',');
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

/** No query, only filters: every entry they keep, newest or best first. */
async function browseAll(engine: SearchEngine, options: SearchOptions): Promise<Answer> {
  const all = await engine.find([], options);
  return { terms: [], exact: all.results, counts: all.counts, more: Promise.resolve(NOTHING_RELATED) };
}

export function startSearchPage(): void {
  const { labels, strings } = JSON.parse($('#search-data').textContent!) as PageData;
  const form = $<HTMLFormElement>('[data-search-page]');
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const status = $('[data-search-status]');
  const total = $('[data-search-total]');
  const exactList = $<HTMLElement>('[data-search-results]');
  const related = $<HTMLElement>('[data-search-related]');
  const relatedList = related.querySelector<HTMLElement>('ol')!;
  const suggestion = $<HTMLElement>('[data-search-suggestion]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const template = $<HTMLTemplateElement>('#search-card');
  const coverage = $<HTMLElement>('[data-search-coverage]');
  const everythingButton = coverage.querySelector<HTMLButtonElement>('button')!;

  let state = stateFromUrl();
  let generation = 0;
  let engineFoldMap: SearchEngine['foldMap'] = {};
  const exact = new ResultList(exactList, $('[data-search-more]'), template, () => engineFoldMap);
  const more = new ResultList(relatedList, related.querySelector<HTMLButtonElement>('[data-search-related-more]')!, template, () => engineFoldMap);

  const change = (next: SearchState, mode: 'push' | 'replace' = 'push') => {
    state = next;
    writeUrl(state, mode);
    void run();
  };
  const filters = new FilterPanel(
    labels,
    strings,
    () => state,
    (next) => change(next),
  );

  const reasonOf = (why: RelatedResult) => {
    const parts = why.words.length > 0 ? [fill(strings['search.reason.words']!, { words: why.words.join('、') })] : [];
    for (const reason of why.reasons) if (reason.kind !== 'word') parts.push(fill(strings[`search.reason.${reason.kind}`]!, { term: reason.via }));
    return [...new Set(parts)].join('；');
  };

  const setBusy = (busy: boolean, lists: readonly HTMLElement[] = [exactList, related]) => {
    for (const list of lists) list.setAttribute('aria-busy', String(busy));
  };

  const showPrompt = (message: string) => {
    status.textContent = message;
    coverage.hidden = true;
    empty.hidden = true;
    related.hidden = true;
    suggestion.hidden = true;
    exact.clear();
    more.clear();
    setBusy(false);
  };

  const showSuggestion = (term: string | undefined) => {
    suggestion.hidden = !term;
    if (!term) return;
    const link = Object.assign(document.createElement('a'), { href: `/search/?q=${encodeURIComponent(term)}`, textContent: term });
    suggestion.replaceChildren(strings['search.suggestion']!, link);
  };

  const showCount = (answer: Answer, relatedOnly: boolean, cut: boolean) => {
    total.textContent = String(answer.exact.length);
    const [before = '', after = ''] = strings['search.found']!.split('{count}');
    const parts: (string | Node)[] = [before, total, after];
    if (relatedOnly) parts.push(strings['search.relatedOnly']!);
    if (cut) parts.push(fill(strings['search.tooLong']!, { count: LONGEST_QUERY }));
    status.replaceChildren(...parts);
  };

  const showCoverage = ({ searched, entries }: ReturnType<SearchEngine['coverage']>) => {
    coverage.hidden = searched === entries;
    coverage.querySelector('span')!.textContent = fill(strings['search.partial']!, { searched: count(searched), entries: count(entries) });
    everythingButton.textContent = fill(strings['search.everything']!, { entries: count(entries) });
    everythingButton.disabled = false;
  };

  /** everything: the reader asked for every entry, not only the newest shard. */
  const run = async (everything = false) => {
    const current = ++generation;
    input.value = state.q;
    sort.value = state.sort;
    filters.renderChips(input);
    const browsing = !state.q && !hasFilters(state);
    if (!filters.open) filters.clear();
    if (browsing && !filters.open) return showPrompt(strings['search.prompt']!);
    setBusy(true);
    status.textContent = strings['search.loading']!;
    try {
      const engine = await loadSearchEngine();
      engineFoldMap = engine.foldMap;
      if (everything) await engine.searchEverything();
      if (filters.open) await filters.load(engine);
      const query = [...state.q].slice(0, LONGEST_QUERY).join('');
      const options = { filters: pagefindFilters(state), sortByDate: state.sort === 'date' };
      const answerNow = async () => {
        const answer = await (state.q ? answerQuery(engine, query, options) : browseAll(engine, options));
        // Awaited below unless this search is overtaken or redone; a failure is reported there or nowhere.
        answer.more.catch(() => undefined);
        return answer;
      };
      let answer = await answerNow();
      const { searched, entries } = engine.coverage();
      if (answer.exact.length < ENOUGH_FROM_NEWEST && searched < entries) {
        await engine.searchEverything();
        if (filters.open) await filters.load(engine);
        answer = await answerNow();
      }
      const counts = filters.open ? await filters.count(engine, answer.terms, { results: answer.exact, counts: answer.counts }) : undefined;
      if (current !== generation) return;
      if (counts) filters.render(counts);
      if (browsing) return showPrompt(strings['search.prompt']!);
      if (state.q && answer.terms.length === 0) return showPrompt(strings['search.noWords']!);
      const cut = query.length < state.q.length;
      const showRelated = async ({ related: items, relatedTerms, suggestion: suggested }: Related) => {
        showSuggestion(suggested);
        related.hidden = items.length === 0;
        empty.hidden = answer.exact.length > 0 || items.length > 0;
        await more.show(
          items.map(({ result, why }) => ({ result, reason: reasonOf(why) })),
          relatedTerms,
        );
        if (current === generation) setBusy(false, [related]);
      };
      showCoverage(engine.coverage());
      if (answer.exact.length === 0) {
        // Then the related list is the answer: nothing to show before it.
        const found = await answer.more;
        if (current !== generation) return;
        showCount(answer, found.related.length > 0, cut);
        exact.clear();
        setBusy(false, [exactList]);
        return await showRelated(found);
      }
      showCount(answer, false, cut);
      empty.hidden = true;
      // The last query's related list and suggestion must not stand under this one's exact matches.
      showSuggestion(undefined);
      related.hidden = true;
      more.clear();
      const exactShown = exact
        .show(
          answer.exact.map((result) => ({ result })),
          answer.terms,
        )
        .then(() => current === generation && setBusy(false, [exactList]));
      await Promise.all([
        exactShown,
        answer.more.then(async (found) => {
          if (current === generation) await showRelated(found);
        }),
      ]);
    } catch (error) {
      if (current !== generation) return;
      console.error(error);
      status.textContent = strings['search.error']!;
      filters.clear();
      everythingButton.disabled = false;
      setBusy(false);
    }
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (event) => {
    clearTimeout(typing);
    // Busy from the first keystroke, not only once the pause before searching has passed.
    setBusy(true);
    // An input method's letters before they become characters are not the query.
    if (!(event as InputEvent).isComposing)
      loadSearchEngine()
        .then((engine) => engine.preload(input.value))
        .catch(() => undefined);
    typing = setTimeout(() => change({ ...state, q: input.value.trim() }, 'replace'), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    change({ ...state, q: input.value.trim() });
  });
  everythingButton.addEventListener('click', () => {
    everythingButton.disabled = true;
    void run(true);
  });
  sort.addEventListener('change', () => change({ ...state, sort: sort.value === 'date' ? 'date' : 'relevance' }));
  filters.panel.addEventListener('toggle', () => {
    if (filters.open) void run();
  });
  window.addEventListener('popstate', () => {
    state = stateFromUrl();
    void run();
  });
  // Filter counts cost as many bytes as a query at scale: shown when asked for, or when the URL already filters
  // on a screen wide enough for the panel beside the results (on a phone the chips above the results show them).
  // Opening the panel runs the search (its toggle event); otherwise run it now, once.
  if (hasFilters(state) && matchMedia(SIDE_BY_SIDE).matches) filters.panel.open = true;
  else void run();
  // Whoever opens this page is about to search: the engine downloads while they type, not after the
  // first query. A failure here is the first search's to report; it tries again.
  loadSearchEngine()
    .then((engine) => engine.terms())
    .catch(() => undefined);
}
