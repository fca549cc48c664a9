/**
 * Complete, schema-valid entries for unit tests that build a corpus from a few inline entries:
 * each test states only the fields it is about, and the rest are plain defaults of the right type.
 */
import type { ContentKind, KindData, KindEntry } from '../../../src/schema/index.ts';

const common = { summary: 's', date: '2025', industries: ['C38'], regions: ['440100'], sources: [{ publication: '测试报', title: '测试报道' }] };

const defaults: { [K in keyof KindData]: KindData[K] } = {
  cases: { ...common, title: '案例', experts: [], organisations: [], results: [] },
  experts: { ...common, name: '人物', honours: [], employer: '不详', role: '不详', specialities: ['专长'] },
  methods: { ...common, title: '操作法', problem: '问题', steps: ['步骤'] },
  courses: { ...common, title: '课程', organiser: '主办', format: '线下', audience: '不详', topics: ['内容'] },
  teams: { ...common, name: '团队', type: '服务队', focus: ['方向'], figures: [] },
  needs: { ...common, title: '需求', enterprise: '不详', status: '待对接', statement: '问题' },
};

/** An entry of `kind` with the given fields and defaults for the rest. */
export function entryOf<K extends ContentKind>(kind: K, id: string, data: Partial<KindData[K]> = {}): KindEntry<K> & { body: string } {
  return { kind, id, data: { ...defaults[kind], ...data }, body: '' };
}
