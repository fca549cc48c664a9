import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { regions } from '../../../taxonomy/taxonomy.ts';
import type { Problem, ValidEntry } from '../types.ts';

/** An event a source article reports, and where it was held (content/event-places.yaml). */
export interface EventPlace {
  source: string;
  event: string;
  region: string;
}

export const loadEventPlaces = (root: string): EventPlace[] => {
  try {
    return (parse(readFileSync(join(root, 'content/event-places.yaml'), 'utf8')) as EventPlace[] | null) ?? [];
  } catch {
    return [];
  }
};

const locators = (entry: ValidEntry) =>
  (Array.isArray(entry.data.sources) ? entry.data.sources : [])
    .map((source) => (source as { locator?: unknown }).locator)
    .filter((locator) => typeof locator === 'string');

/**
 * People attend roadshows and ceremonies far from where they work: a person whose every region is
 * the place of an event their sources report has no evidence for that region.
 */
export function checkEventPlace(entry: ValidEntry, places: readonly EventPlace[]): Problem[] {
  if (entry.kind !== 'experts' || !Array.isArray(entry.data.regions) || entry.data.regions.length === 0) return [];
  const sources = locators(entry);
  const events = places.filter((place) => sources.includes(place.source));
  if (sources.length === 0 || events.length === 0) return [];
  const eventRegions = new Set(events.map((event) => event.region));
  if (!entry.data.regions.every((code) => eventRegions.has(String(code)))) return [];
  const named = events.map((event) => event.event).join('、');
  const place = events.map((event) => regions.name(event.region) ?? event.region).join('、');
  return [
    {
      file: entry.file,
      line: entry.lineOf(['regions']),
      field: 'regions',
      message:
        `地区只是活动举办地（${place}：${named}）：参加活动不等于在那里工作，请写报道能证明的所在地，没有就写 [] 并填 codesNote / ` +
        `the only region is where an event took place (${place}); code where the person works, or [] with a codesNote`,
    },
  ];
}
