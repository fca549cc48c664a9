/**
 * References between entries (case → experts and methods, method → originators,
 * course → teachers): which are broken, and the reverse links each entry gets.
 */
import { kinds, type ContentKind } from '../schema/index.ts';

export interface RelatableEntry {
  kind: ContentKind;
  id: string;
  data: Record<string, unknown>;
}

export interface Reference {
  from: RelatableEntry;
  field: string;
  /** Position in the field's list, for pointing at the right line. */
  index: number;
  targetKind: ContentKind;
  targetId: string;
}

export const entryKey = (kind: ContentKind, id: string) => `${kind}/${id}`;

/** Every id-valued field of every entry, as one flat list. */
export function references(entries: readonly RelatableEntry[]): Reference[] {
  return entries.flatMap((from) =>
    Object.entries(kinds[from.kind].references).flatMap(([field, targetKind]) => {
      const ids = from.data[field];
      return Array.isArray(ids) ? ids.map((targetId, index) => ({ from, field, index, targetKind, targetId: String(targetId) })) : [];
    }),
  );
}

export function brokenReferences(entries: readonly RelatableEntry[]): Reference[] {
  const existing = new Set(entries.map((entry) => entryKey(entry.kind, entry.id)));
  return references(entries).filter((ref) => !existing.has(entryKey(ref.targetKind, ref.targetId)));
}

/** For each entry, the entries that point at it, grouped by their kind, in input order. */
export function backlinks(entries: readonly RelatableEntry[]): Map<string, Reference[]> {
  const incoming = new Map<string, Reference[]>();
  for (const ref of references(entries)) {
    const key = entryKey(ref.targetKind, ref.targetId);
    const list = incoming.get(key) ?? [];
    if (!list.some((existing) => existing.from === ref.from)) list.push(ref);
    incoming.set(key, list);
  }
  return incoming;
}
