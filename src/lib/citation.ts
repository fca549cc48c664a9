/**
 * Citations of an entry for researchers: GB/T 7714-2015 and BibTeX, for the
 * portal page itself and for the articles its facts come from.
 */
import type { SourceCitation } from '../schema/index.ts';

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

export const PORTAL_NAME = '劳模工匠知识库';

/** GB/T 7714-2015 electronic resource: 责任者. 题名[EB/OL]. (更新日期)[引用日期]. 网址. */
export function gbt7714Page(page: CitedPage): string {
  return `${PORTAL_NAME}. ${page.title}[EB/OL]. (${page.updated})[${page.accessed}]. ${page.url}.`;
}

/** GB/T 7714-2015 newspaper or journal article: 作者. 题名[N]. 报刊名, 日期(版面). */
export function gbt7714Source(source: SourceCitation): string {
  const author = source.author ? `${source.author}. ` : '';
  const type = /报/.test(source.publication) ? 'N' : 'J';
  const date = source.date ? `, ${source.date}` : '';
  const section = source.section ? `(${source.section})` : '';
  const url = source.url ? `. ${source.url}` : '';
  return `${author}${source.title}[${type}]. ${source.publication}${date}${section}${url}.`;
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

export function bibtexSource(source: SourceCitation, key: string): string {
  return bibtex('article', key, {
    title: source.title,
    author: source.author,
    journal: source.publication,
    year: source.date?.slice(0, 4),
    date: source.date,
    pages: source.section,
    url: source.url,
    language: 'chinese',
  });
}
