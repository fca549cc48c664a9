import { ENTRY_ID } from '../../../schema/index.ts';
import type { ParsedFile, Problem } from '../types.ts';

/** The file name is the entry's id and URL: lower-case ASCII words joined by hyphens, `.md` only. */
export function checkFileName(parsed: ParsedFile): Problem[] {
  const problems: Problem[] = [];
  if (!ENTRY_ID.test(parsed.id)) {
    problems.push({
      file: parsed.file,
      line: 1,
      field: 'file',
      message: `文件名“${parsed.id}”不符合要求：只能用小写拼音或英文单词加连字符，如 xia-bodang.md / file name must be kebab-case ASCII, e.g. xia-bodang.md`,
    });
  }
  if (parsed.extension === '.mdx') {
    const usesCode = /^(?:import|export)\s/m.test(parsed.body);
    problems.push({
      file: parsed.file,
      line: usesCode ? parsed.bodyLine + parsed.body.split('\n').findIndex((line) => /^(?:import|export)\s/.test(line)) : 1,
      field: 'file',
      message: usesCode
        ? '投稿内容不能含 MDX 代码（import/export），请改为纯 Markdown 的 .md 文件 / contributed content must not import or export code; use plain Markdown (.md)'
        : '投稿内容请用 .md 文件，不要用 .mdx / contributed content must be a .md file, not .mdx',
    });
  }
  return problems;
}
