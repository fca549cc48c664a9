import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { listFilterChips } from '../../src/lib/list-filters.ts';
import { buildTaxonIndex, cityOrProvince, crossLinks, type IndexNode, section } from '../../src/lib/taxon-index.ts';
import { crossLinkUrl } from '../../src/lib/taxon-labels.ts';
import { industries, regions, Taxonomy } from '../../src/taxonomy/taxonomy.ts';
import { entryOf } from './support/entries.ts';

const place = new Taxonomy([
  { code: '440000', name: '广东省', parent: null },
  { code: '441400', name: '梅州市', parent: '440000' },
  { code: '441481', name: '兴宁市', parent: '441400' },
  { code: '441600', name: '河源市', parent: '440000' },
  { code: '320000', name: '江苏省', parent: null },
  { code: '650000', name: '新疆维吾尔自治区', parent: null },
]);

const corpus = buildCorpus([
  entryOf('cases', 'tea', { title: '茶', date: '2024', industries: ['A01'], regions: ['441481'] }),
  entryOf('cases', 'kiwi', { title: '猕猴桃', date: '2025', industries: ['A01'], regions: ['441600'] }),
  entryOf('experts', 'both', { name: '两地', date: '2025-05', regions: ['441400', '441481'], industries: ['C38'] }),
  entryOf('methods', 'js', { title: '江苏法', date: '2023', industries: ['A01'], regions: ['320000'] }),
]);
const index = buildTaxonIndex(place, corpus.all, 'regions');
const ids = (node: IndexNode | undefined) => node?.entries.map((entry) => entry.id);

describe('taxon index on inline data', () => {
  it('rolls counts up the tree, counting an entry once even when it names a place and its parent', () => {
    expect(ids(index.get('441481'))).toEqual(['both', 'tea']);
    expect(ids(index.get('441400'))).toEqual(['both', 'tea']);
    expect(ids(index.get('440000'))).toEqual(['both', 'kiwi', 'tea']);
  });

  it('prunes nodes without entries: no page, no link', () => {
    expect(index.get('650000')).toBeUndefined();
    expect(index.roots.map((root) => root.code)).toEqual(['320000', '440000']);
    expect(index.get('440000')!.children.map((child) => child.code)).toEqual(['441400', '441600']);
  });

  it('groups entries by kind, newest first, and gives breadcrumbs from the root', () => {
    expect(index.get('440000')!.byKind.map((group) => [group.kind, group.entries.map((entry) => entry.id)])).toEqual([
      ['cases', ['kiwi', 'tea']],
      ['experts', ['both']],
    ]);
    expect(index.trail('441481').map((node) => node.name)).toEqual(['广东省', '梅州市', '兴宁市']);
  });

  it('cross-links an industry to the cities where it has entries', () => {
    const trade = buildTaxonIndex(industries, corpus.all, 'industries');
    const farming = trade.get('A')!;
    expect(crossLinks(farming, place, 'regions', cityOrProvince)).toEqual([
      { code: '320000', count: 1 },
      { code: '441400', count: 1 },
      { code: '441600', count: 1 },
    ]);
    expect(crossLinks(index.get('441400')!, industries, 'industries', section)).toEqual([
      { code: 'A', count: 1 },
      { code: 'C', count: 1 },
    ]);
  });
});

describe('taxon indexes over the real content', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { content, problems } = checkContent({ root });
  const real = buildCorpus(content);

  it.each([
    ['industries', industries],
    ['regions', regions],
  ] as const)('%s: every node counts exactly the entries carrying it or a code below it, and every coded entry is reachable', (field, taxonomy) => {
    expect(problems).toEqual([]);
    const realIndex = buildTaxonIndex(taxonomy, real.all, field);
    for (const node of realIndex.nodes) {
      const expected = real.all.filter((entry) => entry[field].some((code) => taxonomy.lineage(code).some((ancestor) => ancestor.code === node.code)));
      expect(node.entries.length, node.code).toBe(expected.length);
      expect(node.byKind.reduce((sum, group) => sum + group.entries.length, 0)).toBe(expected.length);
    }
    const reachable = new Set<string>();
    const walk = (nodes: IndexNode[]) => {
      for (const node of nodes) {
        for (const entry of node.entries) reachable.add(entry.url);
        walk(node.children);
      }
    };
    walk(realIndex.roots);
    // An entry whose source gives no code is reached from its kind's list instead, and says why on its page.
    expect(reachable.size).toBe(real.all.filter((entry) => entry[field].length > 0).length);
  });
});

describe('cross-links between the two indexes', () => {
  it('lead to search filtered by both where search can filter both, else to the other index', () => {
    expect(crossLinkUrl('regions', '440000', 'C')).toBe('/search/?industry=C&region=440000');
    expect(crossLinkUrl('industries', 'C', '441400')).toBe('/search/?industry=C&region=441400');
    expect(crossLinkUrl('regions', '441481', 'C')).toBe('/industries/C/');
    expect(crossLinkUrl('industries', 'C38', '440000')).toBe('/regions/440000/');
  });
});

describe('filter chips of a long list', () => {
  it('count each section and province once per entry and open search filtered to the kind and that code', () => {
    const corpus = buildCorpus([
      entryOf('experts', 'a', { industries: ['C38', 'C39'], regions: ['441481'] }),
      entryOf('experts', 'b', { industries: ['A01'], regions: ['440100', '320300'] }),
      entryOf('experts', 'c', { industries: [], regions: [], codesNote: '报道未写明。' }),
    ]);
    const chips = listFilterChips('experts', corpus.byKind.experts);
    expect(chips.industries.map(({ label, count }) => [label, count])).toEqual([
      ['农、林、牧、渔业', 1],
      ['制造业', 1],
    ]);
    expect(chips.regions.map(({ count }) => count)).toEqual([2, 1]);
    expect(chips.regions[0]!.href).toBe('/search/?type=expert&region=440000');
  });
});
