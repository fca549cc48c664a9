/**
 * What search indexes for one entry: its main text (title, key facts, body,
 * the names of linked entries, its trades and places) as tokens, plus the
 * meta, filters and date the search page shows, filters and sorts on.
 */
import { t } from '../../i18n/zh-CN.ts';
import { fieldValue, kinds } from '../../schema/index.ts';
import { sectionOf } from '../../taxonomy/codes.ts';
import { regionFacetCodes } from '../../taxonomy/taxonomy.ts';
import type { Corpus, CorpusEntry } from '../corpus.ts';
import { factTexts } from '../entry-facts.ts';
import { formatPartialDate } from '../partial-date.ts';
import { taxonLabel, taxonPath } from '../taxon-labels.ts';
import { type FoldMap, foldText } from './fold.ts';
import { titleKeys } from './title-key.ts';
import { indexTokens } from './tokens.ts';
import { hideMeta } from './unindexed.ts';

const NOT_REPORTED = '不详';

export interface SearchDocument {
  url: string;
  /** Everything searchable, as written: title, kind, date and details. */
  text: string;
  /** Folded tokens: what Pagefind indexes. */
  content: string;
  /** What a result shows, hidden from the index (see unindexed.ts). */
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** For 最新在前 (see date-order.ts). */
  date: string;
}

/**
 * What a result card shows besides title, kind and date: the summary, key
 * facts, linked entries, body, trades and places. Excerpts are cut from it.
 */
export function searchDetails(corpus: Corpus, entry: CorpusEntry, bodyText: string): string {
  const linked = corpus.outgoing(entry).flatMap(({ targets }) => targets.map((target) => target.title));
  return [
    entry.summary,
    // 不详 (the source does not say) is worth a line on the page, not a run of 「不详 · 不详」 in a result card.
    ...factTexts(entry).filter((text) => text !== NOT_REPORTED),
    ...linked,
    bodyText,
    ...entry.industries.map((code) => taxonPath('industries', code)),
    ...entry.regions.map((code) => taxonPath('regions', code)),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The value of the kind's state field (a need's 已解决), for the state filter; none for kinds without one. */
function stateOf(entry: CorpusEntry): string[] {
  const field = kinds[entry.kind].state?.field;
  return field ? [String(fieldValue(entry, field))] : [];
}

/**
 * Pagefind cuts its word index into chunks of about 20,000 positions, and a lookup downloads the whole
 * chunk its word falls in. A title key has one position, so one chunk held some 10,000 keys: 53 KB
 * (gzip) at 20,000 entries to look up one. Written four times, a key fills its chunk four times as
 * fast: 25 KB, and a long query's second search 118 KB instead of 144. More repeats shrink the chunk
 * further but cost the indexer memory: 32 made it 5 KB and raised the index stage's peak at 100,000
 * entries from 3.7 GB to 5.2 GB, over the 4 GB a stage may use.
 */
const TITLE_KEY_REPEATS = 4;

export function searchDocument(corpus: Corpus, entry: CorpusEntry, bodyText: string, foldMap: FoldMap): SearchDocument {
  const details = searchDetails(corpus, entry, bodyText);
  const kind = t(`kind.${entry.kind}`);
  const text = [entry.title, kind, entry.date, details].join('\n');
  return {
    url: entry.url,
    text,
    content: [
      ...titleKeys(entry.title, foldMap).flatMap((key) => Array<string>(TITLE_KEY_REPEATS).fill(key)),
      // The title once more: a page about a word outranks one that mentions it (Pagefind weighs by frequency).
      // Only the title: repeating the summary too lengthened every posting list, 10 % more bytes per query.
      indexTokens(foldText(entry.title, foldMap)),
      indexTokens(foldText(text, foldMap)),
    ].join(' '),
    meta: hideMeta({
      title: entry.title,
      kind,
      date: entry.date,
      // As every other card writes it (2024年3月); the browser is spared the dictionary.
      dateText: formatPartialDate(entry.date),
      industry: entry.industries.map((code) => taxonLabel('industries', code)).join('、'),
      region: entry.regions.map((code) => taxonLabel('regions', code)).join('、'),
      text: details,
    }),
    filters: {
      type: [kinds[entry.kind].singular],
      state: stateOf(entry),
      industry: [...new Set(entry.industries.map(sectionOf))],
      region: [...new Set(entry.regions.flatMap(regionFacetCodes))],
      year: [entry.date.slice(0, 4)],
    },
    date: entry.date,
  };
}
