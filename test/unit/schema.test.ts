import { describe, expect, it } from 'vitest';
import { kinds } from '../../src/schema/index.ts';

const source = { publication: '南方工报', title: '测试文章', date: '2025-05-26' };
const common = { summary: '一句话摘要。', date: '2025', industries: ['C38'], regions: ['441481'], sources: [source] };

const valid = {
  cases: { title: '测试案例', ...common, experts: ['xia-bodang'], organisations: ['徐矿'], results: ['创效21亿元'] },
  experts: { name: '夏伯党', ...common, honours: ['全国劳动模范'], employer: '不详', role: '技师', specialities: ['机电设备维修'] },
  methods: { title: '望闻问切法', ...common, problem: '故障难找。', steps: ['望', '闻'] },
  courses: { title: '公开课', ...common, organiser: '徐州市总工会', format: '线下', audience: '一线职工', topics: ['故障排除'] },
};

const messages = (kind: keyof typeof kinds, data: unknown) =>
  kinds[kind].schema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('content schemas', () => {
  it.each(Object.keys(valid) as (keyof typeof valid)[])('accepts a valid %s entry', (kind) => {
    expect(messages(kind, valid[kind])).toEqual([]);
  });

  it('keeps partial dates at the precision written, including YAML numbers and dates', () => {
    for (const [input, output] of [
      [2025, '2025'],
      ['2025-05', '2025-05'],
      [new Date('2025-05-26'), '2025-05-26'],
    ] as const) {
      const parsed = kinds.cases.schema.parse({ ...valid.cases, date: input });
      expect(parsed.date).toBe(output);
    }
  });

  it('pins the wording of the editor-facing messages', () => {
    expect(
      messages('cases', {
        ...valid.cases,
        titel: '拼错',
        summary: '长'.repeat(161),
        date: '2025-13',
        industries: ['C99'],
        regions: ['Ｘ'],
        sources: [],
        experts: 'xia-bodang',
        results: undefined,
      }),
    ).toMatchInlineSnapshot(`
      [
        "summary: 最多 160 个字，现有 161 个 / at most 160 characters, found 161",
        "date: "2025-13" 不是真实存在的日期 / is not a real calendar date",
        "industries.0: "C99" 不是 GB/T 4754 代码（是否应为 C39 计算机、通信和其他电子设备制造业？） / "C99" is not a GB/T 4754 code (did you mean C39?)",
        "regions.0: "X" 不是 GB/T 2260 代码 / "X" is not a GB/T 2260 code",
        "experts: 应为列表，实际是文本 / expected list, got text",
        "results: 缺少必填字段 / required field is missing",
        "sources: 至少需要 1 项 / needs at least 1 item(s)",
        ": 未知字段 "titel" / unknown field(s)",
      ]
    `);
  });

  it('requires a source and a body-less kind still needs every required field', () => {
    expect(messages('experts', { ...valid.experts, sources: [] })).toEqual(['sources: 至少需要 1 项 / needs at least 1 item(s)']);
    expect(messages('methods', { ...valid.methods, steps: undefined })).toEqual(['steps: 缺少必填字段 / required field is missing']);
  });

  it('rejects source URLs that are not web addresses', () => {
    expect(messages('courses', { ...valid.courses, sources: [{ ...source, url: 'javascript:alert(1)' }] })[0]).toMatch(/不是有效网址/);
  });
});
