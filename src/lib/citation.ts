/**
 * Citations of an entry for researchers: GB/T 7714-2015 and BibTeX, for the
 * portal page itself and for the articles its facts come from. Every place
 * that shows or exports a source article formats it here, so pages, the cite
 * panel, JSON-LD and the open data agree on one text and one type code.
 */
import { t } from '../i18n/zh-CN.ts';
import type { SourceCitation } from '../schema/index.ts';
import { yearOf } from './partial-date.ts';

export interface CitedPage {
  title: string;
  /** Permanent URL of the page. */
  url: string;
  /** Last update of the entry, YYYY-MM-DD. */
  updated: string;
  /** The day the reader cites it, YYYY-MM-DD. */
  accessed: string;
  /** Kind and id, for a stable BibTeX key. */
  key: string;
}

export const PORTAL_NAME = t('site.name');

/**
 * Stands in for the reader's day in citations built ahead of time; the browser
 * replaces it. Plain letters, so no format's escaping alters it.
 */
export const ACCESSED_PLACEHOLDER = 'ACCESSED-DATE';

/** GB/T 7714-2015 electronic resource: 责任者. 题名[EB/OL]. (更新日期)[引用日期]. 网址. */
export function gbt7714Page(page: CitedPage): string {
  return `${PORTAL_NAME}. ${page.title}[EB/OL]. (${page.updated})[${page.accessed}]. ${page.url}.`;
}

/** GB/T 7714-2015 document type: N for newspapers (their names contain 报), J for journals and magazines. */
export type SourceType = 'N' | 'J';

export function sourceType(source: Pick<SourceCitation, 'publication'>): SourceType {
  return source.publication.includes('报') ? 'N' : 'J';
}

/**
 * A run of a formatted citation. Pages mark up the title, date and address;
 * copies and exports join the text, so both read the same.
 */
export interface CitationPart {
  text: string;
  role?: 'title' | 'date' | 'url';
}

/**
 * GB/T 7714-2015 newspaper or journal article: 作者. 题名[N]. 报刊名, 日期(版面). 网址.
 * The date stays at the precision the source prints (2024, 2024-03, 2024-03-08), as the standard writes dates.
 */
export function sourceCitationParts(source: SourceCitation): CitationPart[] {
  const parts: CitationPart[] = [];
  if (source.author) parts.push({ text: `${source.author}. ` });
  parts.push({ text: source.title, role: 'title' }, { text: `[${sourceType(source)}]. ${source.publication}` });
  if (source.date) parts.push({ text: ', ' }, { text: source.date, role: 'date' });
  if (source.section) parts.push({ text: `(${source.section})` });
  if (source.url) parts.push({ text: '. ' }, { text: source.url, role: 'url' });
  parts.push({ text: '.' });
  return parts;
}

/** The plain text of sourceCitationParts, for copying, JSON-LD and exports. */
export function gbt7714Source(source: SourceCitation): string {
  return sourceCitationParts(source)
    .map((part) => part.text)
    .join('');
}

const escapeBibtex = (value: string) => value.replace(/[{}\\]/g, (char) => `\\${char}`);

/** A corporate author is braced twice so BibTeX does not split it into given and family names. */
const corporate = (name: string) => ({ corporate: name });

function bibtex(type: string, key: string, fields: Record<string, string | { corporate: string } | undefined>): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string | { corporate: string }] => Boolean(entry[1]))
    .map(([name, value]) => `  ${name} = ${typeof value === 'string' ? `{${escapeBibtex(value)}}` : `{{${escapeBibtex(value.corporate)}}}`}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

export function bibtexPage(page: CitedPage): string {
  return bibtex('misc', page.key.replace(/\//g, ':'), {
    title: page.title,
    author: corporate(PORTAL_NAME),
    year: page.updated.slice(0, 4),
    date: page.updated,
    url: page.url,
    urldate: page.accessed,
    language: 'chinese',
  });
}

/**
 * The type code travels as `mark` (read by the gbt7714 BibTeX styles) and, for
 * newspapers, as biblatex's `entrysubtype`, so the bibliography shows [N] or [J] as the page does.
 */
export function bibtexSource(source: SourceCitation, key: string): string {
  const type = sourceType(source);
  return bibtex('article', key, {
    title: source.title,
    author: source.author,
    journal: source.publication,
    entrysubtype: type === 'N' ? 'newspaper' : undefined,
    mark: type,
    year: source.date && String(yearOf(source.date)),
    date: source.date,
    pages: source.section,
    url: source.url,
    language: 'chinese',
  });
}
