/**
 * The whole portal as plain data: entries of the four kinds with their
 * titles, URLs and the links between them, computed once and handed to pages.
 */
import { CONTENT_KINDS, kinds, type ContentKind } from '../schema/index.ts';
import { compareNewestFirst } from './partial-date.ts';
import { backlinks, entryKey, type RelatableEntry } from './relations.ts';

export interface CorpusEntry extends RelatableEntry {
  title: string;
  summary: string;
  date: string;
  industries: string[];
  regions: string[];
  url: string;
}

export const entryUrl = (kind: ContentKind, id: string) => `/${kind}/${id}/`;

export function toCorpusEntry(entry: RelatableEntry): CorpusEntry {
  const data = entry.data as Record<string, unknown> & { summary: string; date: string; industries: string[]; regions: string[] };
  return {
    ...entry,
    title: String(data[kinds[entry.kind].titleField]),
    summary: data.summary,
    date: data.date,
    industries: data.industries,
    regions: data.regions,
    url: entryUrl(entry.kind, entry.id),
  };
}

export const newestFirst = (a: CorpusEntry, b: CorpusEntry) => compareNewestFirst(a.date, b.date) || a.title.localeCompare(b.title, 'zh-CN');

export interface Corpus {
  all: CorpusEntry[];
  byKind: Record<ContentKind, CorpusEntry[]>;
  get(kind: ContentKind, id: string): CorpusEntry | undefined;
  /** Entries this one names in its relation fields, by field, in the order written. */
  outgoing(entry: CorpusEntry): { field: string; targets: CorpusEntry[] }[];
  /** Entries that name this one, grouped by their kind, newest first. */
  incoming(entry: CorpusEntry): { kind: ContentKind; entries: CorpusEntry[] }[];
}

export function buildCorpus(entries: readonly RelatableEntry[]): Corpus {
  const all = entries.map(toCorpusEntry).sort(newestFirst);
  const byKey = new Map(all.map((entry) => [entryKey(entry.kind, entry.id), entry]));
  const incomingRefs = backlinks(all);
  const byKind = Object.fromEntries(CONTENT_KINDS.map((kind) => [kind, all.filter((entry) => entry.kind === kind)])) as Record<
    ContentKind,
    CorpusEntry[]
  >;
  return {
    all,
    byKind,
    get: (kind, id) => byKey.get(entryKey(kind, id)),
    outgoing: (entry) =>
      Object.entries(kinds[entry.kind].references).map(([field, targetKind]) => ({
        field,
        targets: ((entry.data[field] as string[] | undefined) ?? []).flatMap((id) => byKey.get(entryKey(targetKind, id)) ?? []),
      })),
    incoming: (entry) => {
      const sources = (incomingRefs.get(entryKey(entry.kind, entry.id)) ?? []).map((ref) => ref.from as CorpusEntry);
      return CONTENT_KINDS.map((kind) => ({ kind, entries: sources.filter((source) => source.kind === kind).sort(newestFirst) })).filter(
        (group) => group.entries.length > 0,
      );
    },
  };
}
