/** Markdown to plain text, one line per block, for search and data export. */
import type { RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { remark } from 'remark';

const parser = remark();

export function markdownText(markdown: string): string {
  const blocks = (nodes: RootContent[]): string[] =>
    nodes.flatMap((node) =>
      'children' in node && (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')
        ? blocks(node.children as RootContent[])
        : [mdastToString(node)],
    );
  return blocks(parser.parse(markdown).children)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
