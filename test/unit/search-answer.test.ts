import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRankingSet } from '../../scripts/lib/ranking.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { isPinyinQuery, PINYIN_SHARDS, pinyinMatches, pinyinShardFor } from '../../src/lib/search/pinyin-match.ts';
import { conceptWeight, containingConcept, planConcepts, synonymIndex } from '../../src/lib/search/query-plan.ts';
import { dictionaryOf, intlSegment, questionWords } from '../../src/lib/search/query-words.ts';
import { rankRelated } from '../../src/lib/search/related.ts';
import { correctionFor } from '../../src/lib/search/spelling.ts';
import { checkSynonymGroups, parseSynonyms } from '../../src/lib/search/synonyms.ts';
import { queryKey, titleKeys } from '../../src/lib/search/title-key.ts';
import { pinyinShards, searchPinyin, searchWords } from '../../src/lib/search/vocabulary.ts';
import { mergeWordShards, wordShardCount, wordShards, wordShardsFor } from '../../src/lib/search/word-shards.ts';
import { traditionalToSimplifiedMap } from '../../src/lib/text-fold.ts';
import { loadSiteContent } from '../../src/site/content.ts';
import { entryOf } from './support/entries.ts';

describe('words from a question', () => {
  const dictionary = dictionaryOf(['跳绳', '乡村学校', '望闻问切法']);

  it('keeps the corpus’s own words whole, segments the rest and drops question words', () => {
    expect(questionWords('跳绳怎么带动乡村学校', dictionary, intlSegment)).toEqual(['跳绳', '带动', '乡村学校']);
    expect(questionWords('机器坏了怎么办', dictionary, intlSegment)).toEqual(['机器']);
  });

  it('leaves nothing of a question made only of filler words', () => {
    expect(questionWords('怎么办呢', dictionary, intlSegment)).toEqual([]);
  });

  it('pairs the characters the segmenter could not group, and drops its words of function characters or a number and classifier', () => {
    const segmenter = (parts: string[]) => () => parts;
    expect(questionWords('面馆都要三天', dictionaryOf([]), segmenter(['面', '馆', '都要', '三天']))).toEqual(['面馆']);
    expect(questionWords('粉尘防爆', dictionaryOf([]), segmenter(['粉', '尘', '防', '爆']))).toEqual(['粉尘', '尘防', '防爆']);
    expect(questionWords('面的馆', dictionaryOf([]), segmenter(['面', '的', '馆']))).toEqual([]);
    // The corpus's own words stay, though made of function characters.
    expect(questionWords('人才', dictionaryOf(['人才']), segmenter(['人才']))).toEqual(['人才']);
    expect(questionWords('人才', dictionaryOf([]), segmenter(['人才']))).toEqual([]);
  });
});

describe('query plan', () => {
  const synonyms = synonymIndex([['产改', '产业工人队伍建设改革']]);
  const dictionary = dictionaryOf(['跳绳', '乡村']);

  it('splits only the terms that are not found whole, and searches every synonym of a word', () => {
    const concepts = planConcepts(['产改', '跳绳进乡村'], new Set(['产改']), synonyms, dictionary, intlSegment);
    expect(concepts.map((concept) => concept.word)).toEqual(['产改', '跳绳', '乡村']);
    expect(concepts[0]!.forms).toEqual([
      { term: '产改', reason: { kind: 'word' } },
      { term: '产业工人队伍建设改革', reason: { kind: 'synonym', via: '产业工人队伍建设改革' } },
    ]);
  });

  it('drops a lone letter or digit beside other words (a pasted tag, the 1 of 1+1)', () => {
    expect(planConcepts(['img', 'x', '1'], new Set(['img', 'x', '1']), synonyms, undefined, intlSegment).map((concept) => concept.word)).toEqual(['img']);
  });

  it('marks the words only the segmenter found, outside the corpus’s vocabulary, as everyday words that weigh less', () => {
    const concepts = planConcepts(['产改', '跳绳愿意去乡村'], new Set(['产改']), synonyms, dictionary, intlSegment);
    const everyday = Object.fromEntries(concepts.map((concept) => [concept.word, conceptWeight(concept)]));
    expect(everyday).toEqual({ 产改: 1, 跳绳: 1, 乡村: 1, 愿意: 0.5 });
  });

  it('widens a word found nowhere to the groups whose terms hold it, keeping the word for the reason shown', () => {
    const groups = [
      ['粉尘涉爆', '粉尘爆炸'],
      ['污水处理', '废水处理'],
      ['水处理设备', '净水设备'],
    ];
    expect(containingConcept('爆炸', groups)).toEqual({
      word: '爆炸',
      forms: [
        { term: '粉尘涉爆', reason: { kind: 'synonym', via: '粉尘涉爆' } },
        { term: '粉尘爆炸', reason: { kind: 'synonym', via: '粉尘爆炸' } },
      ],
    });
    expect(containingConcept('废水', groups)?.forms.map((form) => form.term)).toEqual(['污水处理', '废水处理']);
    // Held by no group, or by more groups than one word can stand for: left as typed.
    expect(containingConcept('钢桥', groups)).toBeUndefined();
    expect(containingConcept('处理', [...groups, ['处理器', '芯片']])).toBeUndefined();
  });
});

