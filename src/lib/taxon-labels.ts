/** Display names and index URLs for industry and region codes. */
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
