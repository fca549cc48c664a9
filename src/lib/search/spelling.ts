/**
 * Did you mean: the known title, name or word one character away from what was typed
 * (a character wrong, missing or extra). Browser-safe.
 */

function withinOneEdit(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Titles first (a name or a method is what people mistype most), then the corpus's other words; three characters at least, so that one edit is not half the word. */
export function correctionFor(term: string, titles: readonly string[], words: readonly string[]): string | undefined {
  const chars = [...term];
  if (chars.length < 3) return undefined;
  for (const candidates of [titles, words]) {
    const match = candidates.find((candidate) => candidate !== term && withinOneEdit(chars, [...candidate]));
    if (match) return match;
  }
  return undefined;
}
