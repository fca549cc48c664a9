/** Typed access to the committed taxonomy files (GB/T 4754-2017, GB/T 2260). */
import industriesFile from './industries.json' with { type: 'json' };
import regionsFile from './regions.json' with { type: 'json' };

export interface TaxonNode {
  code: string;
  name: string;
  /** Code of the parent node, null for a root (an industry section or a province). */
  parent: string | null;
}

export const INDUSTRY_STANDARD = industriesFile.standard;
export const REGION_STANDARD = regionsFile.standard;

export const industryNodes: TaxonNode[] = industriesFile.sections.flatMap((section) => [
  { code: section.code, name: section.name, parent: null },
  ...section.divisions.map((division) => ({ code: division.code, name: division.name, parent: section.code })),
]);

export const regionNodes: TaxonNode[] = regionsFile.regions.map(({ code, name, parent }) => ({ code, name, parent }));
