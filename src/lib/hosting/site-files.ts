/** The files of a built site, as paths relative to its root with "/" separators. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SiteFile {
  path: string;
  bytes: number;
}

export function listSiteFiles(root: string): SiteFile[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: relative(root, file).split(sep).join('/'), bytes: statSync(file).size };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
