import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t, zhCN } from '../../src/i18n/zh-CN.ts';
import { CONTENT_KINDS } from '../../src/schema/index.ts';

const SRC = new URL('../../src/', import.meta.url).pathname;
const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(astro|ts)$/.test(file) && !file.startsWith('i18n'))
  .map((file) => readFileSync(join(SRC, file), 'utf8'))
  .join('\n');

/** Keys written literally, and templates such as t(`kind.${kind}`) expanded over the content kinds and taxonomies. */
function usedKeys(): string[] {
  const literal = [...sources.matchAll(/\bt\(\s*'([^']+)'/g)].flatMap((match) => match[1] ?? []);
  const namespaces = [...new Set(Object.keys(zhCN).map((key) => key.split('.')[0]))].join('|');
  const labels = [...sources.matchAll(new RegExp(`'((?:${namespaces})\\.[\\w.]+)'`, 'g'))].flatMap((match) => match[1] ?? []);
  const templated = [...sources.matchAll(/\bt\(\s*`([^`]+)`/g)].flatMap((match) => {
    const variants = [...CONTENT_KINDS, 'industries', 'regions'];
    return variants.map((variant) => (match[1] ?? '').replace(/\$\{[^}]+\}/g, variant)).filter((key) => !key.includes('${'));
  });
  return [...new Set([...literal, ...labels, ...templated])];
}

describe('UI strings', () => {
  it('has every key the components use', () => {
    const known = new Set(Object.keys(zhCN));
    const literal = usedKeys().filter((key) => !/^(kind|index|entry\.backlinks|field)\./.test(key));
    expect(literal.filter((key) => !known.has(key))).toEqual([]);
    for (const kind of CONTENT_KINDS) {
      for (const key of [`kind.${kind}`, `kind.${kind}.plural`, `kind.${kind}.intro`, `entry.backlinks.${kind}`]) expect(known.has(key), key).toBe(true);
    }
    for (const taxonomy of ['industries', 'regions']) {
      for (const suffix of ['title', 'intro', 'nodeIntro', 'children', 'cross']) expect(known.has(`index.${taxonomy}.${suffix}`)).toBe(true);
      expect(known.has(`field.${taxonomy}`)).toBe(true);
    }
  });

  it('fills placeholders', () => {
    expect(t('list.count', { count: 3 })).toBe('共 3 条');
  });
});
