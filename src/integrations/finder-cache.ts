/**
 * 找专家's files (lib/find/finder-files.ts) for the content under root, in the cache: none written when
 * the same data was written before, and after an edit only the words files it changes, the rest linked
 * from the earlier build's directory. The site links them like the search shards. Written under a
 * temporary name and renamed, so a stopped build never leaves half the files for a later build to take
 * for whole.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { t } from '../i18n/zh-CN.ts';
import type { Corpus, CorpusEntry } from '../lib/corpus.ts';
import { changedWords, finderOtherFiles, finderWords, type WordsState } from '../lib/find/finder-files.ts';
import { FINDER_DIRECTORY, FINDER_WORDS_DIRECTORY, type WordsFile } from '../lib/find/finder-index.ts';
import { type FinderData, finderData } from '../lib/find/profiles.ts';
import type { FoldMap } from '../lib/search/fold.ts';
import { linkFiles } from './linked-files.ts';

/** Named in the key: files cached in another format are written again. */
const FORMAT = 'finder-words-3';

/** Beside each directory: what the next build needs to update it (WordsState). */
const stateFile = (dir: string) => `${dir}.state.json`;

const within = (dir: string, file: string) => join(dir, relative(FINDER_DIRECTORY, file));

/** A new file, never written through a link into the earlier directory. */
function writeInto(dir: string, file: string, content: unknown): void {
  const path = within(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path)) unlinkSync(path);
  writeFileSync(path, JSON.stringify(content));
}

/** The earlier build's directory and state, if the cache has one. */
function earlierBuild(cacheDir: string): { dir: string; state: WordsState } | undefined {
  const dir = readdirSync(cacheDir)
    .map((name) => join(cacheDir, name))
    .find((path) => !path.endsWith('.json') && !path.endsWith('.writing') && existsSync(stateFile(path)));
  return dir ? { dir, state: JSON.parse(readFileSync(stateFile(dir), 'utf8')) as WordsState } : undefined;
}

/** The directory holding these files, as they go under the site's FINDER_DIRECTORY; earlier ones are deleted. */
export async function writeFinderFiles(data: FinderData, cacheDir: string): Promise<string> {
  mkdirSync(cacheDir, { recursive: true });
  const key = createHash('sha256').update(FORMAT).update(JSON.stringify(data)).digest('hex').slice(0, 32);
  const dir = join(cacheDir, key);
  if (!existsSync(dir)) {
    const writing = `${dir}.writing`;
    rmSync(writing, { recursive: true, force: true });
    const earlier = earlierBuild(cacheDir);
    const changed =
      earlier && changedWords(earlier.state, data.evidenceTexts, (file) => JSON.parse(readFileSync(within(earlier.dir, file), 'utf8')) as WordsFile);
    // The words files this edit leaves as they were: every one exists, as many as before.
    if (earlier && changed) linkFiles(within(writing, FINDER_WORDS_DIRECTORY), [{ from: within(earlier.dir, FINDER_WORDS_DIRECTORY), to: '' }]);
    const words = changed ?? finderWords(data.evidenceTexts);
    for (const [file, content] of words.files) writeInto(writing, file, content);
    for (const [file, content] of finderOtherFiles(data, words.state.wordsFiles)) writeInto(writing, file, content);
    writeFileSync(stateFile(dir), JSON.stringify(words.state));
    renameSync(writing, dir);
  }
  const earlier = readdirSync(cacheDir).filter((name) => name !== key && name !== `${key}.state.json`);
  await Promise.all(earlier.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
  return dir;
}

export const cachedFinderFiles = (corpus: Corpus, bodyText: (entry: CorpusEntry) => string, foldMap: FoldMap, cacheDir: string): Promise<string> =>
  writeFinderFiles(
    finderData(corpus, foldMap, (entry) => t(`kind.${entry.kind}`), bodyText),
    cacheDir,
  );
