import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('content checker', () => {
  it('accepts valid entries, including UTF-8 BOM, CRLF, traditional characters and full-width punctuation', () => {
    const { problems, entries } = checkContent({ root: fixture('check-valid') });
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.id).sort()).toEqual([
      'bom-crlf-traditional',
      'chong-qing-ren',
      'li-weixieming',
      'test-case',
      'test-course',
      'test-method',
      'test-need',
      'test-team',
      'wang-gongjiang',
    ]);
  });

  it('folds YAML-typed and full-width values to the text the editor meant', () => {
    const { entries } = checkContent({ root: fixture('check-valid') });
    const unusual = entries.find((entry) => entry.id === 'bom-crlf-traditional')!;
    expect(unusual.data).toMatchObject({ date: '2025-05', industries: ['E47'], regions: ['440300'] });
  });

  const invalid = checkContent({ root: fixture('check-invalid') });

  it('reports every problem of every bad file in one run, one line each, with file, line and field', () => {
    expect(invalid.problems.map(formatProblem)).toMatchSnapshot();
  });

  it('finds at least one problem in every bad fixture and none in the baseline entries', () => {
    const root = fixture('check-invalid/content');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => `content/${name}`);
    const baseline = new Set(['content/methods/test-method.md']);
    const withProblems = new Set(invalid.problems.map((problem) => problem.file));
    for (const file of files) expect(withProblems.has(file), file).toBe(!baseline.has(file));
  });

  it.each([
    ['unknown-key.md', 'titel', 2, /did you mean title/],
    ['future-date.md', 'date', 4, /in the future/],
    ['impossible-date.md', 'date', 4, /not a real calendar date/],
    ['unknown-industry.md', 'industries', 5, /did you mean C39/],
    ['unknown-region.md', 'regions', 6, /did you mean 441481/],
    ['missing-reference.md', 'experts', 7, /li-bucunzai/],
    ['wrong-type.md', 'experts', 7, /expected list, got text/],
    ['broken-yaml.md', 'yaml', 9, /YAML syntax error/],
    ['script-tag.md', 'body', 18, /<script>/],
    ['event-handler.md', 'body', 18, /event-handler/],
    ['mobile-number.md', 'privacy', 18, /mobile phone/],
    ['gbk-encoding.md', 'encoding', 1, /GBK/],
    ['unreported-without-note.md', 'regions', 6, /needs a codesNote/],
    ['note-without-gap.md', 'codesNote', 7, /only for an empty/],
  ])('%s → %s at line %i', (name, field, line, message) => {
    const problem = invalid.problems.find(
      (candidate) => candidate.file === `content/cases/${name}` && candidate.field === field && message.test(candidate.message),
    );
    expect(problem).toBeDefined();
    expect(problem!.line).toBe(line);
    expect(problem!.message).toMatch(message);
  });

  it('refuses a person whose only region is the place of an event their source reports', () => {
    const problem = invalid.problems.find((candidate) => candidate.file === 'content/experts/lu-yan-ke.md');
    expect(problem).toMatchObject({ line: 6, field: 'regions' });
    expect(problem!.message).toMatch(/重庆市：测试路演/);
  });

  it.each([
    ['needs/solved-without-case.md', 'status', 8, /solvedBy/],
    ['teams/wrong-parent.md', 'type', 7, /创新工作室/],
    ['teams/wrong-parent.md', 'parent', 8, /no teams entry "test-method"/],
    ['teams/parent-loop-a.md', 'parent', 8, /parent-loop-a → parent-loop-b → parent-loop-a/],
    ['teams/parent-loop-b.md', 'parent', 8, /parent-loop-b → parent-loop-a → parent-loop-b/],
  ])('%s → %s at line %i', (name, field, line, message) => {
    const problem = invalid.problems.find((candidate) => candidate.file === `content/${name}` && candidate.field === field);
    expect(problem?.line).toBe(line);
    expect(problem!.message).toMatch(message);
  });

  it('refuses synonym groups that are not words or that the content never uses, at their lines in content/synonyms.yaml', () => {
    const problems = invalid.problems.filter((candidate) => candidate.file === 'content/synonyms.yaml');
    expect(problems.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 1, field: 'terms' },
      { line: 3, field: 'terms' },
    ]);
    expect(problems[0]!.message).toContain('测试的办法');
    expect(problems[1]!.message).toContain('奇异果');
  });

  it('limits the report to the named files but still resolves references against the whole corpus', () => {
    const { problems } = checkContent({ root: fixture('check-invalid'), only: ['content/cases/missing-reference.md', 'content/methods/test-method.md'] });
    expect(problems.map((problem) => problem.file)).toEqual(['content/cases/missing-reference.md']);
  });
});
