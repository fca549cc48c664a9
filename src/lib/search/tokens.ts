/**
 * Search tokens: overlapping character bigrams of every run of letters and
 * digits, plus the run's last character alone. A phrase of consecutive bigrams
 * then matches exactly where the query occurs as a substring, and a single
 * character matches every token that starts with it, so search finds exactly
 * the pages whose text contains the query, in any script.
 */
import { type FoldMap, foldText } from './fold.ts';

/** A run of letters and digits: what search reads as one word, in any script. */
export const WORD_RUN = /[\p{L}\p{N}]+/gu;
/** Quotation and title marks wrap a phrase without ending it: “广缆工匠”培育 is read, and typed, as 广缆工匠培育. */
const QUOTE_MARKS = /["'“”‘’「」『』《》〈〉]/gu;

/** Text as search reads it: the same, without quotation and title marks. */
export const unquoted = (text: string) => text.replace(QUOTE_MARKS, '');

function runTokens(run: string): string[] {
  const chars = [...run];
  const tokens: string[] = [];
  for (let index = 0; index < chars.length - 1; index++) tokens.push(chars[index]! + chars[index + 1]!);
  tokens.push(chars.at(-1)!);
  return tokens;
}

/** Index side: the folded text as space-separated tokens. */
export function indexTokens(foldedText: string): string {
  return (unquoted(foldedText).match(WORD_RUN) ?? []).map((run) => runTokens(run).join(' ')).join(' ');
}

/**
 * Query side: the words the user typed, folded. Punctuation other than quotation
 * marks separates words like a space does, because the index cannot see it either.
 */
export function queryTerms(query: string, map: FoldMap): string[] {
  const terms = unquoted(foldText(query, map)).match(WORD_RUN) ?? [];
  return [...new Set(terms)];
}

/**
 * The Pagefind query for one term: a lone character as a token prefix (every
 * bigram starting with it, and the run-final token), or the term's bigrams as
 * one quoted phrase. A two-character term is quoted too: unquoted, Pagefind
 * splits it into its characters and matches each anywhere (数控 found 数据…控制).
 */
export function termQuery(term: string): string {
  const chars = [...term];
  if (chars.length === 1) return term;
  const bigrams: string[] = [];
  for (let index = 0; index < chars.length - 1; index++) bigrams.push(chars[index]! + chars[index + 1]!);
  return `"${bigrams.join(' ')}"`;
}
