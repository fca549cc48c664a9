/**
 * One query's answer: the exact matches (every term), ranked with the entry whose title or name
 * the query is first, and the related list of everything else the query's words, synonyms, pinyin
 * or a corrected typo find, each with the reason it is listed. The exact list is ready first: on a
 * weak signal the related list's searches are more round trips, and the exact list need not wait.
 */
import { type FoldMap, foldText } from '../../lib/search/fold.ts';
import { isPinyinQuery, pinyinMatches } from '../../lib/search/pinyin-match.ts';
import { type Concept, containingConcept, planConcepts, substituteConcept, synonymIndex } from '../../lib/search/query-plan.ts';
import { dictionaryOf, intlSegment } from '../../lib/search/query-words.ts';
import { type ConceptHits, type RelatedResult, rankRelated } from '../../lib/search/related.ts';
import { correctionFor } from '../../lib/search/spelling.ts';
import { queryKey, titleKey, titleKeys } from '../../lib/search/title-key.ts';
import { queryTerms, unquoted } from '../../lib/search/tokens.ts';
import type { TermsFile } from '../../lib/search/vocabulary.ts';
import type { PagefindResult, SearchEngine, SearchOptions } from './engine.ts';

/** Each concept costs a Pagefind search per form; a pasted paragraph must not start hundreds. */
const MOST_CONCEPTS = 8;

export interface RelatedItem {
  result: PagefindResult;
  why: RelatedResult;
}

export interface Related {
  related: RelatedItem[];
  /** Words to mark in related cards' excerpts. */
  relatedTerms: string[];
  suggestion?: string;
}

export interface Answer {
  terms: string[];
  exact: PagefindResult[];
  counts?: Record<string, Record<string, number>>;
  /** Settles after the exact list, which is shown without waiting for it. */
  more: Promise<Related>;
}

export const NOTHING_RELATED: Related = { related: [], relatedTerms: [] };

/** The first screen of results is downloaded to be shown anyway; among it, pages whose title holds the query come first. */
const FIRST_SCREEN = 10;
/** A two-character query with many matches is a topic (工匠), not a title typed whole. */
const TITLE_LIKE = 3;

const pinFirst = (results: readonly PagefindResult[], pinned: ReadonlySet<string>) => [
  ...results.filter((result) => pinned.has(result.id)),
  ...results.filter((result) => !pinned.has(result.id)),
];

/** The titles of the first screen of results, as written, in order: downloaded to be shown anyway. */
const firstScreenTitles = (results: readonly PagefindResult[]) =>
  Promise.all(results.slice(0, FIRST_SCREEN).map(async (result) => (await result.data()).meta.title ?? ''));

function titlesFirst(results: PagefindResult[], titles: readonly string[], terms: readonly string[], foldMap: FoldMap): PagefindResult[] {
  const head = results.slice(0, titles.length);
  const inTitle = (index: number) => terms.every((term) => unquoted(foldText(titles[index]!, foldMap)).includes(term));
  const indices = head.map((_, index) => index);
  return [...indices.filter(inTitle), ...indices.filter((index) => !inTitle(index))].map((index) => head[index]!).concat(results.slice(titles.length));
}

/**
 * The entries whose title or name the query is. The first screen of exact matches is downloaded to be
 * shown anyway, so a title there is found for free; the title keys' index chunk (about 25 KB at
 * 20,000 entries, and a round trip on a weak signal) is fetched only when the title may lie beyond
 * it — no exact match (a title typed without its punctuation), or many matches for a query long
 * enough to be a title.
 */
async function titleMatches(
  engine: SearchEngine,
  exact: PagefindResult[],
  titles: readonly string[],
  terms: readonly string[],
  options: SearchOptions,
): Promise<PagefindResult[]> {
  const key = queryKey(terms);
  const onFirstScreen = exact.slice(0, titles.length).filter((_, index) => titleKeys(titles[index]!, engine.foldMap).includes(key));
  const mayLieBeyond = exact.length === 0 || (exact.length > FIRST_SCREEN && [...terms.join('')].length >= TITLE_LIKE);
  return onFirstScreen.length > 0 || !mayLieBeyond ? onFirstScreen : engine.findTitle(key, options);
}

