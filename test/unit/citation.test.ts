import { describe, expect, it } from 'vitest';
import { ACCESSED_PLACEHOLDER, bibtexPage, bibtexSource, gbt7714Page, gbt7714Source, sourceCitationParts, sourceType } from '../../src/lib/citation.ts';
import type { CorpusEntry } from '../../src/lib/corpus.ts';
import { toCsv } from '../../src/lib/open-data.ts';
import { structuredData } from '../../src/lib/structured-data.ts';
import type { SourceCitation } from '../../src/schema/index.ts';

const newspaper: SourceCitation = { publication: '江苏工人报', title: '徐州：“助企行”开拓新路径', date: '2024-03', author: '胥明虎', section: '2版' };
const journal: SourceCitation = { publication: '广东工运 2025年第11期（总第424期）', title: '劳模工匠进万企', date: '2025-11', url: 'https://example.org/a' };

/** What SourceReference.astro shows: every part's text, in order, with nothing between. */
const pageText = (source: SourceCitation) =>
  sourceCitationParts(source)
    .map((part) => part.text)
    .join('');

const entryCiting = (source: SourceCitation) =>
  ({ kind: 'cases', id: 'x', title: 'T', summary: 'S', date: '2025', industries: [], regions: [], data: { sources: [source] } }) as unknown as CorpusEntry;

describe.each([
  ['newspaper', newspaper, 'N'],
  ['journal', journal, 'J'],
] as const)('a %s source', (_, source, code) => {
  it(`is type [${code}] in the page text, the GB/T string, JSON-LD, the CSV export and BibTeX`, () => {
    expect(sourceType(source)).toBe(code);
    expect(pageText(source)).toContain(`[${code}]`);
    expect(gbt7714Source(source)).toContain(`[${code}]`);
    expect(structuredData(entryCiting(source), 'https://example.org/x/', '2026-01-01').citation).toEqual([gbt7714Source(source)]);
    expect(toCsv([{ id: 'x', sources: [source] }])).toContain(gbt7714Source(source));
    expect(bibtexSource(source, 'k')).toContain(`mark = {${code}}`);
  });

  it('reads the same on the page as the GB/T string copied from the cite panel', () => {
    expect(pageText(source)).toBe(gbt7714Source(source));
  });
});

describe('source citations', () => {
  it('mark up the title, the date at the precision printed, and the address', () => {
    expect(sourceCitationParts(journal).filter((part) => part.role)).toEqual([
      { text: '劳模工匠进万企', role: 'title' },
      { text: '2025-11', role: 'date' },
      { text: 'https://example.org/a', role: 'url' },
    ]);
    expect(gbt7714Source(journal)).toBe('劳模工匠进万企[J]. 广东工运 2025年第11期（总第424期）, 2025-11. https://example.org/a.');
    expect(gbt7714Source({ ...newspaper, date: '2024' })).toBe('胥明虎. 徐州：“助企行”开拓新路径[N]. 江苏工人报, 2024(2版).');
    expect(gbt7714Source({ ...newspaper, date: '2024-03-08' })).toBe('胥明虎. 徐州：“助企行”开拓新路径[N]. 江苏工人报, 2024-03-08(2版).');
  });

  it('give BibTeX the year of a partial date and mark newspapers as such', () => {
    expect(bibtexSource({ ...newspaper, date: '2024-03-08' }, 'k')).toContain('  year = {2024},\n  date = {2024-03-08}');
    expect(bibtexSource(newspaper, 'k')).toContain('entrysubtype = {newspaper}');
    expect(bibtexSource(journal, 'k')).not.toContain('entrysubtype');
  });
});

describe('the reader’s day in citations built ahead of time', () => {
  const page = { title: '{括号}', url: 'https://example.org/x/', updated: '2026-11-20', accessed: ACCESSED_PLACEHOLDER, key: 'methods/x' };

  it('survives BibTeX escaping, so the browser puts the real date into every format', () => {
    const filled = { ...page, accessed: '2026-11-22' };
    expect(gbt7714Page(page).replaceAll(ACCESSED_PLACEHOLDER, filled.accessed)).toBe(gbt7714Page(filled));
    expect(bibtexPage(page).replaceAll(ACCESSED_PLACEHOLDER, filled.accessed)).toBe(bibtexPage(filled));
    expect(bibtexPage(filled)).toContain('urldate = {2026-11-22}');
  });
});
