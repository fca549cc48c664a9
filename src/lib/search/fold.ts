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

/** From this length on, text folds through a table of every UTF-16 unit: the index folds every entry's text. */
const TABLE_FROM_LENGTH = 256;

const tables = new WeakMap<FoldMap, Uint16Array>();

/** Each UTF-16 unit's fold, built once per map (65,536 folds, a few milliseconds). */
function tableOf(map: FoldMap): Uint16Array {
  let table = tables.get(map);
  if (!table) {
    table = new Uint16Array(0x10000);
    for (let code = 0; code < 0x10000; code++) table[code] = foldChar(String.fromCharCode(code), map).charCodeAt(0);
    tables.set(map, table);
  }
  return table;
}

/** Arguments per String.fromCharCode call, well under every engine's limit. */
const CHUNK = 8192;

/** Folds every UTF-16 unit independently, so the result has exactly the input's length. */
export function foldText(text: string, map: FoldMap): string {
  let folded = '';
  if (text.length < TABLE_FROM_LENGTH) {
    for (let index = 0; index < text.length; index++) folded += foldChar(text[index]!, map);
    return folded;
  }
  const table = tableOf(map);
  const units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index++) units[index] = table[text.charCodeAt(index)]!;
  for (let start = 0; start < units.length; start += CHUNK) folded += String.fromCharCode(...units.subarray(start, start + CHUNK));
  return folded;
}
