/**
 * Excerpts built from the original text, with the first match of the query
 * marked as one run (Pagefind's own excerpts would show index tokens).
 */
import { type FoldMap, foldText } from './fold.ts';

/** Fields and paragraphs are separate lines in the indexed text; an excerpt reads as one. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' · ');

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

export function excerptAround(text: string, terms: readonly string[], map: FoldMap, width = 60): Excerpt {
  const folded = foldText(text, map);
  const hits = terms.map((term) => ({ term, at: folded.indexOf(term) })).filter((hit) => hit.at >= 0);
  if (hits.length === 0) return { before: '', match: '', after: oneLine(text.slice(0, width * 2)) + (text.length > width * 2 ? '…' : '') };
  const first = hits.reduce((a, b) => (b.at < a.at ? b : a));
  const start = Math.max(0, first.at - width);
  const end = Math.min(text.length, first.at + first.term.length + width);
  return {
    before: (start > 0 ? '…' : '') + oneLine(text.slice(start, first.at)),
    match: text.slice(first.at, first.at + first.term.length),
    after: oneLine(text.slice(first.at + first.term.length, end)) + (end < text.length ? '…' : ''),
  };
}

/**
 * What a result card shows: the summary, marked where it holds the query; otherwise the summary's start
 * and the passage around the first match further on, so the card says what the entry is and why it matched.
 */
export function cardExcerpt(text: string, terms: readonly string[], map: FoldMap, width = 60): Excerpt {
  const newline = text.indexOf('\n');
  const summary = newline < 0 ? text : text.slice(0, newline);
  const rest = newline < 0 ? '' : text.slice(newline + 1);
  const inSummary = excerptAround(summary, terms, map, width * 2);
  if (inSummary.match || !rest) return inSummary;
  const further = excerptAround(rest, terms, map, width / 2);
  if (!further.match) return inSummary;
  const lead = [...summary].length > width ? `${[...summary].slice(0, width).join('')}…` : summary;
  return { before: `${lead} ${further.before.startsWith('…') ? '' : '…'}${further.before}`, match: further.match, after: further.after };
}
