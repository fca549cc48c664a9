import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFinderFiles } from '../../src/integrations/finder-cache.ts';
import { type FinderData, finderData } from '../../src/lib/find/profiles.ts';
import { traditionalToSimplifiedMap } from '../../src/lib/text-fold.ts';
import { loadSiteContent } from '../../src/site/content.ts';

const scratch = mkdtempSync(join(tmpdir(), 'portal-finder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const filesIn = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );

describe('找专家 files in the cache', () => {
  const data = finderData(loadSiteContent().corpus, traditionalToSimplifiedMap(), (entry) => entry.kind);
  const edited: FinderData = {
    ...data,
    evidenceTexts: [
      ...data.evidenceTexts.map((text, number) => (number === 0 ? `${text} 新写的一句话` : number === 3 ? text.replace(/.$/u, '改') : text)),
      '新加的一条依据',
    ],
  };
  const last = data.evidenceTexts.length - 1;
  const withoutLast: FinderData = {
    evidenceTexts: data.evidenceTexts.slice(0, last),
    candidates: data.candidates.map((candidate) => ({ ...candidate, e: candidate.e.filter((link) => link.i !== last) })),
  };

  it('after an edit, write the files a clean build writes, linking the words files the edit left alone', async () => {
    const cache = join(scratch, 'edited');
    const beforeDir = await writeFinderFiles(data, cache);
    const before = filesIn(beforeDir);
    const inodes = new Map([...before.keys()].map((path) => [path, statSync(join(beforeDir, path)).ino]));
    const after = await writeFinderFiles(edited, cache);
    const clean = await writeFinderFiles(edited, join(scratch, 'clean'));
    expect(filesIn(after)).toEqual(filesIn(clean));
    // The words files the edit did not change are the earlier build's, linked; the others are new.
    const words = [...filesIn(after)].filter(([path]) => path.startsWith('words/'));
    const unchanged = words.filter(([path, text]) => before.get(path) === text);
    expect(unchanged.length).toBeGreaterThan(0);
    expect(unchanged.length).toBeLessThan(words.length);
    for (const [path] of unchanged) expect(statSync(join(after, path)).ino, path).toBe(inodes.get(path));
    // Only this build's directory and its state are kept.
    expect(readdirSync(cache).sort()).toEqual([relative(cache, after), `${relative(cache, after)}.state.json`].sort());
  });

  it('write every file again when evidence is removed and later numbers shift', async () => {
    const cache = join(scratch, 'removed');
    await writeFinderFiles(data, cache);
    const after = await writeFinderFiles(withoutLast, cache);
    expect(filesIn(after)).toEqual(filesIn(await writeFinderFiles(withoutLast, join(scratch, 'clean-removed'))));
  });

  it('write nothing for the same data', async () => {
    const cache = join(scratch, 'same');
    const first = await writeFinderFiles(data, cache);
    const inode = statSync(join(first, 'index.json')).ino;
    expect(await writeFinderFiles(data, cache)).toBe(first);
    expect(statSync(join(first, 'index.json')).ino).toBe(inode);
  });
});
