/**
 * 找专家 (/find/): reads the problem, trade and place from the URL, splits the problem into words as
 * search does (corpus vocabulary, segmenter, synonyms), ranks candidates by their evidence and lists
 * each with the evidence that earned its place. The state stays in the URL so a result can be shared.
 */
import { type NamedPlace, placesNamedIn } from '../lib/find/places.ts';
import type { FinderData } from '../lib/find/profiles.ts';
import { rankCandidates } from '../lib/find/rank.ts';
import type { FoldMap } from '../lib/search/fold.ts';
import { type Concept, containingConcept, planConcepts, synonymIndex } from '../lib/search/query-plan.ts';
import { dictionaryOf, intlSegment } from '../lib/search/query-words.ts';
import { FINDER_FILE, FOLD_MAP_FILE, SEARCH_TERMS_FILE, siteUrl } from '../lib/search/site-files.ts';
import { queryTerms } from '../lib/search/tokens.ts';
import type { TermsFile } from '../lib/search/vocabulary.ts';
import { lazyJson } from './lazy-json.ts';
import { wordLoader } from './word-loader.ts';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const finderFiles = [
  lazyJson<FinderData>(siteUrl(FINDER_FILE)),
  lazyJson<TermsFile>(siteUrl(SEARCH_TERMS_FILE)),
  lazyJson<FoldMap>(siteUrl(FOLD_MAP_FILE)),
] as const;
const loadFinder = () => Promise.all(finderFiles.map((load) => load())) as Promise<[FinderData, TermsFile, FoldMap]>;
const loadWords = wordLoader();

export function startFindPage(): void {
  const { strings, namedPlaces } = JSON.parse($('#find-data').textContent!) as { strings: Record<string, string>; namedPlaces: NamedPlace[] };
  const form = $<HTMLFormElement>('[data-find-form]');
  const problem = $<HTMLTextAreaElement>('[data-find-problem]');
  const industry = form.querySelector<HTMLSelectElement>('select[name=industry]')!;
  const region = form.querySelector<HTMLSelectElement>('select[name=region]')!;
  const status = $('[data-find-status]');
  const list = $<HTMLElement>('[data-find-results]');
  const empty = $<HTMLElement>('[data-find-empty]');
  const template = $<HTMLTemplateElement>('#find-card');
  const page = form.closest('main')!;

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    problem.value = params.get('q') ?? '';
    industry.value = params.get('industry') ?? '';
    region.value = params.get('region') ?? '';
  };

  const card = (found: ReturnType<typeof rankCandidates>[number], data: FinderData) => {
    const item = template.content.cloneNode(true) as DocumentFragment;
    const field = (name: string) => item.querySelector<HTMLElement>(`[data-card-${name}]`)!;
    field('kind').textContent = found.candidate.k;
    field('near').textContent = found.nearness > 0 ? strings['find.near']! : '';
    field('title').append(Object.assign(document.createElement('a'), { href: found.candidate.u, textContent: found.candidate.n }));
    field('why').textContent = strings['find.evidence']!;
    for (const evidence of found.evidence) {
      const entry = data.evidence[evidence.index]!;
      const line = document.createElement('li');
      line.append(`${entry.k} · `, Object.assign(document.createElement('a'), { href: entry.u, textContent: entry.t }), `（${evidence.forms.join('、')}）`);
      field('evidence').append(line);
    }
    return item;
  };

  let generation = 0;
  const run = async () => {
    const current = ++generation;
    const query = problem.value.trim();
    // Styles use it to give the answer the room the introduction took (see global.css).
    page.toggleAttribute('data-find-answered', query !== '');
    list.replaceChildren();
    empty.hidden = true;
    if (!query) {
      status.textContent = strings['find.prompt']!;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    status.textContent = strings['find.loading']!;
    try {
      const [data, terms, foldMap] = await loadFinder();
      const typed = queryTerms(query, foldMap);
      // A term the evidence holds whole is kept whole; a sentence is split into the words a person meant.
      const whole = new Set(typed.filter((term) => data.evidence.some((item) => item.x.includes(term))));
      const words = await loadWords(typed.filter((term) => !whole.has(term)));
      if (current !== generation) return;
      const inEvidence = (concept: Concept) => concept.forms.some((form) => data.evidence.some((item) => item.x.includes(form.term)));
      // A word found nowhere is looked for as the narrower terms that hold it, as search does.
      const concepts = planConcepts(typed, whole, synonymIndex(terms.synonyms), dictionaryOf(words.words), intlSegment).map((concept) =>
        inEvidence(concept) ? concept : (containingConcept(concept.word, terms.synonyms) ?? concept),
      );
      const named = placesNamedIn(query, namedPlaces);
      const regions = [...new Set([...(region.value ? [region.value] : []), ...named])];
      const ranked = rankCandidates(data, concepts, { industry: industry.value || undefined, regions });
      list.replaceChildren(...ranked.slice(0, 20).map((found) => card(found, data)));
      const placesNote =
        named.length > 0
          ? ` ${strings['find.places']!.replace(
              '{places}',
              namedPlaces
                .filter((place) => named.includes(place.code))
                .map((place) => place.label)
                .join('、'),
            )}`
          : '';
      status.textContent =
        ranked.length > 0 ? `${strings['find.found']!.replace('{count}', String(Math.min(ranked.length, 20)))}${placesNote}` : strings['find.none']!;
      empty.hidden = ranked.length > 0;
    } catch (error) {
      console.error(error);
      status.textContent = strings['find.error']!;
    } finally {
      if (current === generation) list.setAttribute('aria-busy', 'false');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (problem.value.trim()) params.set('q', problem.value.trim());
    if (industry.value) params.set('industry', industry.value);
    if (region.value) params.set('region', region.value);
    history.pushState(null, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}`);
    void run();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void run();
  });
  readUrl();
  void run();
}
