/**
 * Astro empties the output directory before it builds, one synchronous unlink at a time on the main
 * thread: 6.4 s of a one-entry rebuild at 20,000 entries (43,000 files). Instead the previous
 * output is moved aside when the build starts (one rename per top-level name) and deleted on
 * libuv's threads while Astro builds; the build waits for the deletion before it ends. Astro then
 * finds the directory as empty as it would have left it, so what it writes is unchanged.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro keeps these when it empties the output directory. */
const KEPT = new Set(['.git']);

const ASIDE_PREFIX = 'previous-output-';

/**
 * Moves what dir holds into a new directory under parent, and returns that directory. From the first
 * name that cannot be renamed (parent on another file system) on, the rest stays, for Astro to delete as it would.
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
      break;
    }
  }
  return aside;
}

/** Deletes every directory moved aside under parent, this build's and any a stopped build left. */
export async function deleteMovedAside(parent: string): Promise<void> {
  const asides = readdirSync(parent).filter((name) => name.startsWith(ASIDE_PREFIX));
  await Promise.all(asides.map((name) => rm(join(parent, name), { recursive: true, force: true })));
}

export function previousOutput(): AstroIntegration {
  let outDir = '';
  let parent = '';
  let deleting: Promise<void> | undefined;
  return {
    name: 'previous-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        parent = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        moveAside(outDir, parent);
        deleting = deleteMovedAside(parent);
      },
      'astro:build:done': async () => {
        await deleting;
      },
    },
  };
}
