import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { buildCorpus, type CorpusEntry, newestFirst } from '../../src/lib/corpus.ts';
import { relatedEntries, relatedness } from '../../src/lib/related.ts';
import { brokenReferences } from '../../src/lib/relations.ts';
import { cityOf, regionLevel } from '../../src/taxonomy/codes.ts';
import { entryOf } from './support/entries.ts';

const entries = [
  entryOf('experts', 'xia', { name: '夏', date: '2024' }),
  entryOf('experts', 'li', { name: '李' }),
  entryOf('methods', 'wwwq', { title: '望闻问切法', originators: ['xia'] }),
  entryOf('cases', 'old-case', { title: '旧案例', date: '2023', experts: ['xia'], methods: ['wwwq'] }),
  entryOf('cases', 'new-case', { title: '新案例', date: '2025-05', experts: ['xia', 'ghost'], methods: [] }),
  entryOf('courses', 'class', { title: '公开课', teachers: ['xia'] }),
  entryOf('cases', 'far', { title: '远处', industries: ['A01'], regions: ['650000'] }),
];

describe('relations', () => {
  it('finds references to missing entries with field and position', () => {
    expect(brokenReferences(entries).map(({ from, field, index, targetId }) => [from.id, field, index, targetId])).toEqual([
      ['new-case', 'experts', 1, 'ghost'],
    ]);
  });

  it('gives each entry its incoming links grouped by kind, newest first', () => {
    const corpus = buildCorpus(entries);
    const xia = corpus.get('experts', 'xia')!;
    expect(corpus.incoming(xia).map((group) => [group.kind, group.entries.map((entry) => entry.id)])).toEqual([
      ['cases', ['new-case', 'old-case']],
      ['methods', ['wwwq']],
      ['courses', ['class']],
    ]);
  });

  it('resolves outgoing links in the order written and skips missing ones', () => {
    const corpus = buildCorpus(entries);
    const newCase = corpus.get('cases', 'new-case')!;
    expect(corpus.outgoing(newCase).map(({ field, targets }) => [field, targets.map((target) => target.id)])).toEqual([
      ['experts', ['xia']],
      ['methods', []],
      ['teams', []],
    ]);
  });

  it('suggests related entries from the same trade and place, not already linked', () => {
    const corpus = buildCorpus(entries);
    const related = relatedEntries(corpus, corpus.get('cases', 'old-case')!).map((entry) => entry.id);
    expect(related).toContain('li');
    expect(related).not.toContain('xia');
    expect(related).not.toContain('far');
  });

  it('lists each kind newest first', () => {
    const corpus = buildCorpus(entries);
    expect(corpus.byKind.cases.map((entry) => entry.id)).toEqual(['new-case', 'far', 'old-case']);
  });
});

describe('related lessons on the real corpus', () => {
  // Candidates share an industry code, or a city or county (a whole province is too coarse to count as the same place).
  const places = (entry: { regions: string[] }) =>
    new Set(entry.regions.filter((code) => regionLevel(code) !== 'province').flatMap((code) => [code, cityOf(code)]));
  const sharesCodeOrPlace = (entry: CorpusEntry, other: CorpusEntry) =>
    other.industries.some((code) => entry.industries.includes(code)) || [...places(other)].some((place) => places(entry).has(place));

  it('equal the best-scoring entries of the whole corpus that share a code or a place, though each page scores only a few buckets', () => {
    const corpus = buildCorpus(checkContent({ root: new URL('../..', import.meta.url).pathname }).content);
    for (const entry of corpus.all) {
      const linked = new Set([entry, ...corpus.outgoing(entry).flatMap(({ targets }) => targets), ...corpus.incoming(entry).flatMap(({ entries }) => entries)]);
      const best = corpus.all
        .filter((other) => !linked.has(other) && sharesCodeOrPlace(entry, other) && relatedness(entry, other) >= 3)
        .sort((a, b) => relatedness(entry, b) - relatedness(entry, a) || newestFirst(a, b))
        .slice(0, 4);
      expect(
        relatedEntries(corpus, entry).map((other) => other.url),
        entry.url,
      ).toEqual(best.map((other) => other.url));
    }
  });
});
