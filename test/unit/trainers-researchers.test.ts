import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bibtexPage, bibtexSource, gbt7714Page, gbt7714Source } from '../../src/lib/citation.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { dataJsonSchema } from '../../src/lib/data-schema.ts';
import { atomFeed } from '../../src/lib/feed.ts';
import { dataRows, figureRows, toCsv } from '../../src/lib/open-data.ts';
import { barChart, corpusStats } from '../../src/lib/stats.ts';
import { structuredData } from '../../src/lib/structured-data.ts';
import { taxonLabel } from '../../src/lib/taxon-labels.ts';
import { checkManifest, formatManifest, parseManifest, redirectsOverPages } from '../../src/lib/url-manifest.ts';
import type { FigureSet } from '../../src/schema/figure.ts';
import { CONTENT_KINDS } from '../../src/schema/index.ts';

const page = {
  title: '望闻问切法',
  url: 'https://example.org/methods/wangwenwenqie-fault-finding/',
  updated: '2026-11-20',
  accessed: '2026-11-21',
  key: 'methods/wangwenwenqie-fault-finding',
};
const source = { publication: '江苏工人报', title: '徐州：“助企行”开拓新路径', date: '2024-03', author: '胥明虎', section: '2版' };

describe('citations', () => {
  it('follow GB/T 7714-2015 for the page and for newspaper sources', () => {
    expect(gbt7714Page(page)).toBe('劳模工匠知识库. 望闻问切法[EB/OL]. (2026-11-20)[2026-11-21]. https://example.org/methods/wangwenwenqie-fault-finding/.');
    expect(gbt7714Source(source)).toBe('胥明虎. 徐州：“助企行”开拓新路径[N]. 江苏工人报, 2024-03(2版).');
    expect(gbt7714Source({ publication: '广东工运 2025年第11期', title: '语录' })).toBe('语录[J]. 广东工运 2025年第11期.');
  });

  it('give BibTeX with a stable key and escaped braces', () => {
    expect(bibtexPage({ ...page, title: '{括号}' })).toBe(
      '@misc{methods:wangwenwenqie-fault-finding,\n  title = {\\{括号\\}},\n  author = {{劳模工匠知识库}},\n  year = {2026},\n  date = {2026-11-20},\n  url = {https://example.org/methods/wangwenwenqie-fault-finding/},\n  urldate = {2026-11-21},\n  language = {chinese}\n}',
    );
    expect(bibtexSource(source, 'k')).toContain('journal = {江苏工人报}');
  });
});

