import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { entryPageKey, entryPageModel } from '../../src/site/entry-page.ts';
import { entryOf } from './support/entries.ts';

const SITE = 'https://example.org';
// Real ids: the model reads each page's last change from git and the file.
const corpusWith = (teacherName: string, strangerTitle: string, methodBody = '') =>
  buildCorpus([
    entryOf('experts', 'xia-bodang', { name: teacherName }),
    entryOf('courses', 'xuzhou-master-open-class-2', { title: '公开课', teachers: ['xia-bodang'] }),
    { ...entryOf('methods', 'wangwenwenqie-fault-finding', { title: strangerTitle, industries: ['A01'], regions: ['650000'] }), body: methodBody },
  ]);
const keyOf = (corpus: ReturnType<typeof buildCorpus>, kind: 'courses' | 'methods', id: string) =>
  entryPageKey(entryPageModel(corpus, corpus.get(kind, id)!), SITE);

describe('entry page cache key', () => {
  it('changes when an entry the page shows is renamed', () => {
    expect(keyOf(corpusWith('夏', '远处'), 'courses', 'xuzhou-master-open-class-2')).not.toBe(
      keyOf(corpusWith('夏（改名）', '远处'), 'courses', 'xuzhou-master-open-class-2'),
    );
  });

  it('holds when an entry the page does not show changes', () => {
    expect(keyOf(corpusWith('夏', '远处'), 'courses', 'xuzhou-master-open-class-2')).toBe(
      keyOf(corpusWith('夏', '更远处'), 'courses', 'xuzhou-master-open-class-2'),
    );
  });

  it('changes with the entry itself, its body included, and with the address the site is published at', () => {
    const corpus = corpusWith('夏', '远处');
    expect(keyOf(corpus, 'methods', 'wangwenwenqie-fault-finding')).not.toBe(
      keyOf(corpusWith('夏', '远处', '新的一段'), 'methods', 'wangwenwenqie-fault-finding'),
    );
    const model = entryPageModel(corpus, corpus.get('methods', 'wangwenwenqie-fault-finding')!);
    expect(entryPageKey(model, SITE)).not.toBe(entryPageKey(model, 'https://mirror.example.org'));
  });
});
