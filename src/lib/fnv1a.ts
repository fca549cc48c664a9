/** FNV-1a, 32 bits, over the text's code points: a short, stable hash the browser computes as the build did. */
export function fnv1a(text: string): number {
  let value = 0x811c9dc5;
  for (const char of text) {
    value ^= char.codePointAt(0)!;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}
