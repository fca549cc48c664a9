import { describe, expect, it } from 'vitest';
import { buildCorpus, newestFirst, type CorpusEntry } from '../../src/lib/corpus.ts';
import { brokenReferences } from '../../src/lib/relations.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { relatedEntries, relatedness } from '../../src/lib/related.ts';

const base = { summary: 's', date: '2025', industries: ['C38'], regions: ['440100'], sources: [] };
const entries = [
  { kind: 'experts' as const, id: 'xia', data: { ...base, name: '夏', date: '2024' } },
  { kind: 'experts' as const, id: 'li', data: { ...base, name: '李' } },
  { kind: 'methods' as const, id: 'wwwq', data: { ...base, title: '望闻问切法', originators: ['xia'] } },
  { kind: 'cases' as const, id: 'old-case', data: { ...base, title: '旧案例', date: '2023', experts: ['xia'], methods: ['wwwq'] } },
  { kind: 'cases' as const, id: 'new-case', data: { ...base, title: '新案例', date: '2025-05', experts: ['xia', 'ghost'], methods: [] } },
  { kind: 'courses' as const, id: 'class', data: { ...base, title: '公开课', teachers: ['xia'] } },
  { kind: 'cases' as const, id: 'far', data: { ...base, title: '远处', industries: ['A01'], regions: ['650000'], experts: [] } },
];

describe('relations', () => {
  it('finds references to missing entries with field and position', () => {
    expect(brokenReferences(entries).map(({ from, field, index, targetId }) => [from.id, field, index, targetId])).toEqual([['new-case', 'experts', 1, 'ghost']]);
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
  const places = (entry: { regions: string[] }) => new Set(entry.regions.filter((code) => !code.endsWith('0000')).flatMap((code) => [code, `${code.slice(0, 4)}00`]));
  const sharesCodeOrPlace = (entry: CorpusEntry, other: CorpusEntry) =>
    other.industries.some((code) => entry.industries.includes(code)) || [...places(other)].some((place) => places(entry).has(place));

  it('equal the best-scoring entries of the whole corpus that share a code or a place, though each page scores only a few buckets', () => {
    const corpus = buildCorpus(checkContent({ root: new URL('../..', import.meta.url).pathname }).entries);
    for (const entry of corpus.all) {
      const linked = new Set([entry, ...corpus.outgoing(entry).flatMap(({ targets }) => targets), ...corpus.incoming(entry).flatMap(({ entries }) => entries)]);
      const best = corpus.all
        .filter((other) => !linked.has(other) && sharesCodeOrPlace(entry, other) && relatedness(entry, other) >= 3)
        .sort((a, b) => relatedness(entry, b) - relatedness(entry, a) || newestFirst(a, b))
        .slice(0, 4);
      expect(relatedEntries(corpus, entry).map((other) => other.url), entry.url).toEqual(best.map((other) => other.url));
    }
  });
});
