import { describe, expect, it } from 'vitest';
import { industryNodes, regionNodes } from '../../src/lib/taxonomy-data.ts';
import { industries, regions, Taxonomy } from '../../src/lib/taxonomy.ts';

describe('taxonomy files', () => {
  it('hold the 20 sections and 97 divisions of GB/T 4754-2017', () => {
    expect(industryNodes.filter((node) => node.parent === null)).toHaveLength(20);
    expect(industryNodes.filter((node) => node.parent !== null)).toHaveLength(97);
    expect(industries.name('C38')).toBe('电气机械和器材制造业');
    expect(industries.name('G55')).toBe('水上运输业');
  });

  it('hold GB/T 2260 codes as a proper tree: unique codes, parents exist, no cycles', () => {
    const codes = new Set(regionNodes.map((node) => node.code));
    expect(codes.size).toBe(regionNodes.length);
    for (const node of regionNodes) {
      expect(node.code).toMatch(/^\d{6}$/);
      if (node.parent) expect(codes.has(node.parent), node.code).toBe(true);
      expect(node.parent).not.toBe(node.code);
    }
    expect(regionNodes.filter((node) => node.parent === null)).toHaveLength(34);
  });

  it.each([
    ['441481', ['兴宁市', '梅州市', '广东省']],
    ['320321', ['丰县', '徐州市', '江苏省']],
    ['310101', ['黄浦区', '上海市']],
    ['441900', ['东莞市', '广东省']],
  ])('walks %s up to its province', (code, names) => {
    expect(regions.lineage(code).map((node) => node.name)).toEqual(names);
  });
});

describe('Taxonomy', () => {
  const tree = new Taxonomy([
    { code: 'C', name: '制造业', parent: null },
    { code: 'C19', name: '皮革', parent: 'C' },
    { code: 'C39', name: '电子', parent: 'C' },
    { code: 'C38', name: '电气', parent: 'C' },
  ]);

  it('suggests the closest code of the same shape', () => {
    expect(tree.suggest('C99')).toEqual(['C39']);
    expect(tree.suggest('C3')).toEqual([]);
    expect(industries.suggest('C99')).toEqual(['C39']);
    expect(regions.suggest('441482')).toEqual(['441481']);
  });

  it('lists children under their parent', () => {
    expect(tree.childrenOf.get('C')?.map((node) => node.code)).toEqual(['C19', 'C39', 'C38']);
    expect(tree.root('C38')?.code).toBe('C');
  });
});
