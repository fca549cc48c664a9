/**
 * Text folding for comparison and search: traditional to simplified Chinese
 * (OpenCC's tables via opencc-js), full-width to half-width, lower case.
 */
import * as OpenCC from 'opencc-js';

/** Readers type Taiwan and Hong Kong variants alike (裡/裏, 著/着); fold through both tables. */
const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });

export function foldChinese(text: string): string {
  return fromHongKong(fromTaiwan(text.normalize('NFKC'))).toLowerCase();
}

/** Folded and stripped of spaces and punctuation: for "is this the same title?" */
export function foldForComparison(text: string): string {
  return foldChinese(text).replace(/[\s\p{P}\p{S}]/gu, '');
}
