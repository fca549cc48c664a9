/**
 * Meta values that the search page shows but Pagefind must not index.
 * Pagefind indexes every meta value as words: each line of an entry's text
 * became one long "word" filed next to the real tokens, and at 1,000 entries
 * those made up nine tenths of the chunk a query for 工匠 downloads. Pagefind's
 * indexer drops characters that are neither letters, marks nor digits, so each
 * UTF-16 code unit is stored shifted into the Supplementary Private Use
 * Area-A (no letters there) and shifted back in the browser.
 */
const SHIFT = 0xf0000;

export const hideFromIndex = (text: string): string =>
  Array.from({ length: text.length }, (_, index) => String.fromCodePoint(SHIFT + text.charCodeAt(index))).join('');

export function revealHidden(text: string): string {
  let revealed = '';
  for (const char of text) {
    const point = char.codePointAt(0)!;
    revealed += point >= SHIFT && point <= SHIFT + 0xffff ? String.fromCharCode(point - SHIFT) : char;
  }
  return revealed;
}

export const hideMeta = (meta: Record<string, string>) => Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, hideFromIndex(value)]));

export const revealMeta = (meta: Record<string, string>) => Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, revealHidden(value)]));
