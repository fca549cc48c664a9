import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkFiles } from '../../src/integrations/linked-files.ts';

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'src-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('linked files', () => {
  it('holds exactly the sources’ files, as links, and leaves a file already linked alone', () => {
    work = mkdtempSync(join(tmpdir(), 'linked-'));
    const first = tree({ 'a.json': 'a', 'index/x.pf_index': 'x' });
    const shard = tree({ 'pagefind-entry.json': 'e' });
    const target = join(work, 'site');
    mkdirSync(join(target, 'old-shard'), { recursive: true });
    writeFileSync(join(target, 'old-shard/stale.json'), 'stale');
    writeFileSync(join(target, 'ours.json'), 'written by the build');

    linkFiles(target, [
      { from: first, to: '' },
      { from: shard, to: 'shards/s1' },
    ]);
    expect(readdirSync(target, { recursive: true }).sort()).toEqual([
      'a.json',
      'index',
      'index/x.pf_index',
      'shards',
      'shards/s1',
      'shards/s1/pagefind-entry.json',
    ]);
    expect(statSync(join(target, 'a.json')).ino).toBe(statSync(join(first, 'a.json')).ino);
    expect(readFileSync(join(target, 'shards/s1/pagefind-entry.json'), 'utf8')).toBe('e');

    const linked = statSync(join(target, 'index/x.pf_index')).ino;
    const changed = tree({ 'pagefind-entry.json': 'e2' });
    linkFiles(target, [
      { from: first, to: '' },
      { from: changed, to: 'shards/s2' },
    ]);
    expect(statSync(join(target, 'index/x.pf_index')).ino).toBe(linked);
    expect(existsSync(join(target, 'shards/s1'))).toBe(false);
    expect(readFileSync(join(target, 'shards/s2/pagefind-entry.json'), 'utf8')).toBe('e2');
  });
});
