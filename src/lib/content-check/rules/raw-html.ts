import { remark } from 'remark';
import { visit } from 'unist-util-visit';
import type { ParsedFile, Problem } from '../types.ts';

const DANGEROUS_TAG = /<\s*(script|iframe|object|embed|form|style)\b/i;
const EVENT_HANDLER = /<[^>]*\son[a-z]+\s*=/i;
const SCRIPT_URL = /^\s*javascript:/i;

const parser = remark();

/** Contributed Markdown must not carry scripts, frames or event handlers into the site. */
export function checkRawHtml(parsed: ParsedFile): Problem[] {
  if (!/[<:]/.test(parsed.body)) return [];
  const problems: Problem[] = [];
  const report = (line: number | undefined, message: string) =>
    problems.push({ file: parsed.file, line: parsed.bodyLine + (line ?? 1) - 1, field: 'body', message });
  visit(parser.parse(parsed.body), (node) => {
    if (node.type === 'html') {
      const tag = DANGEROUS_TAG.exec(node.value)?.[1];
      if (tag) report(node.position?.start.line, `不允许使用 <${tag.toLowerCase()}> 标签 / raw <${tag.toLowerCase()}> is not allowed in content`);
      else if (EVENT_HANDLER.test(node.value))
        report(node.position?.start.line, '不允许在 HTML 中使用 on… 事件属性 / event-handler attributes are not allowed in content');
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && SCRIPT_URL.test(node.url)) {
      report(node.position?.start.line, '不允许使用 javascript: 链接 / javascript: links are not allowed');
    }
  });
  return problems;
}
