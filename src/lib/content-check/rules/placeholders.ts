import { PLACEHOLDER } from '../../entry-template.ts';
import type { ParsedFile, Problem } from '../types.ts';

export const PLACEHOLDER_MESSAGE = '模板占位内容“【待填写…】”还没有替换成真实内容 / template placeholder not filled in yet';

/** Template text left in place: the editor has not finished the entry yet. */
export function checkPlaceholders(parsed: ParsedFile): Problem[] {
  const lines = parsed.text.split('\n');
  let field = 'front matter';
  return lines.flatMap((line, index) => {
    const key = /^\s*(?:- )?(\w+):/.exec(line)?.[1];
    if (key) field = key;
    if (!line.includes(PLACEHOLDER)) return [];
    return [{ file: parsed.file, line: index + 1, field: index + 1 >= parsed.bodyLine ? 'body' : field, message: PLACEHOLDER_MESSAGE }];
  });
}
