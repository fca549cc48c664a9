import { kinds } from '../../../schema/index.ts';
import type { ParsedFile, Problem } from '../types.ts';

/** A case without a story is only a headline: its body must say problem, actions and results. */
export function checkBody(parsed: ParsedFile): Problem[] {
  if (!kinds[parsed.kind].body.required || parsed.body.trim() !== '') return [];
  return [
    {
      file: parsed.file,
      line: parsed.bodyLine,
      field: 'body',
      message: '正文为空：请在 front matter 之后写“## 问题”“## 做法”“## 成效”三部分 / body is empty: write the problem, what was done and the results',
    },
  ];
}
