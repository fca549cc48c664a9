import { describe, expect, it } from 'vitest';
import { expectedMatches, score } from '../../scripts/lib/search-quality.ts';
import { dateRanks, newestFirst, newestFirstIds } from '../../src/lib/search/date-order.ts';
import { cardExcerpt, excerptAround } from '../../src/lib/search/excerpt.ts';
import { foldChar, foldText } from '../../src/lib/search/fold.ts';
import { olderShardDirectory, shardLanguage, shardsFile, shardsOf } from '../../src/lib/search/shards.ts';
import { activeFilters, pagefindFilters, readSearchState, withoutFilter, withoutFilters, writeSearchState } from '../../src/lib/search/state.ts';
import { indexTokens, queryTerms, termQuery } from '../../src/lib/search/tokens.ts';
import { hideFromIndex, hideMeta, revealHidden, revealMeta } from '../../src/lib/search/unindexed.ts';
import { foldMapFor, traditionalToSimplifiedMap } from '../../src/lib/text-fold.ts';

const map = { 廣: '广', 東: '东', 傳: '传', 鋼: '钢', 結: '结', 構: '构' };

describe('folding', () => {
  it('maps traditional to simplified, full-width to half-width and upper to lower case, one unit for one', () => {
    const text = '廣東ＰＬＣ５G';
    expect(foldText(text, map)).toBe('广东plc5g');
    expect(foldText(text, map)).toHaveLength(text.length);
  });

  it('folds a text exactly as one unit at a time, with the folds it remembers (lone surrogates and the whole OpenCC map included)', () => {
    const full = traditionalToSimplifiedMap();
    const text = `${Object.keys(full).join('')}ＡＢＣ　\ud800x😀İ${'廣東ＰＬＣ'.repeat(50)}`;
    const oneAtATime = [...Array(text.length).keys()].map((index) => foldChar(text[index]!, full)).join('');
    expect(foldText(text, full)).toBe(oneAtATime);
    expect(foldText(text, full)).toHaveLength(text.length);
  });

  it('builds its map from OpenCC, and ships only what the corpus can match', () => {
    const full = traditionalToSimplifiedMap();
    expect(full.競).toBe('竞');
    expect(full.裡).toBe('里');
    expect(Object.keys(foldMapFor('竞赛'))).toEqual(expect.arrayContaining(['競', '賽']));
    expect(foldMapFor('竞赛').廣).toBeUndefined();
  });
});

describe('tokens', () => {
  it('reads through quotation and title marks, which wrap a phrase without ending it, on both sides', () => {
    expect(indexTokens('“广缆工匠”培育')).toBe('广缆 缆工 工匠 匠培 培育 育');
    expect(indexTokens('《安全法》培训，5g')).toBe('安全 全法 法培 培训 训 5g g');
    expect(queryTerms('“1+1”师带徒', {})).toEqual(['1', '1师带徒']);
    expect(queryTerms('广缆工匠培育', {})).toEqual(['广缆工匠培育']);
  });

  it('indexes overlapping bigrams plus the last character of each run', () => {
    expect(indexTokens('中广核电站，5g')).toBe('中广 广核 核电 电站 站 5g g');
  });

  it('turns a query into folded terms, split on spaces and punctuation', () => {
    expect(queryTerms(' 鋼結構　深圳，PLC ', map)).toEqual(['钢结构', '深圳', 'plc']);
    expect(queryTerms('1+1', map)).toEqual(['1']);
  });

  it('asks Pagefind for one token, or a phrase of bigrams', () => {
    expect(termQuery('网')).toBe('网');
    expect(termQuery('电网')).toBe('"电网"');
    expect(termQuery('中广核')).toBe('"中广 广核"');
    expect(termQuery('2025年')).toBe('"20 02 25 5年"');
  });
});

describe('excerpts', () => {
  it('mark the first match as one run in the original, unfolded text', () => {
    const excerpt = excerptAround('深圳的鋼結構連廊\n提升到位', ['钢结构'], map, 3);
    expect(excerpt).toEqual({ before: '深圳的', match: '鋼結構', after: '連廊 · …' });
    expect(excerptAround('一二三四深圳的鋼結構', ['钢结构'], map, 2).before).toBe('…圳的');
  });

  it('fall back to the opening text when nothing matches', () => {
    expect(excerptAround('abc', ['x'], map).after).toBe('abc');
  });
});

describe('search state in the URL', () => {
  it('reads and writes the documented parameters', () => {
    const state = readSearchState(new URLSearchParams('q=钢结构&type=case&region=440300,440000&sort=date'));
    expect(state).toEqual({ q: '钢结构', filters: { type: ['case'], state: [], industry: [], region: ['440300', '440000'], year: [] }, sort: 'date' });
    expect(writeSearchState(state).toString()).toBe(new URLSearchParams('q=钢结构&type=case&region=440300,440000&sort=date').toString());
  });

  it('combines values with OR inside a group and groups with AND, leaving one group out for its own counts', () => {
    const state = readSearchState(new URLSearchParams('type=case,method&year=2025'));
    expect(pagefindFilters(state)).toEqual({ type: { any: ['case', 'method'] }, year: { any: ['2025'] } });
    expect(pagefindFilters(state, 'type')).toEqual({ year: { any: ['2025'] } });
  });
});

