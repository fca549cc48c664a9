/**
 * What a code says by its own spelling: GB/T 4754 puts the section letter
 * first, GB/T 2260 spells province, prefecture city and county two digits
 * each. No code list is loaded here, so the search page's browser script can
 * use these without downloading every region.
 */

/** `C38` → `C`: the section (门类) of a division; a section is its own. */
export const sectionOf = (industryCode: string): string => industryCode.slice(0, 1);

export type RegionLevel = 'province' | 'city' | 'county';

/** `440000` → province, `441400` → city (prefecture level), `441481` → county. */
export function regionLevel(regionCode: string): RegionLevel {
  if (regionCode.endsWith('0000')) return 'province';
  return regionCode.endsWith('00') ? 'city' : 'county';
}

/** `441481` → `440000`. */
export const provinceOf = (regionCode: string): string => `${regionCode.slice(0, 2)}0000`;

/**
 * `441481` → `441400`: the prefecture-level city a county lies in; a city or a
 * province is its own. Districts of a municipality (`500101` → `500100`) and
 * counties under a province (`429004` → `429000`) get GB/T 2260's grouping
 * code, which regions.json leaves out: a key for "same place", not a page.
 */
export const cityOf = (regionCode: string): string => `${regionCode.slice(0, 4)}00`;

/** The four 直辖市: province-level units that are cities, so their whole is 全市 rather than 全省. */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

export const isMunicipality = (regionCode: string): boolean => MUNICIPALITIES.has(regionCode);

/** How a province-level unit's whole is named: 全省, 全市 for a 直辖市, 全区 for an 自治区 or 特别行政区. */
export function provinceWhole(regionCode: string, name: string): 'province' | 'municipality' | 'region' {
  if (isMunicipality(regionCode)) return 'municipality';
  return /(自治区|特别行政区)$/.test(name) ? 'region' : 'province';
}
