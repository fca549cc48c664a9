/**
 * The order in which a deploy uploads files so that a reader mid-deploy never meets a page or an
 * index that points at something not yet there. Each phase finishes before the next starts.
 */
import { FINDER_INDEX_FILE } from '../find/finder-index.ts';
import { SHARDS_FILE } from '../search/shards.ts';
import { cacheClassOf } from './cache-policy.ts';

export type UploadPhase = 'immutable' | 'asset' | 'page' | 'entry';

/**
 * immutable: hashed bundles and search chunks, new names that nothing live points at yet;
 * asset: other files under fixed names (data, our search JSON, feed, sitemap);
 * page: HTML, which points at the new bundles;
 * entry: the list of older shards, 找专家's index (which says how its words are filed), then the first
 * shard's entry file, which names the new chunks, then Pagefind's loader.
 */
export const UPLOAD_PHASES: readonly UploadPhase[] = ['immutable', 'asset', 'page', 'entry'];

/** Uploaded one at a time in this order, after everything else. */
export const ENTRY_FILES = [SHARDS_FILE, FINDER_INDEX_FILE, 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js'] as const;

export function uploadPhaseOf(path: string): UploadPhase {
  if ((ENTRY_FILES as readonly string[]).includes(path)) return 'entry';
  if (cacheClassOf(path) === 'immutable') return 'immutable';
  return path.endsWith('.html') ? 'page' : 'asset';
}

/** Files in upload order: phase by phase; within a phase the entry files in their fixed order, the rest by path. */
export function inUploadOrder<T extends { path: string }>(files: readonly T[]): T[] {
  const rank = (path: string) => (ENTRY_FILES as readonly string[]).indexOf(path);
  return [...files].sort(
    (a, b) =>
      UPLOAD_PHASES.indexOf(uploadPhaseOf(a.path)) - UPLOAD_PHASES.indexOf(uploadPhaseOf(b.path)) ||
      rank(a.path) - rank(b.path) ||
      a.path.localeCompare(b.path),
  );
}
