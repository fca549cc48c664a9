/**
 * The built site's pages as the accessibility checks see them: every path in the sitemap, and one
 * representative per page template. A full axe sweep costs about 2.3 s a page (≈20 minutes for both
 * themes over ~270 pages on a 2-core machine), so `npm test` runs axe on one page of each template
 * and the cheap structural checks on every page; `npm run a11y:all` sweeps every page.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_KINDS } from '../../../src/schema/index.ts';
import { regionLevel } from '../../../src/taxonomy/codes.ts';

const DIST = resolve(import.meta.dirname, '../../../dist');

/** Paths in the built sitemap, read from disk so that tests can be declared per page. */
export function sitemapPaths(): string[] {
  let xml: string;
  try {
    xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  } catch {
    throw new Error('dist/sitemap-0.xml is missing: run `npm run build` before the browser tests.');
  }
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

const KIND_SEGMENT = new RegExp(`^(${CONTENT_KINDS.join('|')})$`);

/** The route a path was rendered from, with the taxonomy level kept apart: provinces, cities and counties render differently. */
export function templateOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const shape = segments.map((segment, index) => {
    if (index === 0 || segment === 'page' || KIND_SEGMENT.test(segment)) return segment;
    if (/^\d{6}$/.test(segment)) return `:${regionLevel(segment)}`;
    if (/^[A-Z]$/.test(segment)) return ':section';
    if (/^[A-Z]\d+$/.test(segment)) return ':division';
    if (/^\d+$/.test(segment)) return ':number';
    return ':id';
  });
  return `/${shape.map((segment) => `${segment}/`).join('')}`;
}

const sizeOf = (path: string) => statSync(join(DIST, path, 'index.html')).size;

/** For each template, its largest page: the one with the most content to get wrong. */
export function templateRepresentatives(paths: string[]): string[] {
  const largest = new Map<string, string>();
  for (const path of paths) {
    const template = templateOf(path);
    const current = largest.get(template);
    if (current === undefined || sizeOf(path) > sizeOf(current)) largest.set(template, path);
  }
  return [...largest.values()];
}

/** Splits a list into `size`-long runs, so a long sweep becomes tests that run in parallel and fail apart. */
export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