describe('related ranking', () => {
  const concept = (word: string) => ({ word, forms: [{ term: word, reason: { kind: 'word' } as const }] });

  it('counts an everyday word for less than an as rare word of the corpus’s vocabulary', () => {
    const ranked = rankRelated(
      [
        { concept: { ...concept('愿意'), everyday: true }, ids: [['a']] },
        { concept: concept('攻关'), ids: [['b']] },
      ],
      100,
      new Set(),
    );
    expect(ranked.map((result) => result.id)).toEqual(['b', 'a']);
    expect(ranked[1]!.score).toBeCloseTo(ranked[0]!.score / 2);
  });

  it('ranks pages by how many words they hold, rare words weighing more, and leaves exact matches out', () => {
    const ranked = rankRelated(
      [
        { concept: concept('跳绳'), ids: [['a', 'b']] },
        { concept: concept('学校'), ids: [['c', 'b', 'd', 'e', 'f', 'g']] },
      ],
      100,
      new Set(['g']),
    );
    expect(ranked.map((result) => result.id)).toEqual(['b', 'a', 'c', 'd', 'e', 'f']);
    expect(ranked[0]!.words).toEqual(['跳绳', '学校']);
  });

  it('names a synonym a page was found by, and puts a pinned title first', () => {
    const synonymConcept = {
      word: '产改',
      forms: [
        { term: '产改', reason: { kind: 'word' } as const },
        { term: '产业工人队伍建设改革', reason: { kind: 'synonym', via: '产业工人队伍建设改革' } as const },
      ],
    };
    const ranked = rankRelated([{ concept: synonymConcept, ids: [['a'], ['b', 'a']] }], 10, new Set(), ['b']);
    expect(ranked.map((result) => result.id)).toEqual(['b', 'a']);
    expect(ranked[0]!.reasons).toEqual([{ kind: 'synonym', via: '产业工人队伍建设改革' }]);
    expect(ranked[1]!.reasons).toEqual([]);
  });
});

describe('did you mean', () => {
  it('offers the title or word one character away', () => {
    expect(correctionFor('望闻问切发', ['望闻问切法'], [])).toBe('望闻问切法');
    expect(correctionFor('望闻切法', ['望闻问切法'], [])).toBe('望闻问切法');
    expect(correctionFor('望闻问切法法', ['望闻问切法'], [])).toBe('望闻问切法');
    expect(correctionFor('夏伯当', [], ['夏伯党'])).toBe('夏伯党');
  });

  it('offers nothing two characters away, or for words too short to correct', () => {
    expect(correctionFor('望问切发', ['望闻问切法'], [])).toBeUndefined();
    expect(correctionFor('数控', ['数据'], [])).toBeUndefined();
  });
});

describe('word files by character', () => {
  const { corpus } = loadSiteContent();
  const synonyms = parseSynonyms(readFileSync('content/synonyms.yaml', 'utf8')).groups.map((group) => group.terms);
  const whole = searchWords(corpus, synonyms, traditionalToSimplifiedMap());
  const count = wordShardCount(whole);
  const shards = wordShards(whole, count);
  const loaded = (terms: readonly string[]) => mergeWordShards(wordShardsFor(terms, count).map((shard) => shards[shard]!));

  it('hold every word once per character it is filed under, and merge back in the whole file’s order', () => {
    expect(shards).toHaveLength(count);
    expect(mergeWordShards(shards)).toEqual(whole);
    // A national corpus's words: more files, each still a few kilobytes.
    const han = (index: number) => String.fromCodePoint(0x4e00 + (index % 5000));
    const national = { words: Array.from({ length: 200_000 }, (_, index) => `${han(index)}${han(index * 7)}${index}`), titles: [] };
    expect(wordShardCount(national)).toBeGreaterThan(count);
    const largest = Math.max(...wordShards(national, wordShardCount(national)).map((shard) => JSON.stringify(shard).length));
    expect(largest).toBeLessThan(64 * 1024);
    expect(loaded(['焦发魁']).titles).toContain('焦发魁');
  });

  it('split every question of the ranking set as the whole word list does', () => {
    const questions = loadRankingSet(resolve('test/fixtures/search-ranking.yaml')).map((query) => query.q);
    expect(questions.length).toBeGreaterThan(60);
    for (const question of questions)
      expect(questionWords(question, dictionaryOf(loaded([question]).words), intlSegment), question).toEqual(
        questionWords(question, dictionaryOf(whole.words), intlSegment),
      );
  });

  it('offer the same correction as the whole list for a title mistyped at its start, middle or end', () => {
    for (const title of whole.titles.filter((candidate) => [...candidate].length >= 4)) {
      const chars = [...title];
      const middle = Math.floor(chars.length / 2);
      const typos = [
        ['口', ...chars.slice(1)],
        chars.slice(1),
        ['口', ...chars],
        [...chars.slice(0, middle), '口', ...chars.slice(middle + 1)],
        chars.slice(0, -1),
      ].map((typo) => typo.join(''));
      for (const typo of typos) {
        const expected = correctionFor(typo, whole.titles, whole.words);
        expect(expected, typo).toBeDefined();
        const { titles, words } = loaded([typo]);
        expect(correctionFor(typo, titles, words), typo).toBe(expected);
      }
    }
  });
});

