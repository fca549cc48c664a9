/**
 * Per-industry and per-region indexes: the code tree pruned to nodes that
 * have entries, with counts rolled up (广东省 counts everything in its cities
 * and counties, each entry once) and entries grouped by kind, newest first.
 */
import { CONTENT_KINDS, type ContentKind } from '../schema/index.ts';
import type { TaxonNode, Taxonomy } from '../taxonomy/taxonomy.ts';
import { type CorpusEntry, newestFirst } from './corpus.ts';

export interface IndexNode extends TaxonNode {
  depth: number;
  /** Every entry carrying this code or a code below it, newest first, each once. */
  entries: CorpusEntry[];
  byKind: { kind: ContentKind; entries: CorpusEntry[] }[];
  /** Child nodes that have entries, in code order. */
  children: IndexNode[];
}

export interface TaxonIndex {
  roots: IndexNode[];
  get(code: string): IndexNode | undefined;
  /** Nodes from the root down to this one, for breadcrumbs. */
  trail(code: string): IndexNode[];
  nodes: IndexNode[];
}

export type TaxonField = 'industries' | 'regions';

export function buildTaxonIndex(taxonomy: Taxonomy, entries: readonly CorpusEntry[], field: TaxonField): TaxonIndex {
  const members = new Map<string, Set<CorpusEntry>>();
  for (const entry of entries) {
    for (const code of entry[field]) {
      for (const node of taxonomy.lineage(code)) {
        const set = members.get(node.code) ?? new Set();
        set.add(entry);
        members.set(node.code, set);
      }
    }
  }
  const byCode = new Map<string, IndexNode>();
  const withEntries = (nodes: TaxonNode[] = []) => nodes.filter((node) => members.has(node.code)).sort((a, b) => a.code.localeCompare(b.code));
  const build = (node: TaxonNode, depth: number): IndexNode => {
    const nodeEntries = [...(members.get(node.code) ?? [])].sort(newestFirst);
    const indexNode: IndexNode = {
      ...node,
      depth,
      entries: nodeEntries,
      byKind: CONTENT_KINDS.map((kind) => ({ kind, entries: nodeEntries.filter((entry) => entry.kind === kind) })).filter((group) => group.entries.length > 0),
      children: withEntries(taxonomy.childrenOf.get(node.code)).map((child) => build(child, depth + 1)),
    };
    byCode.set(node.code, indexNode);
    return indexNode;
  };
  const roots = withEntries(taxonomy.childrenOf.get(null)).map((root) => build(root, 0));
  return {
    roots,
    get: (code) => byCode.get(code),
    trail: (code) =>
      taxonomy
        .lineage(code)
        .reverse()
        .flatMap((node) => byCode.get(node.code) ?? []),
    nodes: [...byCode.values()],
  };
}

export interface CrossLink {
  code: string;
  count: number;
}

/**
 * Where an index node's entries sit in the other taxonomy, at a readable
 * level: regions as prefecture-level cities (or the province when no city is
 * given), industries as sections. Most entries first.
 */
export function crossLinks(node: IndexNode, other: Taxonomy, otherField: TaxonField, level: (lineage: TaxonNode[]) => TaxonNode | undefined): CrossLink[] {
  const counts = new Map<string, Set<CorpusEntry>>();
  for (const entry of node.entries) {
    for (const code of entry[otherField]) {
      const target = level(other.lineage(code));
      if (!target) continue;
      const set = counts.get(target.code) ?? new Set();
      set.add(entry);
      counts.set(target.code, set);
    }
  }
  return [...counts.entries()].map(([code, set]) => ({ code, count: set.size })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** Lineage is leaf-first: a county's lineage is [county, city, province]. */
export const cityOrProvince = (lineage: TaxonNode[]) => (lineage.length >= 2 ? lineage.at(-2) : lineage.at(-1));
export const section = (lineage: TaxonNode[]) => lineage.at(-1);
