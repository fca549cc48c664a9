/**
 * The content checker: every problem in content/, one line each, without a
 * site build. Used by `npm run check`, by the Astro build (which refuses to
 * publish anything while a problem remains) and by the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTENT_KINDS, type ContentKind } from '../../schema/index.ts';
import type { ContentEntry } from '../corpus.ts';
import { decodeContent } from './decode.ts';
import { lineOf, parseContentFile } from './parse.ts';
import { checkBody } from './rules/body.ts';
import { checkCodesNote } from './rules/codes-note.ts';
import { checkDuplicates } from './rules/duplicates.ts';
import { checkEventPlace, loadEventPlaces } from './rules/event-place.ts';
import { checkFileName } from './rules/file-name.ts';
import { checkPersonalData } from './rules/personal-data.ts';
import { checkPlaceholders, PLACEHOLDER_MESSAGE } from './rules/placeholders.ts';
import { checkRawHtml } from './rules/raw-html.ts';
import { checkReferences } from './rules/references.ts';
import { checkSchema } from './rules/schema.ts';
import { checkSynonyms } from './rules/synonyms.ts';
import { checkTreeCycles } from './rules/tree-cycles.ts';
import type { Problem, ValidEntry } from './types.ts';

export type { Problem, ValidEntry } from './types.ts';

export interface CheckOptions {
  /** Project root holding `content/`. */
  root: string;
  /** Only report problems in these files (paths relative to root); all files are still read for references. */
  only?: readonly string[];
}

export interface CheckResult {
  problems: Problem[];
  /** Every readable entry, valid or not, as the cross-file rules see it. */
  entries: ValidEntry[];
  /** The entries that passed their schema, typed: what the corpus is built from once `problems` is empty. */
  content: ContentEntry[];
  filesChecked: number;
}

const ENTRY_FILE = /\.mdx?$/;

export function listContentFiles(root: string): { file: string; kind: ContentKind }[] {
  return CONTENT_KINDS.flatMap((kind) => {
    const directory = join(root, 'content', kind);
    let names: string[];
    try {
      names = readdirSync(directory, { recursive: true, encoding: 'utf8' });
    } catch {
      return [];
    }
    return names
      .filter((name) => ENTRY_FILE.test(name))
      .sort()
      .map((name) => ({ file: relative(root, join(directory, name)).split(sep).join('/'), kind }));
  });
}

export function checkContent({ root, only }: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  const content: ContentEntry[] = [];
  const eventPlaces = loadEventPlaces(root);
  const files = listContentFiles(root);
  for (const { file, kind } of files) {
    const bytes = readFileSync(join(root, file));
    if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
      problems.push({ file, line: 1, field: 'file', message: '文件是空的 / the file is empty' });
      continue;
    }
    const decoded = decodeContent(bytes);
    if (!decoded.ok) {
      problems.push({ file, line: 1, field: 'encoding', message: decoded.message });
      continue;
    }
    const { parsed, problems: parseProblems } = parseContentFile(file, kind, decoded.text);
    problems.push(...parseProblems, ...checkFileName(parsed), ...checkPersonalData(parsed));
    if (!parsed.frontMatter) {
      problems.push({
        file,
        line: 1,
        field: 'yaml',
        message: '缺少 front matter：文件应以 --- 开头，字段写在两行 --- 之间 / missing front matter between --- lines',
      });
      continue;
    }
    if (!/\n---[ \t]*(?:\n|$)/.test(parsed.text.slice(3))) {
      problems.push({ file, line: 1, field: 'yaml', message: 'front matter 没有结束：字段之后需要单独一行 --- / front matter is not closed with a --- line' });
      continue;
    }
    problems.push(...checkRawHtml(parsed), ...checkBody(parsed));
    if (parseProblems.length > 0) continue;
    const { problems: schemaProblems, entry } = checkSchema(parsed);
    problems.push(...checkPlaceholders(parsed), ...schemaProblems);
    if (entry) content.push({ ...entry, body: parsed.body });
    // Invalid entries still take part in cross-file rules, so every problem shows in one run.
    const checked: ValidEntry = { kind, id: parsed.id, file, data: entry?.data ?? parsed.data, body: parsed.body, lineOf: (path) => lineOf(parsed, path) };
    entries.push(checked);
    problems.push(...checkCodesNote(checked), ...checkEventPlace(checked, eventPlaces));
  }
  problems.push(...checkReferences(entries), ...checkTreeCycles(entries), ...checkDuplicates(entries), ...checkSynonyms(root, entries));
  const wanted = only ? new Set(only.map((file) => file.split(sep).join('/').replace(/^\.\//, ''))) : undefined;
  return {
    problems: withoutPlaceholderEchoes(problems)
      .filter((problem) => !wanted || wanted.has(problem.file))
      .sort(byPosition),
    entries,
    content,
    filesChecked: wanted ? wanted.size : files.length,
  };
}

/** An unfilled placeholder also breaks its field's other rules; saying it once is clearer. */
function withoutPlaceholderEchoes(problems: Problem[]): Problem[] {
  const placeholderLines = new Set(
    problems.filter((problem) => problem.field !== 'body' && problem.message.includes(PLACEHOLDER_MESSAGE)).map((problem) => `${problem.file}:${problem.line}`),
  );
  return problems.filter((problem) => problem.message.includes(PLACEHOLDER_MESSAGE) || !placeholderLines.has(`${problem.file}:${problem.line}`));
}

function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
}

export const formatProblem = ({ file, line, field, message }: Problem) => `${file}:${line}: ${field}: ${message}`;
