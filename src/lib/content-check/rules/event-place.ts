import { existsSync, readFileSync } from 'node:fs';
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

/** A project without the file records no events; a file that does not parse stops the check, as any content file would. */
export function loadEventPlaces(root: string): EventPlace[] {
  const file = join(root, 'content/event-places.yaml');
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as EventPlace[] | null) ?? []) : [];
}

const locators = (entry: ValidEntry) =>
  (Array.isArray(entry.data.sources) ? entry.data.sources : [])
    .map((source) => (source as { locator?: unknown }).locator)
    .filter((locator) => typeof locator === 'string');

/** `重庆市` → `重庆`, `广东省` → `广东`: how an organisation's name carries its place. */
const shortName = (code: string) => (regions.name(code) ?? '').replace(/(省|市|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区)$/, '');

/**
 * People attend roadshows and ceremonies far from where they work: a person whose every region is
 * the place of an event their sources report has no evidence for that region, unless their
 * employer's name carries it (重庆红宇精密工业集团有限公司).
 */
export function checkEventPlace(entry: ValidEntry, places: readonly EventPlace[]): Problem[] {
  if (entry.kind !== 'experts' || !Array.isArray(entry.data.regions) || entry.data.regions.length === 0) return [];
  const sources = locators(entry);
  const events = places.filter((place) => sources.includes(place.source));
  if (sources.length === 0 || events.length === 0) return [];
  const eventRegions = new Set(events.map((event) => event.region));
  const codes = entry.data.regions.map(String);
  if (!codes.every((code) => eventRegions.has(code))) return [];
  const employer = typeof entry.data.employer === 'string' ? entry.data.employer : '';
  if (codes.every((code) => shortName(code) !== '' && employer.includes(shortName(code)))) return [];
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
