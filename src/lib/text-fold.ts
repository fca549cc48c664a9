/**
 * The full traditional→simplified character map, derived from OpenCC's
 * Taiwan and Hong Kong tables (opencc-js). Readers type either variant.
 * Node-side only: the browser gets a slice of it as data (see search-index).
 */
import * as OpenCC from 'opencc-js';
import { type FoldMap, foldText } from './search/fold.ts';

const CJK_BLOCKS: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

let fullMap: FoldMap | undefined;

export function traditionalToSimplifiedMap(): FoldMap {
  if (fullMap) return fullMap;
  const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const map: Record<string, string> = {};
  for (const [first, last] of CJK_BLOCKS) {
    for (let code = first; code <= last; code++) {
      const char = String.fromCharCode(code);
      const simplified = fromHongKong(fromTaiwan(char));
      if (simplified !== char && simplified.length === 1) map[char] = simplified;
    }
  }
  fullMap = map;
  return map;
}

/** Only the entries whose simplified side occurs in the given text: enough for a query to match it. */
export function foldMapFor(text: string): FoldMap {
  const present = new Set(text);
  return Object.fromEntries(Object.entries(traditionalToSimplifiedMap()).filter(([, simplified]) => present.has(simplified)));
}

/** Folded and stripped of spaces and punctuation: for "is this the same title?" */
export function foldForComparison(text: string): string {
  return foldText(text.normalize('NFKC'), traditionalToSimplifiedMap()).replace(/[\s\p{P}\p{S}]/gu, '');
}
