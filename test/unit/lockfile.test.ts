/**
 * `npm ci` refuses a lockfile that lacks any package npm would resolve today. Two ways this project's
 * lockfile went wrong before, both caught here offline, before CI's `npm ci` fails:
 * - `npm install` over an existing node_modules wrote only this platform's optional binaries
 *   (npm/cli#4828); `npm install --package-lock-only` restores the others;
 * - a dependency declared as a dist-tag (`"third-party-web": "latest"` in Lighthouse's trace engine)
 *   resolves to whatever the registry publishes next, so a lockfile made today fails tomorrow;
 *   `overrides` in package.json pins it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

interface LockedPackage {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const manifest = read('package.json') as { devDependencies: Record<string, string>; overrides?: Record<string, Record<string, string>> };
const lock = read('package-lock.json') as { lockfileVersion: number; packages: Record<string, LockedPackage> };

/** Node's resolution: the nearest node_modules folder, walking up from the package that depends. */
function resolves(from: string, dependency: string): boolean {
  let base = from;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${dependency}`]) return true;
    if (!base) return false;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
}

const nameOf = (path: string, entry: LockedPackage) => entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
const DIST_TAG = /^[a-z][\w.-]*$/i;

describe('package-lock.json stays npm ci-clean', () => {
  test('it is a version 3 lockfile whose root matches package.json', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages['']?.devDependencies).toEqual(manifest.devDependencies);
  });

  test('every optional dependency, for every platform, is locked', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((dependency) => !resolves(path, dependency))
        .map((dependency) => `${nameOf(path, entry) || 'root'} → ${dependency}`),
    );
    expect(missing).toEqual([]);
  });

  test('no dependency resolves through a dist-tag that package.json does not pin', () => {
    const floating = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const name = nameOf(path, entry);
      return Object.entries({ ...entry.dependencies, ...entry.optionalDependencies })
        .filter(([dependency, spec]) => DIST_TAG.test(spec) && manifest.overrides?.[name]?.[dependency] === undefined)
        .map(([dependency, spec]) => `${name} → ${dependency}@${spec}`);
    });
    expect(floating).toEqual([]);
  });
});
