/**
 * Makes a directory hold exactly the files of some source directories, as hard links to them. A file
 * already linked to its source stays as it is, so an index rebuilt after a one-entry edit touches the
 * files of one shard, not the tens of thousands of every shard; a file no source has any more goes.
 * Where a link cannot be made (another file system), the file is copied.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface LinkedSource {
  /** The directory whose files are linked. */
  from: string;
  /** Where under the target they go ('' for the target itself). */
  to: string;
}

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    : [];

const sameFile = (a: string, b: string) => {
  const [first, second] = [statSync(a), statSync(b)];
  return first.ino === second.ino && first.dev === second.dev;
};

/** Directories under dir left without files, deepest first. */
function removeEmptyDirectories(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    removeEmptyDirectories(path);
    if (readdirSync(path).length === 0) rmdirSync(path);
  }
}

export function linkFiles(target: string, sources: readonly LinkedSource[]): void {
  const wanted = new Map<string, string>();
  for (const { from, to } of sources) for (const file of filesUnder(from)) wanted.set(join(to, file), join(from, file));
  for (const file of filesUnder(target)) {
    const source = wanted.get(file);
    if (source && sameFile(source, join(target, file))) wanted.delete(file);
    else unlinkSync(join(target, file));
  }
  if (existsSync(target)) removeEmptyDirectories(target);
  for (const [file, source] of wanted) {
    const path = join(target, file);
    mkdirSync(dirname(path), { recursive: true });
    try {
      linkSync(source, path);
    } catch {
      copyFileSync(source, path);
    }
  }
}
