/**
 * The date a build stands for: the commit it was built from, so two builds of one commit are
 * byte-identical whatever day they run. `SOURCE_DATE_EPOCH` (reproducible-builds.org) overrides;
 * outside a git checkout the build falls back to the day it runs.
 */
import { execFileSync } from 'node:child_process';

let date: string | undefined;

function commitDate(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function buildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  date ??= epoch ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : (commitDate() ?? new Date().toISOString().slice(0, 10));
  return date;
}
