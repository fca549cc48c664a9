import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { finderFiles } from '../../src/lib/find/finder-files.ts';
import { finderSource } from '../../src/lib/find/finder-source.ts';
import { placesNamedIn } from '../../src/lib/find/places.ts';
import { finderData } from '../../src/lib/find/profiles.ts';
import { rankCandidates } from '../../src/lib/find/rank.ts';
import { listFilterChips } from '../../src/lib/list-filters.ts';
import { planConcepts, synonymIndex } from '../../src/lib/search/query-plan.ts';
import { dictionaryOf, intlSegment } from '../../src/lib/search/query-words.ts';
import { subtree } from '../../src/lib/tree.ts';
import { entryOf } from './support/entries.ts';

const corpus = buildCorpus([
  entryOf('teams', 'alliance', { name: '联盟', type: '联盟' }),
  entryOf('teams', 'branch', { name: '分联盟', type: '分联盟', parent: ['alliance'] }),
  entryOf('teams', 'studio', { name: '工作室', type: '创新工作室', parent: ['branch'], leads: ['xia'] }),
  entryOf('experts', 'xia', { name: '夏师傅', regions: ['320300'] }),
  entryOf('experts', 'far', { name: '远方师傅', regions: ['440100'] }),
  entryOf('cases', 'fault', { title: '煤矿机电设备故障排查', summary: '找出故障原因', experts: ['xia'], teams: ['studio'], regions: ['320300'] }),
  entryOf('cases', 'fault-far', { title: '机电设备故障处理', summary: '设备故障', experts: ['far'], regions: ['440100'] }),
  entryOf('methods', 'steel', { title: '钢结构焊接法', problem: '焊缝开裂', teams: ['branch'] }),
  entryOf('needs', 'open', { title: '新需求', status: '待对接', date: '2026' }),
  entryOf('needs', 'solved', { title: '已解决的需求', status: '已解决', solvedBy: ['fault'], date: '2026-06' }),
  entryOf('needs', 'older', { title: '老需求', status: '对接中', date: '2024' }),
]);

describe('teams', () => {
  it('roll up what a whole alliance has done, each case counted once', () => {
    const tree = subtree(corpus, corpus.get('teams', 'alliance')!)!;
    expect(tree.children.map((child) => child.entry.id)).toEqual(['branch']);
    expect(tree.children[0]!.children.map((child) => child.entry.id)).toEqual(['studio']);
    expect(tree.counts).toEqual([
      { kind: 'cases', count: 1 },
      { kind: 'methods', count: 1 },
    ]);
    expect(subtree(corpus, corpus.get('cases', 'fault')!)).toBeUndefined();
  });
});

describe('needs', () => {
  it('list open needs first, newest first, then solved ones', () => {
    expect(corpus.byKind.needs.map((need) => need.id)).toEqual(['open', 'older', 'solved']);
  });

  it('link back from the case that solved them', () => {
    expect(
      corpus
        .incoming(corpus.get('cases', 'fault')!)
        .find((group) => group.kind === 'needs')
        ?.entries.map((need) => need.id),
    ).toEqual(['solved']);
  });
});

describe('找专家', () => {
  const data = finderData(corpus, {}, (entry) => entry.kind);
  const files = new Map(finderFiles(data));
  const source = finderSource(async (path) => files.get(path));
  const concepts = (problem: string) => planConcepts([problem], new Set(), synonymIndex([['故障', '毛病']]), dictionaryOf(['机电设备', '故障']), intlSegment);

  it('lists only candidates with evidence, a team with its sub-teams’ evidence', () => {
    const names = data.candidates.map((candidate) => candidate.n).sort();
    expect(names).toEqual(['分联盟', '夏师傅', '工作室', '联盟', '远方师傅'].sort());
    const alliance = data.candidates.find((candidate) => candidate.n === '联盟')!;
    expect(alliance.e.map((link) => link.u).sort()).toEqual(['/cases/fault/', '/methods/steel/']);
  });

  it('ranks people and teams by evidence, says which words matched, and puts the nearby first when a place is chosen', async () => {
    const ranked = await rankCandidates(source, concepts('机电设备老出毛病'));
    expect(ranked.every((found) => found.evidence.length > 0)).toBe(true);
    expect(ranked[0]!.evidence[0]!.words).toContain('毛病');
    expect(ranked[0]!.evidence[0]!.forms).toContain('故障');
    const nearby = await rankCandidates(source, concepts('机电设备老出毛病'), { regions: ['320300'] });
    const people = nearby.filter((found) => found.candidate.k === 'experts').map((found) => found.candidate.n);
    expect(people).toEqual(['夏师傅', '远方师傅']);
    expect(
      (await rankCandidates(source, concepts('机电设备老出毛病'), { regions: ['440000'] })).find((found) => found.candidate.k === 'experts')?.candidate.n,
    ).toBe('远方师傅');
  });

  it('counts a neighbouring province as nearby, and reads the places a problem names', async () => {
    const fromAnhui = await rankCandidates(source, concepts('机电设备老出毛病'), { regions: ['340000'] });
    expect(fromAnhui.find((found) => found.candidate.n === '夏师傅')?.nearness).toBe(1);
    expect(fromAnhui.find((found) => found.candidate.n === '远方师傅')?.nearness).toBe(0);
    const places = [
      { code: '650000', label: '新疆维吾尔自治区' },
      { code: '320300', label: '徐州市' },
      { code: '510000', label: '四川省' },
    ];
    expect(placesNamedIn('我们在新疆和徐州的矿井', places)).toEqual(['650000', '320300']);
    expect(placesNamedIn('设备老出毛病', places)).toEqual([]);
  });

  it('finds no one without evidence', async () => {
    expect(await rankCandidates(source, concepts('茶园采茶'))).toEqual([]);
  });
});

describe('ways into the needs list', () => {
  it('offer each state in its order, with its count, as a filtered search', () => {
    const chips = listFilterChips('needs', corpus.byKind.needs);
    expect(chips.states.map(({ label, count }) => [label, count])).toEqual([
      ['待对接', 1],
      ['对接中', 1],
      ['已解决', 1],
    ]);
    expect(chips.states[2]!.href).toBe(`/search/?type=need&state=${encodeURIComponent('已解决')}`);
    expect(listFilterChips('cases', corpus.byKind.cases).states).toEqual([]);
  });
});
