import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteUnbuilt, moveBack, takePageList, writePageList } from '../../src/integrations/reused-pages.ts';

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

function page(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

describe('pages reused from the last complete build', () => {
  it('gives the list to one build only, and only for the output directory it was written for', () => {
    work = mkdtempSync(join(tmpdir(), 'reused-pages-'));
    const cache = join(work, 'cache');
    writePageList(cache, join(work, 'dist'), ['b/index.html', 'a/index.html']);
    expect(takePageList(cache, join(work, 'dist'))).toEqual(['a/index.html', 'b/index.html']);
    expect(takePageList(cache, join(work, 'dist'))).toEqual([]);

    writePageList(cache, join(work, 'dist'), ['a/index.html']);
    expect(takePageList(cache, join(work, 'other-dist'))).toEqual([]);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('reuses nothing from a list that is not one', () => {
    work = mkdtempSync(join(tmpdir(), 'reused-pages-'));
    mkdirSync(join(work, 'cache'));
    writeFileSync(join(work, 'cache/previous-pages.json'), '{"outDir": ');
    expect(takePageList(join(work, 'cache'), join(work, 'dist'))).toEqual([]);
  });

  it('moves back the listed pages it finds, and nothing from outside the directory', () => {
    work = mkdtempSync(join(tmpdir(), 'reused-pages-'));
    const aside = join(work, 'aside');
    const out = join(work, 'dist');
    page(aside, 'cases/a/index.html', 'case a');
    page(aside, 'pagefind/pagefind.js', 'engine');
    page(work, 'secret.txt', 'not a page');
    mkdirSync(out);

    const moved = moveBack(aside, out, ['cases/a/index.html', 'cases/gone/index.html', '../secret.txt']);
    expect(moved).toEqual(['cases/a/index.html']);
    expect(readFileSync(join(out, 'cases/a/index.html'), 'utf8')).toBe('case a');
    expect(existsSync(join(aside, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(out, 'pagefind'))).toBe(false);
    expect(existsSync(join(work, 'secret.txt'))).toBe(true);
  });

  it('deletes the pages moved back that the build did not have, with the directories they leave empty', () => {
    work = mkdtempSync(join(tmpdir(), 'reused-pages-'));
    const out = join(work, 'dist');
    page(out, 'cases/kept/index.html', 'kept');
    page(out, 'cases/removed/index.html', 'removed');
    page(out, 'cases/removed/print/index.html', 'removed too');
    page(out, 'index.html', 'home');

    const deleted = deleteUnbuilt(
      out,
      ['cases/kept/index.html', 'cases/removed/index.html', 'cases/removed/print/index.html'],
      new Set(['cases/kept/index.html', 'index.html']),
    );
    expect(deleted).toEqual(['cases/removed/index.html', 'cases/removed/print/index.html']);
    expect(readdirSync(join(out, 'cases'))).toEqual(['kept']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home');
  });
});
