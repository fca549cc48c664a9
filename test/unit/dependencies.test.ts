/**
 * A package that our code imports but package.json does not declare works only while some other
 * dependency happens to pull it in (chrome-launcher arrived through lighthouse); declaring it keeps
 * installs and upgrades honest. Type-only packages count when their @types/ package is declared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const declared = new Set(
  ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {})),
);

const CODE = /\.(ts|mts|js|mjs|astro)$/;
const files = [
  ...['src', 'scripts', 'test'].flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file))),
  'astro.config.mjs',
  'playwright.config.ts',
  'vitest.config.ts',
].filter((file) => CODE.test(file));

/** Static imports (with or without bindings), re-exports from a module, and import() of a string literal. */
const SPECIFIERS = [/\b(?:import|export)\s+(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];

const isBare = (specifier: string) => !/^(\.|\/|node:|astro:)/.test(specifier) && !builtinModules.includes(specifier.split('/')[0]!);
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const typesOf = (name: string) => `@types/${name.replace(/^@(.*)\//, '$1__')}`;

test('every package imported from src/, scripts/, test/ and the configs is declared in package.json', () => {
  const undeclared = files.flatMap((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    return SPECIFIERS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!))
      .filter(isBare)
      .map(packageOf)
      .filter((name) => !declared.has(name) && !declared.has(typesOf(name)))
      .map((name) => `${file} → ${name}`);
  });
  expect(files.length).toBeGreaterThan(0);
  expect(undeclared).toEqual([]);
});
