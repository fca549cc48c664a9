/**
 * Search quality against the definition users expect: a query should return
 * exactly the pages whose indexed text contains it (after 繁→简 folding; for
 * space-separated words, all of them).
 */
import { type FoldMap, foldText } from '../../src/lib/search/fold.ts';
import { queryTerms, unquoted } from '../../src/lib/search/tokens.ts';

export function expectedMatches(documents: readonly { url: string; text: string }[], query: string, map: FoldMap): Set<string> {
  const terms = queryTerms(query, map);
  return new Set(documents.filter((doc) => terms.length > 0 && terms.every((term) => unquoted(foldText(doc.text, map)).includes(term))).map((doc) => doc.url));
}

export interface Score {
  recall: number;
  precision: number;
}

/** Empty expected and empty returned sets score 1: nothing to find, nothing wrongly found. */
export function score(expected: ReadonlySet<string>, returned: readonly string[]): Score {
  const hits = returned.filter((url) => expected.has(url)).length;
  return {
    recall: expected.size === 0 ? 1 : hits / expected.size,
    precision: returned.length === 0 ? 1 : hits / returned.length,
  };
}

export const mean = (values: readonly number[]) => (values.length === 0 ? 1 : values.reduce((sum, value) => sum + value, 0) / values.length);
