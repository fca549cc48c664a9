/**
 * The whole portal as plain data: entries of every kind, typed by their schema, with their titles,
 * URLs and the links between them, computed once and handed to pages, search and open data.
 */
import { type AnyKindEntry, CONTENT_KINDS, type ContentKind, fieldValue, type KindEntry, kinds, titleOf } from '../schema/index.ts';
import { compareNewestFirst } from './partial-date.ts';
import { backlinks, entryKey, idsIn } from './relations.ts';

/** An entry as the checker validated it: typed front matter and its Markdown body. */
export type ContentEntry = AnyKindEntry & { body: string };

export type CorpusEntryOf<K extends ContentKind> = KindEntry<K> & {
  title: string;
  summary: string;
  date: string;
  industries: string[];
  regions: string[];
  url: string;
  /** The Markdown body, as written. */
  body: string;
};

/** An entry of any kind; `entry.kind` narrows `entry.data`. */
export type CorpusEntry = { [K in ContentKind]: CorpusEntryOf<K> }[ContentKind];

export const entryUrl = (kind: ContentKind, id: string) => `/${kind}/${id}/`;

function toCorpusEntry<K extends ContentKind>(entry: KindEntry<K> & { body: string }): CorpusEntryOf<K> {
  const { summary, date, industries, regions } = entry.data;
  return { ...entry, title: titleOf(entry), summary, date, industries, regions, url: entryUrl(entry.kind, entry.id) };
}

export const newestFirst = (a: CorpusEntry, b: CorpusEntry) => compareNewestFirst(a.date, b.date) || a.title.localeCompare(b.title, 'zh-CN');

export interface Corpus {
  all: CorpusEntry[];
  /** Each kind's entries, newest first. */
  byKind: Readonly<Record<ContentKind, CorpusEntry[]>>;
  get(kind: ContentKind, id: string): CorpusEntry | undefined;
  /** Entries this one names in its relation fields, by field, in the order written. */
  outgoing(entry: CorpusEntry): { field: string; targets: CorpusEntry[] }[];
  /** Entries that name this one, grouped by their kind, newest first. */
  incoming(entry: CorpusEntry): { kind: ContentKind; entries: CorpusEntry[] }[];
}

/** A kind with a state (needs) lists the entries still open before those in its last, closed state; newest first within each. */
function openFirst(entries: CorpusEntry[]): CorpusEntry[] {
  const state = entries[0] && kinds[entries[0].kind].state;
  if (!state) return entries;
  const closed = (entry: CorpusEntry) => (String(fieldValue(entry, state.field)) === state.order.at(-1) ? 1 : 0);
  return entries.toSorted((a, b) => closed(a) - closed(b));
}

export function buildCorpus(entries: readonly ContentEntry[]): Corpus {
  const all: CorpusEntry[] = entries.map((entry) => toCorpusEntry(entry) as CorpusEntry).sort(newestFirst);
  const byKey = new Map(all.map((entry) => [entryKey(entry.kind, entry.id), entry]));
  const incomingRefs = backlinks(all);
  const byKind = {} as Record<ContentKind, CorpusEntry[]>;
  for (const kind of CONTENT_KINDS) byKind[kind] = openFirst(all.filter((entry) => entry.kind === kind));
  return {
    all,
    byKind,
    get: (kind, id) => byKey.get(entryKey(kind, id)),
    outgoing: (entry) =>
      Object.entries(kinds[entry.kind].references).map(([field, targetKind]) => ({
        field,
        targets: idsIn(entry, field).flatMap((id) => byKey.get(entryKey(targetKind, id)) ?? []),
      })),
    incoming: (entry) => {
      // Newest first without sorting: backlinks keeps the order of all.
      const sources = (incomingRefs.get(entryKey(entry.kind, entry.id)) ?? []).flatMap((ref) => byKey.get(entryKey(ref.from.kind, ref.from.id)) ?? []);
      return CONTENT_KINDS.map((kind) => ({ kind, entries: sources.filter((source) => source.kind === kind) })).filter((group) => group.entries.length > 0);
    },
  };
}
