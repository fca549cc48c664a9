/**
 * Counts for the statistics page: entries by kind, industry section, province
 * and year, and horizontal bar-chart geometry drawn at build time as SVG.
 */
import { t } from '../i18n/zh-CN.ts';
import { CONTENT_KINDS, type ContentKind } from '../schema/index.ts';
import { provinceOf, sectionOf } from '../taxonomy/codes.ts';
import { industries, regions } from '../taxonomy/taxonomy.ts';
import type { CorpusEntry } from './corpus.ts';
import { formatPartialDate } from './partial-date.ts';

export interface Count {
  key: string;
  label: string;
  value: number;
}

/** Entries counted once per distinct key they carry; largest first unless `byKey`. */
export function countBy(entries: readonly CorpusEntry[], keysOf: (entry: CorpusEntry) => string[], label: (key: string) => string, byKey = false): Count[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const key of new Set(keysOf(entry))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()]
    .map(([key, value]) => ({ key, label: label(key), value }))
    .sort((a, b) => (byKey ? a.key.localeCompare(b.key) : b.value - a.value || a.key.localeCompare(b.key)));
}

/** An entry whose source gives no code is counted under this key, so totals still add up. */
export const UNREPORTED = 'unreported';

const orUnreported = (keys: string[]) => (keys.length > 0 ? keys : [UNREPORTED]);

export function corpusStats(entries: readonly CorpusEntry[], kindLabel: (kind: ContentKind) => string) {
  return {
    byKind: CONTENT_KINDS.map((kind) => ({ key: kind, label: kindLabel(kind), value: entries.filter((entry) => entry.kind === kind).length })),
    bySection: countBy(
      entries,
      (entry) => orUnreported(entry.industries.map(sectionOf)),
      (code) => (code === UNREPORTED ? t('stats.unreported') : (industries.name(code) ?? code)),
    ),
    byProvince: countBy(
      entries,
      (entry) => orUnreported(entry.regions.map(provinceOf)),
      (code) => (code === UNREPORTED ? t('stats.unreported') : (regions.name(code) ?? code)),
    ),
    byYear: countBy(entries, (entry) => [entry.date.slice(0, 4)], formatPartialDate, true),
  };
}

export interface Bar {
  label: string;
  value: number;
  /** The bar's length as a percentage of the longest. */
  percent: number;
}

/**
 * Horizontal bars scaled to the largest value. The page draws labels and values as text, so they
 * keep the text size on a 360 px phone (an SVG chart scaled them down to about 6 px).
 */
export function barChart(counts: readonly Count[]): Bar[] {
  const max = Math.max(1, ...counts.map((count) => count.value));
  return counts.map((count) => ({ label: count.label, value: count.value, percent: Math.max(1, Math.round((count.value / max) * 100)) }));
}
