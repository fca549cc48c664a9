/**
 * Entries of a kind that form a tree through one reference field (a studio belongs to an alliance):
 * the subtree under an entry, each node with the entries that name it or anything below it, counted
 * by kind, so an alliance's page says what its whole network has done.
 */
import { CONTENT_KINDS, type ContentKind, fieldValue, kinds } from '../schema/index.ts';
import type { Corpus, CorpusEntry } from './corpus.ts';

export interface TreeNode {
  entry: CorpusEntry;
  children: TreeNode[];
  /** Entries of other kinds naming this node or a node below it, by kind, each counted once. */
  counts: { kind: ContentKind; count: number }[];
}

/** The entries of its own kind that name `entry` in the kind's tree field (an alliance's studios); none for a kind without a tree. */
export function childrenOf(corpus: Corpus, entry: CorpusEntry): CorpusEntry[] {
  const field = kinds[entry.kind].tree;
  if (!field) return [];
  return (corpus.incoming(entry).find((group) => group.kind === entry.kind)?.entries ?? []).filter((other) => fieldValue(other, field) !== undefined);
}

function build(corpus: Corpus, entry: CorpusEntry, path: Set<string>): { node: TreeNode; named: Map<string, CorpusEntry> } {
  const incoming = corpus.incoming(entry).flatMap((group) => group.entries);
  const named = new Map(incoming.filter((other) => other.kind !== entry.kind).map((other) => [other.url, other]));
  const childEntries = childrenOf(corpus, entry).filter((child) => !path.has(child.url));
  const children = childEntries.map((child) => build(corpus, child, new Set([...path, child.url])));
  for (const child of children) for (const [url, other] of child.named) named.set(url, other);
  const counts = CONTENT_KINDS.map((kind) => ({ kind, count: [...named.values()].filter((other) => other.kind === kind).length })).filter(
    ({ count }) => count > 0,
  );
  return { node: { entry, children: children.map((child) => child.node), counts }, named };
}

/** The tree below `entry`, or undefined when its kind forms no tree. */
export function subtree(corpus: Corpus, entry: CorpusEntry): TreeNode | undefined {
  return kinds[entry.kind].tree ? build(corpus, entry, new Set([entry.url])).node : undefined;
}
