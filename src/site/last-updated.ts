/**
 * "Last updated" of each content file from git history, read in one `git log`
 * pass. In a shallow clone a file whose last change lies beyond the history
 * gets the boundary commit's date as an upper bound, marked as such. Files
 * git does not know yet (new, uncommitted) fall back to their modification time.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

export interface LastUpdated {
  date: string;
  /** True when history was cut off and the change may be older than `date`. */
  atMost: boolean;
}

let cache: Map<string, string> | undefined;
let shallowBoundary: string | undefined;

function git(root: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return '';
  }
}

function history(root: string): Map<string, string> {
  if (cache) return cache;
  cache = new Map();
  let date = '';
  for (const line of git(root, ['log', '--format=%x00%cs', '--name-only', '--', 'content']).split('\n')) {
    if (line.startsWith('\0')) date = line.slice(1);
    else if (line && !cache.has(line)) cache.set(line, date);
  }
  // The boundary commit of a shallow clone lists every file it holds as added, at its own date.
  if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
    shallowBoundary = git(root, ['log', '--format=%cs']).trim().split('\n').at(-1) || undefined;
  }
  return cache;
}

export function lastUpdated(root: string, file: string): LastUpdated {
  const date = history(root).get(file);
  if (date) return { date, atMost: shallowBoundary !== undefined && date === shallowBoundary };
  return { date: statSync(join(root, file)).mtime.toISOString().slice(0, 10), atMost: false };
}

/** Last update of an entry's file, relative to the project root the build runs in. */
export const entryUpdated = (entry: { kind: string; id: string }): LastUpdated => lastUpdated(process.cwd(), `content/${entry.kind}/${entry.id}.md`);
