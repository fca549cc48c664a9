import matter from 'gray-matter';
import { type Document, LineCounter, parseDocument } from 'yaml';
import type { ContentKind } from '../../schema/index.ts';
import type { ParsedFile, Problem } from './types.ts';

interface ParsedYaml {
  document: Document;
  lines: LineCounter;
}

/**
 * Splits front matter from body with gray-matter, parsing the YAML with the
 * `yaml` package (YAML 1.2, keeps source positions) so every problem gets a line.
 */
export function parseContentFile(file: string, kind: ContentKind, text: string): { parsed: ParsedFile; problems: Problem[] } {
  const problems: Problem[] = [];
  const name = file.split('/').at(-1)!;
  const extension = name.slice(name.lastIndexOf('.'));
  const id = name.slice(0, name.lastIndexOf('.'));
  const split = matter(text, {
    engines: {
      yaml: (source: string): object => {
        const lines = new LineCounter();
        const document = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
        return { document, lines } satisfies ParsedYaml;
      },
    },
  });
  const hasFrontMatter = text.startsWith('---');
  const yaml = hasFrontMatter ? (split.data as Partial<ParsedYaml>) : {};
  const bodyLine = text.slice(0, text.length - split.content.length).split('\n').length;
  let data: Record<string, unknown> = {};
  if (yaml.document && yaml.lines) {
    for (const error of yaml.document.errors) {
      const { line } = yaml.lines.linePos(error.pos[0]);
      problems.push({ file, line, field: 'yaml', message: `YAML 格式错误 / YAML syntax error: ${error.message.split('\n')[0]}` });
    }
    if (yaml.document.errors.length === 0) {
      const value = yaml.document.toJS();
      if (value && typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
      else problems.push({ file, line: 2, field: 'yaml', message: 'front matter 应为“字段: 值”的列表 / front matter must be a mapping of fields' });
    }
  }
  return {
    parsed: {
      file,
      kind,
      id,
      extension,
      text,
      frontMatter: yaml.document && yaml.lines ? { document: yaml.document, lines: yaml.lines } : undefined,
      data,
      body: split.content,
      bodyLine,
    },
    problems,
  };
}

/** Line of a front-matter path, or of its nearest existing ancestor; line 1 when nothing matches. */
export function lineOf(parsed: ParsedFile, path: readonly PropertyKey[]): number {
  const frontMatter = parsed.frontMatter;
  if (!frontMatter) return 1;
  for (let depth = path.length; depth > 0; depth--) {
    const node = frontMatter.document.getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return frontMatter.lines.linePos(node.range[0]).line;
    if (depth === 1) {
      const pair = findKeyLine(parsed, String(path[0]));
      if (pair) return pair;
    }
  }
  return 1;
}

/** Line of a top-level key itself (a key with an empty value has no value node). */
export function findKeyLine(parsed: ParsedFile, key: string): number | undefined {
  const frontMatter = parsed.frontMatter;
  const contents = frontMatter?.document.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null;
  const pair = contents?.items?.find((item) => item.key?.value === key);
  return pair?.key?.range ? frontMatter!.lines.linePos(pair.key.range[0]).line : undefined;
}
