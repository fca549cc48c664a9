import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteMovedAside, moveAside } from '../../src/integrations/previous-output.ts';

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('previous output', () => {
  it('leaves the output directory as Astro empties it (.git kept) and deletes what it moved aside', async () => {
    work = mkdtempSync(join(tmpdir(), 'previous-output-'));
    const out = join(work, 'dist');
    const cache = join(work, 'cache');
    mkdirSync(join(out, 'cases/a'), { recursive: true });
    writeFileSync(join(out, 'cases/a/index.html'), 'page');
    writeFileSync(join(out, 'index.html'), 'home');
    mkdirSync(join(out, '.git'));
    mkdirSync(join(cache, 'previous-output-stopped'), { recursive: true });
    mkdirSync(join(cache, 'search-shards'));

    const aside = moveAside(out, cache);
    expect(readdirSync(out)).toEqual(['.git']);
    expect(readdirSync(aside).sort()).toEqual(['cases', 'index.html']);

    await deleteMovedAside(cache);
    expect(readdirSync(cache)).toEqual(['search-shards']);
  });

  it('has nothing to move when there is no output yet', () => {
    work = mkdtempSync(join(tmpdir(), 'previous-output-'));
    const aside = moveAside(join(work, 'dist'), join(work, 'cache'));
    expect(existsSync(aside)).toBe(true);
    expect(readdirSync(aside)).toEqual([]);
  });
});