describe('open data over the real content', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const corpus = buildCorpus(checkContent({ root }).content);

  it.each(CONTENT_KINDS)('%s: one row per entry with codes, names, relations and sources', (kind) => {
    const rows = dataRows(corpus, kind, 'https://example.org/', () => '2026-11-21');
    expect(rows).toHaveLength(corpus.byKind[kind].length);
    for (const row of rows) {
      expect(row).toMatchObject({ url: expect.stringMatching(/^https:\/\/example\.org\//), updated: '2026-11-21' });
      expect((row.industries as string[]).length).toBe((row.industry_names as string[]).length);
      expect((row.regions as string[]).length).toBe((row.region_names as string[]).length);
      expect((row.sources as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('writes CSV that spreadsheets open as UTF-8 and that reads back to the same rows', () => {
    const rows = dataRows(corpus, 'cases', 'https://example.org/', () => '2026-11-21');
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFid,url,title,')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records).toHaveLength(rows.length + 1);
    const header = records[0]!;
    const first = Object.fromEntries(header.map((column, index) => [column, records[1]![index]]));
    expect(first.id).toBe(rows[0]!.id);
    expect(first.regions).toBe((rows[0]!.regions as string[]).join('；'));
    expect(first.title).toBe(rows[0]!.title);
  });

  it('exports the 数说 figure sets with region names, and their CSV reads back with every figure', () => {
    const sets = parse(readFileSync(new URL('../../content/figures.yaml', import.meta.url), 'utf8')) as FigureSet[];
    const rows = figureRows(sets);
    expect(rows).toHaveLength(sets.length);
    expect(rows[0]).toMatchObject({ id: sets[0]!.id, region_names: sets[0]!.regions.map((code) => taxonLabel('regions', code)) });
    const records = parseCsv(toCsv(rows).slice(1));
    const header = records[0]!;
    const figures = records.slice(1).map((record) => record[header.indexOf('figures')]);
    expect(figures).toEqual(sets.map((set) => set.figures.join('；')));
  });

  it('defuses cells a spreadsheet would run as formulas, keeps numbers, and leaves JSON exact', () => {
    const hostile = ['=HYPERLINK("https://evil.example","点")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const rows = [...hostile.map((title, index) => ({ id: `x${index}`, title })), { id: 'n', title: '-12.5' }, { id: 'p', title: '+3' }];
    const records = parseCsv(toCsv(rows).slice(1)).slice(1);
    expect(records.map((record) => record[1])).toEqual([...hostile.map((title) => `'${title}`), '-12.5', '+3']);
    expect(JSON.parse(JSON.stringify(rows))[0].title).toBe(hostile[0]);
  });

  it('publishes a JSON Schema per kind generated from the content schema', () => {
    const schema = dataJsonSchema('experts') as { type: string; items: { properties: Record<string, { title?: string }>; required: string[] } };
    expect(schema.type).toBe('array');
    expect(schema.items.properties.name?.title).toBe('姓名');
    expect(schema.items.required).toEqual(expect.arrayContaining(['name', 'sources', 'id', 'url', 'region_names']));
  });

  it('counts entries for the statistics page and draws bars proportional to them', () => {
    const stats = corpusStats(corpus.all, (kind) => kind);
    expect(stats.byKind.reduce((sum, count) => sum + count.value, 0)).toBe(corpus.all.length);
    expect(stats.byYear.map((count) => count.key)).toEqual([...stats.byYear.map((count) => count.key)].sort());
    const bars = barChart([
      { key: 'a', label: 'A', value: 10 },
      { key: 'b', label: 'B', value: 5 },
    ]);
    expect(bars.map((bar) => bar.percent)).toEqual([100, 50]);
  });

  it('describes each kind with fitting schema.org types', () => {
    const types = CONTENT_KINDS.map((kind) => structuredData(corpus.byKind[kind][0]!, 'https://example.org/x/', '2026-11-21')['@type']);
    expect(types).toEqual(['Article', 'Person', 'Organization', 'HowTo', 'Course', 'Question']);
    const entry = corpus.byKind.methods[0]!;
    if (entry.kind !== 'methods') throw new Error('the methods list holds a non-method');
    const method = structuredData(entry, 'https://example.org/x/', '2026-11-21') as { step: unknown[] };
    expect(method.step.length).toBe(entry.data.steps.length);
  });
});

describe('permanent URLs', () => {
  it('fails for a published URL that disappears without a redirect, and accepts one with a redirect', () => {
    expect(checkManifest(['/a/', '/b/'], ['/a/', '/c/'], {})).toEqual({ broken: ['/b/'], danglingRedirects: [], added: ['/c/'] });
    expect(checkManifest(['/a/', '/b/'], ['/a/', '/c/'], { '/b/': '/c/' }).broken).toEqual([]);
    expect(checkManifest(['/a/'], ['/a/'], { '/old/': '/missing/' }).danglingRedirects).toEqual(['/old/ → /missing/']);
  });

  it('leaves numbered list pages out: they move as lists grow', () => {
    expect(checkManifest(['/cases/'], ['/cases/', '/cases/page/2/', '/cases/paging-method/'], {}).added).toEqual(['/cases/paging-method/']);
  });

  it('refuses a redirect from a path the content gives a page', () => {
    expect(redirectsOverPages({ '/industries/C27/': '/industries/C/', '/old/': '/new/' }, ['/industries/C27/', '/new/'])).toEqual(['/industries/C27/']);
  });

  it('reads back what it writes', () => {
    expect(parseManifest(formatManifest(['/b/', '/a/']))).toEqual(['/a/', '/b/']);
  });
});

describe('feed', () => {
  it('lists the most recently updated entries first, escaped', () => {
    const xml = atomFeed({
      title: 'T',
      siteUrl: 'https://example.org/',
      entries: [
        { title: 'old', url: 'https://example.org/cases/a/', summary: 'a', updated: '2025-01-01' },
        { title: 'new & <b>', url: 'https://example.org/cases/b/', summary: 'b', updated: '2026-01-01' },
      ],
    });
    expect(xml.indexOf('new &amp; &lt;b&gt;')).toBeLessThan(xml.indexOf('old'));
    expect(xml).toContain('<updated>2026-01-01T00:00:00Z</updated>');
  });
});

/** RFC 4180 reader, enough to read back our own CSV. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n') {
      record.push(field.replace(/\r$/, ''));
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  return records;
}