/**
 * Resolves once the frame after this task is painted. The related list's searches are mostly answered
 * from memory by then, so ranking them would otherwise run before the first exact card is painted
 * (50 ms of a 4x slower phone CPU).
 */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export async function answerQuery(engine: SearchEngine, query: string, options: SearchOptions): Promise<Answer> {
  const terms = queryTerms(query, engine.foldMap);
  const searched = new Map<string, Promise<PagefindResult[]>>();
  const findTerm = (term: string) => {
    if (!searched.has(term)) searched.set(term, engine.findTerm(term, options));
    return searched.get(term)!;
  };
  const [exact, perTerm, vocabulary] = await Promise.all([engine.find(terms, options), Promise.all(terms.map(findTerm)), engine.terms()]);
  const foundWhole = new Set(terms.filter((_, index) => perTerm[index]!.length > 0));
  const synonyms = synonymIndex(vocabulary.synonyms);
  const needsWords = foundWhole.size < terms.length;
  // The title lookup and the word files do not wait for each other: on a weak signal each is a round trip.
  const titlesAndTitled = firstScreenTitles(exact.results).then(async (titles) => ({
    titles,
    titled: await titleMatches(engine, exact.results, titles, terms, options),
  }));
  const [{ titles, titled }, words] = await Promise.all([
    titlesAndTitled,
    needsWords ? engine.words(terms.filter((term) => !foundWhole.has(term))) : undefined,
  ]);
  const concepts: Concept[] = planConcepts(terms, foundWhole, synonyms, words && dictionaryOf(words.words), intlSegment);
  if (isPinyinQuery(query)) {
    for (const name of pinyinMatches(query, (await engine.pinyin(query)).entries))
      concepts.push(substituteConcept(name, { kind: 'pinyin', via: name }, synonyms));
  }
  let suggestion: string | undefined;
  if (exact.results.length === 0 && titled.length === 0 && words) {
    suggestion = terms.map((term) => (foundWhole.has(term) ? undefined : correctionFor(term, words.titles, words.words))).find(Boolean);
    if (suggestion) concepts.unshift(substituteConcept(suggestion, { kind: 'correction', via: suggestion }, synonyms));
  }
  const planned = concepts.slice(0, MOST_CONCEPTS);
  // A name found by its pinyin, or a corrected title, puts its own page first, as typing it would.
  const substitutes = planned.filter((concept) => concept.forms[0]!.reason.kind !== 'word');
  const substituteTitles = await Promise.all(substitutes.map((concept) => engine.findTitle(titleKey(concept.word), options)));
  const pinned = new Set([...titled, ...substituteTitles.flat()].map((result) => result.id));
  const more = afterNextPaint().then(() =>
    relatedResults(engine, { terms, exact: exact.results, titled, substituteTitles, pinned, planned, vocabulary, findTerm, options }),
  );
  return {
    terms,
    exact: options.sortByDate ? exact.results : pinFirst(titlesFirst(exact.results, titles, terms, engine.foldMap), pinned),
    counts: exact.counts,
    more: more.then((related) => ({ ...related, suggestion })),
  };
}

interface RelatedQuery {
  terms: string[];
  exact: PagefindResult[];
  titled: PagefindResult[];
  substituteTitles: PagefindResult[][];
  pinned: ReadonlySet<string>;
  planned: Concept[];
  vocabulary: TermsFile;
  findTerm: (term: string) => Promise<PagefindResult[]>;
  options: SearchOptions;
}

/** Everything the query's words, synonyms, pinyin or correction find besides the exact matches, ranked. */
async function relatedResults(engine: SearchEngine, query: RelatedQuery): Promise<Related> {
  const { terms, exact, titled, substituteTitles, pinned, planned, vocabulary, findTerm, options } = query;
  const searchConcept = (concept: Concept) => Promise.all(concept.forms.map((form) => findTerm(form.term)));
  const found = await Promise.all(planned.map(searchConcept));
  // A typed word found nowhere is searched once more as the narrower terms that hold it.
  await Promise.all(
    planned.map(async (concept, index) => {
      const wider =
        concept.forms[0]!.reason.kind === 'word' &&
        found[index]!.every((results) => results.length === 0) &&
        containingConcept(concept.word, vocabulary.synonyms);
      if (!wider) return;
      planned[index] = wider;
      found[index] = await searchConcept(wider);
    }),
  );
  const byId = new Map<string, PagefindResult>();
  for (const results of [exact, titled, ...substituteTitles, ...found.flat()])
    for (const result of results) if (!byId.has(result.id)) byId.set(result.id, result);

  const exactIds = new Set(exact.map((result) => result.id));
  const hits: ConceptHits[] = planned.map((concept, index) => ({ concept, ids: found[index]!.map((results) => results.map((result) => result.id)) }));
  const titleConcept = { word: terms.join(''), forms: [{ term: terms.join(''), reason: { kind: 'word' } as const }] };
  if (titled.length > 0) hits.unshift({ concept: titleConcept, ids: [titled.map((result) => result.id)] });
  let related = rankRelated(hits, vocabulary.documents, exactIds, [...pinned]);
  if (options.sortByDate && related.length > 0) related = await engine.newestFirst(related);
  return {
    related: related.map((why) => ({ result: byId.get(why.id)!, why })),
    relatedTerms: [...new Set(planned.flatMap((concept) => concept.forms.map((form) => form.term)))],
  };
}
