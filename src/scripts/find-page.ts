/**
 * 找专家 (/find/): reads the problem, trade and place from the URL, splits the problem into words as
 * search does (corpus vocabulary, segmenter, synonyms), ranks candidates by their evidence and lists
 * each with the evidence that earned its place. The state stays in the URL so a result can be shared.
 */

import { finderSource } from '../lib/find/finder-source.ts';
import { type NamedPlace, placesNamedIn } from '../lib/find/places.ts';
import { problemConcepts } from '../lib/find/problem-concepts.ts';
import { rankCandidates } from '../lib/find/rank.ts';
import type { FoldMap } from '../lib/search/fold.ts';
import { intlSegment } from '../lib/search/query-words.ts';
import { FOLD_MAP_FILE, SEARCH_TERMS_FILE, siteUrl } from '../lib/search/site-files.ts';
import { queryTerms } from '../lib/search/tokens.ts';
import type { TermsFile } from '../lib/search/vocabulary.ts';
import { lazyJson, lazyJsonFiles } from './lazy-json.ts';
import { wordLoader } from './word-loader.ts';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const loadTerms = lazyJson<TermsFile>(siteUrl(SEARCH_TERMS_FILE));
const loadFoldMap = lazyJson<FoldMap>(siteUrl(FOLD_MAP_FILE));
const finder = finderSource(lazyJsonFiles<string, unknown>(siteUrl));
const loadWords = wordLoader(loadTerms);

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

  const card = (found: Awaited<ReturnType<typeof rankCandidates>>[number]) => {
    const item = template.content.cloneNode(true) as DocumentFragment;
    const field = (name: string) => item.querySelector<HTMLElement>(`[data-card-${name}]`)!;
    field('kind').textContent = found.candidate.k;
    field('near').textContent = found.nearness > 0 ? strings['find.near']! : '';
    field('title').append(Object.assign(document.createElement('a'), { href: found.candidate.u, textContent: found.candidate.n }));
    field('why').textContent = strings['find.evidence']!;
    for (const evidence of found.evidence) {
      const entry = evidence.link;
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
      const [terms, foldMap] = await Promise.all([loadTerms(), loadFoldMap()]);
      const concepts = await problemConcepts(finder, queryTerms(query, foldMap), terms.synonyms, loadWords, intlSegment);
      const named = placesNamedIn(query, namedPlaces);
      const regions = [...new Set([...(region.value ? [region.value] : []), ...named])];
      const ranked = await rankCandidates(finder, concepts, { industry: industry.value || undefined, regions });
      if (current !== generation) return;
      list.replaceChildren(...ranked.map(card));
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
      status.textContent = ranked.length > 0 ? `${strings['find.found']!.replace('{count}', String(ranked.length))}${placesNote}` : strings['find.none']!;
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
