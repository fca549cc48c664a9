/**
 * Places a person names in their problem (我们在新疆的矿井, 想在四川重庆找…): read as if they had
 * picked them, so those nearby come first. Browser-safe: the names come with the page.
 */

export interface NamedPlace {
  code: string;
  label: string;
}

/** 四川省 → 四川, 广西壮族自治区 → 广西, 徐州市 → 徐州: the way people say a place. */
export function spokenName(label: string): string {
  const short = label.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/u, '');
  return [...short].length >= 2 ? short : label;
}

export function placesNamedIn(text: string, places: readonly NamedPlace[]): string[] {
  return places.filter(({ label }) => text.includes(label) || text.includes(spokenName(label))).map(({ code }) => code);
}
