/**
 * References between entries (case → experts and methods, method → originators,
 * course → teachers): which are broken, and the reverse links each entry gets.
 * Works on raw front matter too, so the checker can point at broken ids in files that fail their schema.
 */
import { type ContentKind, kinds } from '../schema/index.ts';

export interface RelatableEntry {
  kind: ContentKind;
  id: string;
  data: Readonly<Record<string, unknown>>;
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

/** The ids an entry names in one of its reference fields, in the order written. */
export function idsIn(entry: RelatableEntry, field: string): string[] {
  const ids = entry.data[field];
  return Array.isArray(ids) ? ids.map(String) : [];
}

/** Every id-valued field of every entry, as one flat list. */
export function references(entries: readonly RelatableEntry[]): Reference[] {
  return entries.flatMap((from) =>
    Object.entries(kinds[from.kind].references).flatMap(([field, targetKind]) =>
      idsIn(from, field).map((targetId, index) => ({ from, field, index, targetKind, targetId })),
    ),
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
