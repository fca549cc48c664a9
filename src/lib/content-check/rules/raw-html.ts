import { remark } from 'remark';
import { visit } from 'unist-util-visit';
import type { ParsedFile, Problem } from '../types.ts';

/**
 * The only raw HTML an entry may carry: inline markup that loads, runs and links nothing. Anything
 * else is refused with what to write instead. (A deny-list is always one spelling short; the build
 * also sanitises every body, src/lib/sanitize.ts, in case a shape gets past this rule.)
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = { sup: [], sub: [], br: [], kbd: [], abbr: ['title'], ruby: [], rt: [], rp: [] };

/** Links may leave for the web or mail; images come from the repository (public/). */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

const parser = remark();

function htmlProblems(html: string): string[] {
  const problems = new Set<string>();
  if (/<[!?]/.test(html)) problems.add('不允许使用 HTML 注释或声明 / HTML comments and declarations are not allowed');
  for (const [, closing = '', rawName = '', rawAttributes = ''] of html.matchAll(TAG)) {
    if (closing) continue;
    const name = rawName.toLowerCase();
    const allowed = ALLOWED_HTML[name];
    if (!allowed) {
      problems.add(
        `不允许使用 <${name}> 标签，只能用 ${Object.keys(ALLOWED_HTML).join('、')}；链接和图片请用 Markdown 写（图片放进 public/） / ` +
          `raw <${name}> is not allowed in content: write links and images in Markdown`,
      );
    }
    for (const [, attribute = ''] of rawAttributes.matchAll(ATTRIBUTE)) {
      const key = attribute.toLowerCase();
      if (key.startsWith('on')) problems.add('不允许在 HTML 中使用 on… 事件属性 / event-handler attributes are not allowed in content');
      else if (allowed && !allowed.includes(key)) problems.add(`<${name}> 不允许 ${key} 属性 / attribute "${key}" is not allowed on <${name}>`);
    }
  }
  return [...problems];
}

/** Contributed Markdown carries no markup that could run code, load from elsewhere or move the reader. */
export function checkRawHtml(parsed: ParsedFile): Problem[] {
  // Only a tag, a scheme, an entity or a Markdown link can carry markup or a URL.
  if (!/[<:&]|\]\(|\]:/.test(parsed.body)) return [];
  const problems: Problem[] = [];
  const report = (line: number | undefined, message: string) =>
    problems.push({ file: parsed.file, line: parsed.bodyLine + (line ?? 1) - 1, field: 'body', message });
  visit(parser.parse(parsed.body), (node) => {
    // Text too: a tag CommonMark does not recognise (`<script/src=…>`) is text to one renderer and markup to another.
    if (node.type === 'html' || node.type === 'text') for (const message of htmlProblems(node.value)) report(node.position?.start.line, message);
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const scheme = SCHEME.exec(node.url)?.[1]?.toLowerCase();
      if (node.type === 'image' && (scheme || node.url.trim().startsWith('//'))) {
        report(node.position?.start.line, `图片须放在本站 public/ 目录，不能引用其他网站 / images must come from public/, not ${node.url}`);
      } else if (scheme && !LINK_SCHEMES.has(scheme)) {
        report(node.position?.start.line, `不允许使用 ${scheme}: 链接，只能用 https:、http:、mailto: 或站内路径 / ${scheme}: links are not allowed`);
      }
    }
  });
  return problems;
}
