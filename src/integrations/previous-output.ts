/**
 * Astro empties the output directory before it builds, one synchronous unlink at a time on the main
 * thread: 6.4 s of a one-entry rebuild at 20,000 entries (43,000 files). This integration empties it
 * instead (Astro is told not to): the previous output is moved aside when the build starts (one
 * rename per top-level name), the last complete build's pages are moved back for Astro to keep
 * (reused-pages.ts), and the rest is deleted by a child process while Astro builds; the build waits
 * for the deletion before it ends. Astro finds the directory as it would have left it plus pages it
 * would have copied from its cache, so what it writes is unchanged.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deleteUnbuilt, moveBack, takePageList, writePageList } from './reused-pages.ts';

/** Astro keeps these when it empties the output directory. */
const KEPT = new Set(['.git']);

const ASIDE_PREFIX = 'previous-output-';

/**
 * Moves what dir holds into a new directory under parent, and returns that directory. A name that
 * cannot be renamed (parent on another file system) is deleted here and now, as Astro would.
 */
export function moveAside(dir: string, parent: string): string {
  mkdirSync(parent, { recursive: true });
  const aside = mkdtempSync(join(parent, ASIDE_PREFIX));
  if (!existsSync(dir)) return aside;
  for (const name of readdirSync(dir)) {
    if (KEPT.has(name)) continue;
    try {
      renameSync(join(dir, name), join(aside, name));
    } catch {
      rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
  return aside;
}

/**
 * Deletes every directory moved aside under parent, this build's and any a stopped build left. In a
 * child process: deleting in this one (fs.promises.rm) filled libuv's four threads with 50,000
 * unlinks, and Vite's own file reads queued behind them, idle for 8 s of a one-entry rebuild at
 * 20,000 entries.
 */
export function deleteMovedAside(parent: string): Promise<void> {
  const asides = readdirSync(parent)
    .filter((name) => name.startsWith(ASIDE_PREFIX))
    .map((name) => join(parent, name));
  const deleteEach = 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })';
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', deleteEach, ...asides], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`could not delete the previous output in ${parent} (exit code ${code})`))));
  });
}

/** Each route's output files, as paths under outDir. */
function builtFiles(outDir: string, assets: Map<string, URL[]>): Set<string> {
  return new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/')));
}

export function previousOutput(): AstroIntegration {
  let outDir = '';
  let parent = '';
  let movedBack: string[] = [];
  let deleting: Promise<void> | undefined;
  return {
    name: 'previous-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        parent = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        const pages = takePageList(parent, outDir);
        const aside = moveAside(outDir, parent);
        movedBack = moveBack(aside, outDir, pages);
        deleting = deleteMovedAside(parent);
      },
      'astro:build:done': async ({ assets }) => {
        const built = builtFiles(outDir, assets);
        deleteUnbuilt(outDir, movedBack, built);
        writePageList(parent, outDir, [...built]);
        await deleting;
      },
    },
  };
}