describe('pinyin', () => {
  const entries: [string, string, string][] = [
    ['jiaofakui', 'jfk', '焦发魁'],
    ['mengwei', 'mw', '孟维'],
    ['wangwenwenqiefa', 'wwwqf', '望闻问切法'],
  ];

  it('matches full pinyin with or without spaces, initials, and the start of a long title', () => {
    expect(isPinyinQuery('meng wei')).toBe(true);
    expect(isPinyinQuery('5G')).toBe(false);
    expect(pinyinMatches('jiaofakui', entries)).toEqual(['焦发魁']);
    expect(pinyinMatches('Meng Wei', entries)).toEqual(['孟维']);
    expect(pinyinMatches('jfk', entries)).toEqual(['焦发魁']);
    expect(pinyinMatches('wangwenwenqie', entries)).toEqual(['望闻问切法']);
    expect(pinyinMatches('wang', entries)).toEqual([]);
  });

  it('spells names (surnames as surnames), titles and the editors’ topic words', () => {
    const corpus = buildCorpus([entryOf('experts', 'shan', { name: '单雄' }), entryOf('methods', 'steps', { title: '集体协商流程' })]);
    const file = searchPinyin(
      corpus,
      [
        ['集体协商', '工资协商'],
        ['5G', '第五代移动通信'],
      ],
      {},
    );
    expect(file.entries).toContainEqual(['shanxiong', 'sx', '单雄']);
    expect(pinyinMatches('ji ti xie shang', file.entries)).toEqual(['集体协商流程', '集体协商']);
    expect(pinyinMatches('gongzixieshang', file.entries)).toEqual(['工资协商']);
    expect(file.entries.some(([, , term]) => term === '5g')).toBe(false);
  });

  it('finds in a query’s one file every spelling it matches in all of them', () => {
    const { corpus } = loadSiteContent();
    const all = searchPinyin(corpus, [], traditionalToSimplifiedMap()).entries;
    const shards = pinyinShards({ entries: all });
    expect(shards).toHaveLength(PINYIN_SHARDS);
    const queries = all.flatMap(([full, initials]) => [full, initials, full.slice(0, 6), full.slice(0, 8), `${full.slice(0, 4)} ${full.slice(4)}`]);
    for (const query of queries.filter((letters) => letters.length >= 2)) {
      const inFile = pinyinMatches(query, shards[pinyinShardFor(query)]!.entries);
      expect(inFile, query).toEqual(pinyinMatches(query, all));
    }
    expect(pinyinMatches('jiaofakui', shards[pinyinShardFor('jiao fa kui')]!.entries)).toEqual(['焦发魁']);
  });
});

describe('title keys', () => {
  const map = {};

  it('match a query typed as the whole title, without its punctuation, method suffix or year', () => {
    const keys = titleKeys('“芯星”人才工匠课堂', map);
    expect(keys).toContain(queryKey(['芯星人才工匠课堂']));
    expect(titleKeys('望闻问切法', map)).toContain(queryKey(['望闻问切']));
    expect(titleKeys('劳模工匠本科班2025级', map)).toContain(queryKey(['劳模工匠本科班']));
    expect(keys).not.toContain(queryKey(['人才']));
  });

  it('have one length, since Pagefind matches a query word as a prefix', () => {
    expect(new Set(['a', '望闻问切法', '劳模工匠本科班2025级'].map((title) => queryKey([title]).length)).size).toBe(1);
  });
});

describe('synonyms file', () => {
  it('reads groups with their lines', () => {
    const { groups, problems } = parseSynonyms(
      '- terms: [产改, 产业工人队伍建设改革]\n  source: seeds/002.txt\n- terms: [故障, 毛病]\n  source: common usage\n',
    );
    expect(problems).toEqual([]);
    expect(groups.map((group) => [group.terms, group.line])).toEqual([
      [['产改', '产业工人队伍建设改革'], 1],
      [['故障', '毛病'], 3],
    ]);
  });

  it('refuses malformed groups, a term listed twice, and a group the content never uses, at their lines', () => {
    const { groups, problems } = parseSynonyms(
      '- terms: [产改]\n  source: x\n- terms: [故障, 毛 病]\n  source: x\n- terms: [毛病, 故障]\n- terms: [奇异果, 弥猴桃]\n  source: x\n',
    );
    expect(problems.map((problem) => problem.line)).toEqual([1, 3, 5]);
    expect(problems[1]!.message).toContain('毛 病');
    expect(problems[2]!.message).toContain('source');
    const content = checkSynonymGroups(groups, '设备故障');
    expect(content.map((problem) => problem.line)).toEqual([5, 6]);
    expect(content[0]!.message).toContain('故障');
    expect(content[1]!.message).toContain('奇异果');
  });
});
