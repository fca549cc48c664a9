import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { PLACEHOLDER_MESSAGE } from '../../src/lib/content-check/rules/placeholders.ts';
import { entryTemplate, PLACEHOLDER } from '../../src/lib/entry-template.ts';
import { fixEntry, normaliseDate } from '../../src/lib/fix-entry.ts';
import { suggestId } from '../../src/lib/pinyin-id.ts';
import { CONTENT_KINDS } from '../../src/schema/index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** What an editor would type in place of each placeholder, by field. */
const FILLS: Record<string, string> = {
  industries: 'C38',
  regions: '"440100"',
  experts: 'wang-gongjiang',
  originators: 'wang-gongjiang',
  teachers: 'wang-gongjiang',
  methods: 'test-method',
  teams: 'test-team',
  parent: 'test-team',
  leads: 'wang-gongjiang',
  members: 'wang-gongjiang',
  solvedBy: 'test-case',
  type: '服务队',
  status: '已解决',
  date: '"2025-11"',
  summary: '一句话摘要。',
};

function fillPlaceholders(template: string): string {
  let field = '';
  return template
    .split('\n')
    .map((line) => {
      field = /^\s*(?:- )?(\w+):/.exec(line)?.[1] ?? field;
      return line.replace(/【待填写[^】]*】/, FILLS[field] ?? '测试内容');
    })
    .join('\n');
}

/** Scratch projects of the current test, deleted after it. */
const scratch: string[] = [];
afterEach(() => {
  for (const root of scratch.splice(0)) rmSync(root, { recursive: true, force: true });
});

function projectWith(kind: string, text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'portal-new-'));
  scratch.push(root);
  cpSync(fixture('check-valid/content'), join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'content', kind), { recursive: true });
  writeFileSync(join(root, 'content', kind, 'new-entry.md'), text);
  return root;
}

describe('entry template', () => {
  it.each(CONTENT_KINDS)('%s: refused while placeholders remain, valid once they are filled', (kind) => {
    const template = entryTemplate(kind, '2025-11-21');
    const file = `content/${kind}/new-entry.md`;
    const before = checkContent({ root: projectWith(kind, template), only: [file] }).problems;
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((problem) => problem.message === PLACEHOLDER_MESSAGE)).toBe(true);

    const filled = fillPlaceholders(template);
    expect(filled).not.toContain(PLACEHOLDER);
    expect(checkContent({ root: projectWith(kind, filled), only: [file] }).problems).toEqual([]);
  });

  it('carries every field of the schema with a comment, and today as the date', () => {
    const template = entryTemplate('courses', '2025-11-21');
    for (const key of ['title', 'summary', 'date', 'industries', 'regions', 'organiser', 'teachers', 'format', 'audience', 'topics', 'sources']) {
      expect(template).toMatch(new RegExp(`^# .+\\n${key}:`, 'm'));
    }
    expect(template).toContain('date: "2025-11-21"');
  });
});

describe('npm run new', () => {
  // The project's pinned Node (type stripping), whichever Node runs vitest.
  const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
  const run = (...args: string[]) => spawnSync(node, ['scripts/new.ts', ...args], { encoding: 'utf8' });

  it('refuses a Chinese id and suggests its pinyin', () => {
    const result = run('expert', '夏伯党');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run new -- expert xia-bodang');
  });

  it('refuses an id that exists', () => {
    const result = run('expert', 'xia-bodang');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/experts/xia-bodang.md 已经存在');
  });

  it('suggests pinyin ids', () => {
    expect(suggestId('夏伯党', true)).toBe('xia-bodang');
    expect(suggestId('5G港口', false)).toBe('5g-gang-kou');
  });
});

describe('npm run fix', () => {
  const messy =
    '\uFEFF---\r\nsummary: 摘要。  \r\ntitle: 乱序\r\ndate: 2025年5月\r\nindustries: [Ｃ３８]\r\nregions: [440100]\r\nexperts: []\r\norganisations: []\r\nresults: []\r\nsources:\r\n  - publication: 报\r\n    title: 文\r\n    date: 2025/11/3\r\n---\r\n## 问题\r\n\r\n正文。  \r\n';

  it('repairs key order, dates, codes and trailing spaces, keeping BOM and CRLF', () => {
    const { text, changes } = fixEntry(messy, 'cases');
    expect(changes).toEqual(['key order', 'date format', 'code format', 'trailing spaces']);
    expect(text).toBe(
      '\uFEFF---\r\ntitle: 乱序\r\nsummary: 摘要。\r\ndate: "2025-05"\r\nindustries: [C38]\r\nregions: ["440100"]\r\nexperts: []\r\norganisations: []\r\nresults: []\r\nsources:\r\n  - publication: 报\r\n    title: 文\r\n    date: "2025-11-03"\r\n---\r\n## 问题\r\n\r\n正文。\r\n',
    );
    expect(fixEntry(text, 'cases').changes).toEqual([]);
  });

  it('reads the date formats editors write', () => {
    expect(normaliseDate('2025年5月26日')).toBe('2025-05-26');
    expect(normaliseDate('2025.5')).toBe('2025-05');
    expect(normaliseDate('２０２５')).toBe('2025');
    expect(normaliseDate(new Date('2024-02-23'))).toBe('2024-02-23');
    expect(normaliseDate('去年')).toBeUndefined();
  });
});

describe('contributor guide', () => {
  it('has the field reference generated from the schemas, up to date', async () => {
    const { readFileSync } = await import('node:fs');
    const { fieldReferenceMarkdown } = await import('../../src/lib/field-reference.ts');
    const guide = readFileSync(fileURLToPath(new URL('../../CONTRIBUTING.md', import.meta.url)), 'utf8');
    expect(guide, 'run npm run docs:fields').toContain(fieldReferenceMarkdown());
    expect(guide.indexOf('# 参与贡献')).toBeLessThan(guide.indexOf('# Contributing'));
  });

  it("links every entry to GitHub's editor from one repository setting", async () => {
    const { editUrl } = await import('../../src/lib/edit-link.ts');
    expect(editUrl('cases', 'x', { url: 'https://github.com/o/r', branch: 'main' })).toBe('https://github.com/o/r/edit/main/content/cases/x.md');
  });
});
