/** Display names and index URLs for industry and region codes. */
import { regionLevel, sectionOf } from '../taxonomy/codes.ts';
import { industries, regions, type Taxonomy } from '../taxonomy/taxonomy.ts';

export type TaxonomyName = 'industries' | 'regions';

export const taxonomies: Record<TaxonomyName, Taxonomy> = { industries, regions };

/** `C38` → 电气机械和器材制造业; `441481` → 兴宁市. */
export function taxonLabel(taxonomy: TaxonomyName, code: string): string {
  return taxonomies[taxonomy].name(code) ?? code;
}

/** `441481` → 广东省 梅州市 兴宁市, for places whose own name is ambiguous. */
export function taxonPath(taxonomy: TaxonomyName, code: string): string {
  return taxonomies[taxonomy]
    .lineage(code)
    .reverse()
    .map((node) => node.name)
    .join(' ');
}

export const taxonUrl = (taxonomy: TaxonomyName, code: string) => `/${taxonomy}/${code}/`;

/** The full list of one kind under an industry or region. */
export const taxonKindUrl = (taxonomy: TaxonomyName, code: string, kind: string) => `${taxonUrl(taxonomy, code)}${kind}/`;

/**
 * Where a cross-link of an industry or region page leads: to search filtered by both, so 制造业 on
 * 广东省's page lists Guangdong's manufacturing entries rather than the whole country's. Search filters
 * on industry sections and on provinces and cities; other pairs lead to the other index's page.
 */
export function crossLinkUrl(taxonomy: TaxonomyName, nodeCode: string, otherCode: string): string {
  const [industry, region] = taxonomy === 'industries' ? [nodeCode, otherCode] : [otherCode, nodeCode];
  if (sectionOf(industry) === industry && regionLevel(region) !== 'county') return `/search/?${new URLSearchParams({ industry, region })}`;
  return taxonUrl(taxonomy === 'industries' ? 'regions' : 'industries', otherCode);
}