describe('active filter chips', () => {
  it('lists each chosen value in group order, and removing one keeps the others and the query', () => {
    const state = readSearchState(new URLSearchParams('q=焊接&region=440300,320300&type=case&year=2024'));
    expect(activeFilters(state)).toEqual([
      { group: 'type', value: 'case' },
      { group: 'region', value: '440300' },
      { group: 'region', value: '320300' },
      { group: 'year', value: '2024' },
    ]);
    expect(writeSearchState(withoutFilter(state, 'region', '440300')).toString()).toBe(`q=${encodeURIComponent('焊接')}&type=case&region=320300&year=2024`);
    expect(writeSearchState(withoutFilters(state)).toString()).toBe(`q=${encodeURIComponent('焊接')}`);
  });
});

describe('quality measure', () => {
  const documents = [
    { url: '/a/', text: '深圳钢结构' },
    { url: '/b/', text: '钢结构在广州' },
    { url: '/c/', text: '钢的结构' },
  ];

  it('expects exactly the pages containing every folded term', () => {
    expect([...expectedMatches(documents, '鋼結構', map)]).toEqual(['/a/', '/b/']);
    expect([...expectedMatches(documents, '钢结构 深圳', map)]).toEqual(['/a/']);
  });

  it('scores recall and precision', () => {
    expect(score(new Set(['/a/', '/b/']), ['/a/', '/c/'])).toEqual({ recall: 0.5, precision: 0.5 });
    expect(score(new Set(), [])).toEqual({ recall: 1, precision: 1 });
  });
});

describe('meta hidden from the index', () => {
  const samples = ['工匠精神，传承不息。', 'ＣＮＣ 5G 数控-车床 (2025)', '𠀀 rare ideograph and emoji 🛠', ''];

  it('reads back exactly what was hidden, surrogate pairs included', () => {
    for (const text of samples) expect(revealHidden(hideFromIndex(text))).toBe(text);
    expect(revealMeta(hideMeta({ title: samples[0]!, region: '广东省' }))).toEqual({ title: samples[0], region: '广东省' });
  });

  it('leaves no letter, digit or space for an indexer to split into words', () => {
    for (const text of samples) expect(hideFromIndex(text)).not.toMatch(/[\p{L}\p{N}\p{M}\s]/u);
  });
});

describe('result cards', () => {
  const text = '一种找机电设备毛病的方法，由劳模总结。\n徐州市总工会\n线下\n主讲人在徐矿开讲，先讲道理再现场演示，教大家查出电缆哪里出了毛病。';

  it('show the summary marked where it holds the query', () => {
    const excerpt = cardExcerpt(text, ['机电'], {});
    expect(`${excerpt.before}[${excerpt.match}]${excerpt.after}`).toBe('一种找[机电]设备毛病的方法，由劳模总结。');
  });

  it('show the summary and the passage around a match further on, not the facts between', () => {
    const excerpt = cardExcerpt(text, ['电缆'], {}, 10);
    expect(excerpt.before.startsWith('一种找机电设备毛病的')).toBe(true);
    expect(excerpt.match).toBe('电缆');
    expect(`${excerpt.before}${excerpt.after}`).not.toContain('线下');
  });
});

describe('index shards', () => {
  it('cuts the newest-first pages into runs of the shard size, and lists the older ones with their counts', () => {
    const shards = shardsOf(['a', 'b', 'c', 'd', 'e'], 2);
    expect(shards).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    const older = shards.slice(1).map((shard, index) => ({ path: `/${olderShardDirectory(`en-s${index + 1}_0${index}`)}`, entries: shard.length }));
    expect(shardsFile(shards[0]!.length, older)).toEqual({
      entries: 5,
      first: 2,
      more: [
        { path: '/pagefind/shards/en-s1_00/', entries: 2 },
        { path: '/pagefind/shards/en-s2_01/', entries: 1 },
      ],
    });
    expect(shardsOf([], 2)).toEqual([[]]);
    expect(() => shardsOf(['a'], 0)).toThrow('at least one entry');
  });

  it('gives each shard its own Pagefind language tag, so page ids never collide across shards', () => {
    const tags = [0, 1, 2, 10].map(shardLanguage);
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags.every((tag) => tag.split('-')[0] === 'en')).toBe(true);
  });
});

describe('date order', () => {
  const pages = [
    { url: '/cases/b/', date: '2024' },
    { url: '/cases/a/', date: '2024-03' },
    { url: '/cases/c/', date: '2025-01-05' },
    { url: '/cases/d/', date: '2024' },
  ];
  const ids = new Map(pages.map((page) => [page.url, `en_${page.url.at(-2)}`]));

  it('lists page ids newest first, a partial date after the dates inside it, ties by URL', () => {
    expect(newestFirstIds(pages, ids)).toEqual(['en_c', 'en_a', 'en_b', 'en_d']);
  });

  it('refuses a page the index does not hold', () => {
    expect(() => newestFirstIds([...pages, { url: '/cases/e/', date: '2020' }], ids)).toThrow('/cases/e/');
  });

  it('puts results newest first, an id it does not know last', () => {
    const ranks = dateRanks(newestFirstIds(pages, ids));
    expect(newestFirst([{ id: 'en_x' }, { id: 'en_d' }, { id: 'en_c' }, { id: 'en_a' }], ranks).map((item) => item.id)).toEqual([
      'en_c',
      'en_a',
      'en_d',
      'en_x',
    ]);
  });
});
