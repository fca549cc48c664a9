/**
 * Open data: one row per entry with every field, codes with their official
 * names (to join with statistics by code), relations as ids, and sources.
 * JSON keeps structure; CSV flattens lists with "；", writes each source as its
 * GB/T 7714 citation, and starts with a BOM so spreadsheet programs read the Chinese correctly.
 */
import type { FigureSet } from '../schema/figure.ts';
import { type ContentKind, fieldValue, kinds, type SourceCitation } from '../schema/index.ts';
import { gbt7714Source } from './citation.ts';
import type { Corpus, CorpusEntry } from './corpus.ts';
import { kindFields } from './field-reference.ts';
import { taxonLabel } from './taxon-labels.ts';

export type DataRow = Record<string, unknown>;

const LIST_SEPARATOR = '；';

export function dataRows(corpus: Corpus, kind: ContentKind, siteUrl: string, updated: (entry: CorpusEntry) => string): DataRow[] {
  const fields = kindFields(kind).map((field) => field.key);
  return corpus.byKind[kind].map((entry) => ({
    id: entry.id,
    url: new URL(entry.url, siteUrl).href,
    ...Object.fromEntries(fields.map((key) => [key, fieldValue(entry, key) ?? (key in kinds[kind].references ? [] : null)])),
    industry_names: entry.industries.map((code) => taxonLabel('industries', code)),
    region_names: entry.regions.map((code) => taxonLabel('regions', code)),
    updated: updated(entry),
  }));
}

/** The 数说 figure sets (content/figures.yaml) as rows, with the names of their regions. */
export function figureRows(sets: readonly FigureSet[]): DataRow[] {
  return sets.map((set) => ({ ...set, region_names: set.regions.map((code) => taxonLabel('regions', code)) }));
}

/**
 * A cell that starts like a formula runs as one when a researcher opens the file in Excel or WPS
 * (`=HYPERLINK(…)`); OWASP's advice is to prefix it with an apostrophe. Plain numbers stay numbers,
 * and the JSON keeps every value exactly.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const defused = (text: string) => (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text);

function csvCell(value: unknown): string {
  const cell = Array.isArray(value)
    ? value.map((item) => (item && typeof item === 'object' ? gbt7714Source(item as SourceCitation) : String(item))).join(LIST_SEPARATOR)
    : value === null || value === undefined
      ? ''
      : String(value);
  const text = defused(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly DataRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
