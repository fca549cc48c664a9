import { describe, expect, it } from 'vitest';
import { entryPath, firstWantedRank, isHit, parseRankingSet, type RankingQuery, resultPath, scoreRanking, unknownWanted } from '../../scripts/lib/ranking.ts';

const query = (within: RankingQuery['within'], want = ['experts/xia-bodang'], group = 'names'): RankingQuery => ({ group, q: '夏伯党', want, within });

describe('ranking set', () => {
  it('reads groups in order, each item with its group', () => {
    const set = parseRankingSet(`
names:
  - q: 夏伯党
    want: [experts/xia-bodang]
    within: 1
topics:
  - q: 猕猴桃
    want: [cases/heyuan-kiwifruit-technique, experts/huang-chunyuan]
    within: 3
`);
    expect(set).toEqual([
      { group: 'names', q: '夏伯党', want: ['experts/xia-bodang'], within: 1 },
      { group: 'topics', q: '猕猴桃', want: ['cases/heyuan-kiwifruit-technique', 'experts/huang-chunyuan'], within: 3 },
    ]);
  });

  it.each([
    ['a within outside 1, 3, 5', 'names:\n  - q: 金晶\n    want: [experts/jin-jing]\n    within: 2\n', /names\[0\] "金晶": within must be one of 1, 3, 5/],
    ['a want that is not kind/id', 'names:\n  - q: 金晶\n    want: [jin-jing]\n    within: 1\n', /names\[0\] "金晶": want holds "jin-jing"/],
    ['an empty want', 'names:\n  - q: 金晶\n    want: []\n    within: 1\n', /"金晶": want must be a non-empty list/],
    ['a missing q', 'names:\n  - want: [experts/jin-jing]\n    within: 1\n', /names\[0\]: q must be a non-empty string/],
    ['a misspelt key', 'names:\n  - q: 金晶\n    want: [experts/jin-jing]\n    whithin: 1\n', /"金晶": unknown key whithin/],
    ['an item that is not a mapping', 'names:\n  - 金晶\n', /names\[0\]: must be a mapping/],
    ['a group that is not a list', 'names: 金晶\n', /group names must be a non-empty list/],
  ])('rejects %s, naming the query', (_, text, message) => {
    expect(() => parseRankingSet(text)).toThrow(message);
  });

  it('finds wanted entries that do not exist', () => {
    const known = new Set(['/experts/xia-bodang/']);
    expect(unknownWanted([query(1, ['experts/xia-bodang', 'experts/nobody'])], (path) => known.has(path))).toEqual([{ q: '夏伯党', ref: 'experts/nobody' }]);
  });
});

describe('result paths', () => {
  it('maps kind/id to its page and normalises what searches return', () => {
    expect(entryPath('experts/xia-bodang')).toBe('/experts/xia-bodang/');
    expect(resultPath('/experts/xia-bodang/index.html')).toBe('/experts/xia-bodang/');
    expect(resultPath('/experts/xia-bodang')).toBe('/experts/xia-bodang/');
    expect(resultPath('http://127.0.0.1:4321/experts/xia-bodang/')).toBe('/experts/xia-bodang/');
  });
});

describe('ranking scores', () => {
  const other = ['/methods/wangwenwenqie-fault-finding/', '/courses/xuzhou-master-open-class-2/'];

  it('counts a hit when the first wanted entry ranks exactly at within, a miss one below', () => {
    const returned = [...other, '/experts/xia-bodang/'];
    expect(firstWantedRank(query(3), returned)).toBe(3);
    expect(isHit(query(3), returned)).toBe(true);
    expect(isHit(query(1), returned)).toBe(false);
    expect(isHit(query(1), ['/experts/xia-bodang/', ...other])).toBe(true);
  });

  it('ranks by the first of several wanted entries', () => {
    const want = ['experts/xia-bodang', 'methods/wangwenwenqie-fault-finding'];
    expect(firstWantedRank(query(1, want), ['/courses/xuzhou-master-open-class-2/', '/methods/wangwenwenqie-fault-finding/', '/experts/xia-bodang/'])).toBe(2);
  });

  it('scores absent and missing results as misses with reciprocal rank 0', () => {
    const absent = query(5);
    const unrun = query(5);
    const report = scoreRanking([absent, unrun], new Map([[absent, other]]));
    expect(firstWantedRank(absent, other)).toBeUndefined();
    expect(report.overall).toEqual({ queries: 2, hits: 0, hitRate: 0, mrr: 0 });
  });

  it('averages MRR over queries overall and over groups for the macro average', () => {
    const first = query(1, ['experts/xia-bodang'], 'names');
    const fourth = query(3, ['experts/xia-bodang'], 'names');
    const second = query(3, ['experts/xia-bodang'], 'topics');
    const results = new Map<RankingQuery, string[]>([
      [first, ['/experts/xia-bodang/']],
      [fourth, [...other, '/x/y/', '/experts/xia-bodang/']],
      [second, [other[0]!, '/experts/xia-bodang/']],
    ]);
    const report = scoreRanking([first, fourth, second], results);
    expect(report.groups.map(({ group, score }) => [group, score.queries, score.hits])).toEqual([
      ['names', 2, 1],
      ['topics', 1, 1],
    ]);
    expect(report.groups[0]!.score.mrr).toBeCloseTo((1 + 1 / 4) / 2);
    expect(report.overall.hitRate).toBeCloseTo(2 / 3);
    expect(report.overall.mrr).toBeCloseTo((1 + 1 / 4 + 1 / 2) / 3);
    expect(report.macro.hitRate).toBeCloseTo((1 / 2 + 1) / 2);
    expect(report.macro.mrr).toBeCloseTo(((1 + 1 / 4) / 2 + 1 / 2) / 2);
  });
});
