/**
 * The pages of the last complete build, put back where Astro looks for them. Astro's incremental
 * build keeps a page whose cacheKey held if the page is already in the output directory, and
 * otherwise copies it from its cache (a mkdir and a copyFile per page: 11 s of a one-entry rebuild at
 * 20,000 entries). Moving the previous pages back is a rename each. A page whose key changed is
 * rendered over its old copy; one the build no longer has is deleted at the end, so the output is
 * what a clean build writes.
 *
 * The list of pages is written only when a build completes, and removed when the next one starts:
 * a stopped build leaves no list, so its half-written pages are never taken for the cache's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const LIST_FILE = 'previous-pages.json';

interface PageList {
  /** The output directory the pages were written to: a list is no use for another one. */
  outDir: string;
  /** Paths relative to outDir, '/'-separated. */
  pages: string[];
}

/** Takes the list of the last complete build's pages out of cacheDir: one build only can reuse it. */
export function takePageList(cacheDir: string, outDir: string): string[] {
  const file = join(cacheDir, LIST_FILE);
  if (!existsSync(file)) return [];
  let list: Partial<PageList> = {};
  try {
    list = JSON.parse(readFileSync(file, 'utf8')) as Partial<PageList>;
  } catch {
    // An unreadable list reuses nothing: Astro copies every page from its cache as it would.
  }
  rmSync(file);
  return list.outDir === resolve(outDir) && Array.isArray(list.pages) ? list.pages.filter((page) => typeof page === 'string') : [];
}

export function writePageList(cacheDir: string, outDir: string, pages: readonly string[]): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, LIST_FILE), JSON.stringify({ outDir: resolve(outDir), pages: [...pages].sort() } satisfies PageList));
}

/** Moves each listed page that `from` holds to the same place under `to`; returns those moved. */
export function moveBack(from: string, to: string, pages: readonly string[]): string[] {
  const made = new Set<string>();
  const moved: string[] = [];
  for (const page of pages) {
    // A listed path leaving the directory (an edited list) is not a page of this site.
    if (page.split('/').some((part) => part === '..' || part === '') || !existsSync(join(from, page))) continue;
    const parent = dirname(join(to, page));
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    renameSync(join(from, page), join(to, page));
    moved.push(page);
  }
  return moved;
}

/** Deletes the pages moved back that this build did not write or keep, and the directories they leave empty. */
export function deleteUnbuilt(outDir: string, movedBack: readonly string[], built: ReadonlySet<string>): string[] {
  const unbuilt = movedBack.filter((page) => !built.has(page));
  for (const page of unbuilt) {
    unlinkSync(join(outDir, page));
    for (let dir = dirname(join(outDir, page)); dir !== resolve(outDir) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
  }
  return unbuilt;
}
