import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { paginate } from '../../src/lib/pagination.ts';
import { pageKey } from '../../src/site/page-key.ts';
import { entryOf } from './support/entries.ts';

const SITE = 'https://example.org';
const listKey = (title: string, body = '') => {
  const corpus = buildCorpus([{ ...entryOf('methods', 'wangwenwenqie-fault-finding', { title }), body }]);
  return pageKey(SITE, { kind: 'methods', page: paginate(corpus.byKind.methods)[0], total: 1 });
};

describe('list page cache key', () => {
  it('changes when an entry the list shows changes what its card shows', () => {
    expect(listKey('望闻问切')).not.toBe(listKey('望闻问切（修订）'));
  });

  it('holds when only the body of a listed entry changes: a card shows none of it', () => {
    expect(listKey('望闻问切')).toBe(listKey('望闻问切', '新的一段'));
  });

  it('keeps the page’s own entry whole, body included', () => {
    const [before, after] = ['', '新的一段'].map((body) => buildCorpus([{ ...entryOf('methods', 'wangwenwenqie-fault-finding'), body }]).all[0]!);
    expect(pageKey(SITE, { entry: before }, before)).not.toBe(pageKey(SITE, { entry: after }, after));
  });
});
