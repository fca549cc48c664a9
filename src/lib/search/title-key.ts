/**
 * Title keys: one Latin token per way a person types an entry's title or name, so that a query equal
 * to it can put that entry first. Pagefind matches Han text character by character, so the key is a
 * hash in Latin letters and digits, which Pagefind keeps as one word. Browser-safe.
 */
import { fnv1a } from '../fnv1a.ts';
import { type FoldMap, foldText } from './fold.ts';
import { WORD_RUN } from './tokens.ts';

/** Method names are typed with or without their last character: 望闻问切法, 望闻问切. */
const NAME_SUFFIX = /(工作法|操作法|法)$/u;

/** Padded: Pagefind matches a query word as a prefix, so every key has one length. */
const hash = (text: string) => fnv1a(text).toString(36).padStart(7, '0');

export const titleKey = (words: string) => `tk${hash(words)}`;

/** Han text apart from the numbers and Latin letters around it: 劳模工匠本科班2025级 is typed 劳模工匠本科班. */
const HAN_RUN = /\p{Script=Han}+/gu;

/** The keys of a title: the whole of it, without its method suffix, and each part of three or more characters between punctuation or numbers. */
export function titleKeys(title: string, map: FoldMap): string[] {
  const runs = foldText(title, map).match(WORD_RUN) ?? [];
  const whole = runs.join('');
  const parts = [...runs, ...(whole.match(HAN_RUN) ?? [])].filter((part) => [...part].length >= 3);
  const forms = [whole, whole.replace(NAME_SUFFIX, ''), ...parts];
  return [...new Set(forms.filter((form) => [...form].length >= 2))].map(titleKey);
}

/** The key a query would match: its folded words run together. */
export const queryKey = (terms: readonly string[]) => titleKey(terms.join(''));
