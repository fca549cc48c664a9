import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cityOf, isMunicipality, provinceOf, provinceWhole, regionLevel, sectionOf } from '../../src/taxonomy/codes.ts';
import { industryNodes, regionNodes } from '../../src/taxonomy/data.ts';
import { neighbouringProvinces } from '../../src/taxonomy/neighbours.ts';
import regionsFile from '../../src/taxonomy/regions.json' with { type: 'json' };
import { industries, regionFacetCodes, regions, Taxonomy } from '../../src/taxonomy/taxonomy.ts';

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

describe('code arithmetic', () => {
  it('finds the section of an industry code', () => {
    expect(sectionOf('C38')).toBe('C');
    expect(sectionOf('C')).toBe('C');
  });

  it.each([
    ['440000', 'province', '440000', '440000'],
    ['441400', 'city', '440000', '441400'],
    ['441481', 'county', '440000', '441400'],
    ['441900', 'city', '440000', '441900'],
    ['500000', 'province', '500000', '500000'],
    ['500101', 'county', '500000', '500100'],
  ])('reads %s as a %s in province %s, city %s', (code, level, province, city) => {
    expect(regionLevel(code)).toBe(level);
    expect(provinceOf(code)).toBe(province);
    expect(cityOf(code)).toBe(city);
  });

  it('agrees with the level regions.json records for every code, and with its tree', () => {
    expect(regions.has('500101')).toBe(true);
    for (const { code, level } of regionsFile.regions) {
      expect(regionLevel(code), code).toBe(level);
      expect(provinceOf(code), code).toBe(regions.root(code)?.code);
    }
  });

  it('knows the four municipalities, which are the province-level units named 市', () => {
    for (const code of ['110000', '120000', '310000', '500000']) expect(isMunicipality(code), code).toBe(true);
    for (const code of ['440000', '500101', '810000']) expect(isMunicipality(code), code).toBe(false);
    const namedCity = regionNodes.filter((node) => node.parent === null && node.name.endsWith('市')).map((node) => node.code);
    expect(namedCity.filter(isMunicipality)).toEqual(namedCity);
    expect(namedCity).toHaveLength(4);
  });

  it('names every province-level whole as people say it: 全省, 全市 for the 直辖市, 全区 for 自治区 and 特别行政区', () => {
    const wholes = Object.fromEntries(regionNodes.filter((node) => node.parent === null).map((node) => [node.name, provinceWhole(node.code, node.name)]));
    expect(wholes).toMatchObject({ 广东省: 'province', 台湾省: 'province', 重庆市: 'municipality', 北京市: 'municipality' });
    expect(wholes).toMatchObject({ 内蒙古自治区: 'region', 新疆维吾尔自治区: 'region', 香港特别行政区: 'region', 澳门特别行政区: 'region' });
    expect(Object.values(wholes).filter((whole) => whole === 'region')).toHaveLength(7);
  });

  it.each([
    ['441481', ['441400', '440000']],
    ['441900', ['441900', '440000']],
    ['440000', ['440000']],
    ['500101', ['500000']],
    ['419001', ['410000']],
  ])('offers %s to search filters as %j', (code, facets) => {
    expect(regionFacetCodes(code)).toEqual(facets);
  });
});

describe('the ground floor', () => {
  const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);

  it.each(['taxonomy', 'text'])('src/%s imports only its own files and packages', (folder) => {
    const root = new URL(`../../src/${folder}/`, import.meta.url).pathname;
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const path = join(root, file);
      const imports = importsOf(path);
      const leaving = imports.filter((specifier) => specifier.startsWith('.') && !resolve(dirname(path), specifier).startsWith(root));
      const absolute = imports.filter((specifier) => specifier.startsWith('/') || specifier.startsWith('src/'));
      expect([...leaving, ...absolute], file).toEqual([]);
    }
  });
});

describe('neighbouring provinces', () => {
  const provinces = regionNodes.filter((node) => node.parent === null).map((node) => node.code);

  it('are listed both ways, for every province-level unit, and only between units that exist', () => {
    for (const province of provinces) {
      for (const neighbour of neighbouringProvinces(province)) {
        expect(provinces).toContain(neighbour);
        expect(neighbouringProvinces(neighbour), `${neighbour} lists ${province}`).toContain(province);
      }
    }
    expect(provinces.filter((province) => neighbouringProvinces(province).length === 0)).toEqual(['710000']);
  });

  it('read from any code inside a province', () => {
    expect(neighbouringProvinces('320300')).toEqual(['310000', '330000', '340000', '370000']);
  });
});
