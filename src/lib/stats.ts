/**
 * Counts for the statistics page and the long lists: entries by kind, industry section, province
 * and year, and the bars' lengths for the charts.
 */
import { t } from '../i18n/zh-CN.ts';
import { CONTENT_KINDS, type ContentKind } from '../schema/index.ts';
import { provinceOf, sectionOf } from '../taxonomy/codes.ts';
import type { CorpusEntry } from './corpus.ts';
import { formatPartialDate } from './partial-date.ts';
import { type TaxonomyName, taxonLabel } from './taxon-labels.ts';

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

/** The level each index is summarised at: industry sections, provinces. */
const TOP_LEVEL: Record<TaxonomyName, (code: string) => string> = { industries: sectionOf, regions: provinceOf };

/** An entry whose source gives no code is counted under this key, so totals still add up. */
const UNREPORTED = 'unreported';

/**
 * Entries per industry section or per province, named, largest first. With `unreportedLabel`,
 * entries whose source gives no code are counted too, under that label.
 */
export function countByTopLevel(entries: readonly CorpusEntry[], taxonomy: TaxonomyName, unreportedLabel?: string): Count[] {
  return countBy(
    entries,
    (entry) => {
      const codes = entry[taxonomy].map(TOP_LEVEL[taxonomy]);
      return codes.length === 0 && unreportedLabel ? [UNREPORTED] : codes;
    },
    (code) => (code === UNREPORTED && unreportedLabel ? unreportedLabel : taxonLabel(taxonomy, code)),
  );
}

export function corpusStats(entries: readonly CorpusEntry[], kindLabel: (kind: ContentKind) => string) {
  return {
    byKind: CONTENT_KINDS.map((kind) => ({ key: kind, label: kindLabel(kind), value: entries.filter((entry) => entry.kind === kind).length })),
    bySection: countByTopLevel(entries, 'industries', t('stats.unreported')),
    byProvince: countByTopLevel(entries, 'regions', t('stats.unreported')),
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
