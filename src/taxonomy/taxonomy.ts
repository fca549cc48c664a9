/**
 * Code lists as trees: lookup, ancestors and "did you mean" suggestions.
 * Pure functions over TaxonNode arrays so tests can use small inline trees.
 */
import { distance } from 'fastest-levenshtein';
import { regionLevel } from './codes.ts';
import { industryNodes, regionNodes, type TaxonNode } from './data.ts';

export type { TaxonNode };

export class Taxonomy {
  readonly nodes: readonly TaxonNode[];
  readonly byCode: ReadonlyMap<string, TaxonNode>;
  readonly childrenOf: ReadonlyMap<string | null, TaxonNode[]>;

  constructor(nodes: readonly TaxonNode[]) {
    this.nodes = nodes;
    this.byCode = new Map(nodes.map((node) => [node.code, node]));
    const children = new Map<string | null, TaxonNode[]>();
    for (const node of nodes) {
      const siblings = children.get(node.parent) ?? [];
      siblings.push(node);
      children.set(node.parent, siblings);
    }
    this.childrenOf = children;
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  name(code: string): string | undefined {
    return this.byCode.get(code)?.name;
  }

  /** The node itself first, then its parent, up to the root. */
  lineage(code: string): TaxonNode[] {
    const chain: TaxonNode[] = [];
    for (let node = this.byCode.get(code); node; node = node.parent ? this.byCode.get(node.parent) : undefined) {
      chain.push(node);
    }
    return chain;
  }

  root(code: string): TaxonNode | undefined {
    return this.lineage(code).at(-1);
  }

  /** Closest existing codes to an unknown one, for "did you mean" hints. */
  suggest(unknown: string, limit = 1): string[] {
    return this.nodes
      .filter((node) => node.code.length === unknown.length)
      .map((node) => ({ code: node.code, edits: distance(unknown, node.code), gap: numericGap(unknown, node.code) }))
      .filter(({ edits }) => edits <= Math.max(1, Math.floor(unknown.length / 3)))
      .sort((a, b) => a.edits - b.edits || a.gap - b.gap || a.code.localeCompare(b.code))
      .slice(0, limit)
      .map(({ code }) => code);
  }
}

/** Tie-breaker between equally close codes: C99 is nearer C39 than C19. */
function numericGap(a: string, b: string): number {
  const digits = (code: string) => Number.parseInt(code.replace(/\D/g, '') || '0', 10);
  return Math.abs(digits(a) - digits(b));
}

export const industries = new Taxonomy(industryNodes);
export const regions = new Taxonomy(regionNodes);

/** The province and prefecture city a region lies in, itself included: the levels the search page filters on. */
export const regionFacetCodes = (code: string): string[] =>
  regions
    .lineage(code)
    .filter((node) => regionLevel(node.code) !== 'county')
    .map((node) => node.code);
