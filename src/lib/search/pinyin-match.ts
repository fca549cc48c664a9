/** Names and titles a query in Latin letters spells in pinyin: full or initials, spaces and tones ignored. Browser-safe. */

/** Where the names and titles whose pinyin starts with `letter` are (written at index time by lib/search/vocabulary). */
export const pinyinShardPath = (letter: string) => `pagefind/search-pinyin/${letter}.json`;

export const isPinyinQuery = (query: string) => /^[a-z' ]+$/i.test(query.trim()) && /[a-z]{2}/i.test(query);

export function pinyinMatches(query: string, entries: readonly (readonly [string, string, string])[]): string[] {
  const typed = query.toLowerCase().replace(/[^a-z]/g, '');
  if (typed.length < 2) return [];
  const matches = entries.filter(
    ([full, initials]) => full === typed || (initials !== '' && initials === typed) || (typed.length >= 6 && full.startsWith(typed)),
  );
  return [...new Set(matches.map(([, , term]) => term))];
}
