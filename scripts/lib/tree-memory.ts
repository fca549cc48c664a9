/**
 * Peak resident memory of a command and every process it starts, sampled from /proc. GNU time's
 * %M reports only the largest single process it waited for, and missed the Pagefind binary that
 * held most of the index stage's memory.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;
const SAMPLE_MS = 100;

export interface TreeRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Largest sum of resident memory over the process and its descendants, in bytes; undefined without /proc. */
  peakBytes?: number;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Resident bytes of `root` and all its descendants now. */
export function treeResidentBytes(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // Field 4 (ppid) follows the command name, which may itself hold spaces and parentheses.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : Number.NaN;
    if (Number.isFinite(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  let bytes = 0;
  for (const queue = [root]; queue.length > 0; ) {
    const pid = queue.pop()!;
    const resident = Number(read(`/proc/${pid}/statm`)?.split(' ')[1] ?? 0);
    bytes += resident * PAGE_BYTES;
    queue.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

export function runMeasuringTree(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<TreeRun> {
  const measured = process.platform === 'linux';
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeResidentBytes(child.pid));
    };
    const timer = measured ? setInterval(sample, SAMPLE_MS) : undefined;
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), peakBytes: measured ? peak : undefined });
    });
  });
}
