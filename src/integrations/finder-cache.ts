/**
 * 找专家's files (lib/find/finder-files.ts) for the content under root, written into the cache unless
 * the same data was written before: a build whose candidates and evidence did not change writes
 * none of them, and the site links them like the search shards. Written under a temporary name
 * and renamed, so a stopped build never leaves half the files for a later build to take for whole.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { t } from '../i18n/zh-CN.ts';
import { finderFiles } from '../lib/find/finder-files.ts';
import { FINDER_DIRECTORY } from '../lib/find/finder-index.ts';
import { finderData } from '../lib/find/profiles.ts';
import { traditionalToSimplifiedMap } from '../lib/text-fold.ts';
import { loadSiteContent } from '../site/content.ts';

/** Named in the key: files cached in another format are written again. */
const FORMAT = 'finder-words-3';

/** The directory holding the finder's files, as they go under the site's FINDER_DIRECTORY; earlier ones are deleted. */
export async function cachedFinderFiles(root: string, cacheDir: string): Promise<string> {
  const data = finderData(loadSiteContent(root).corpus, traditionalToSimplifiedMap(), (entry) => t(`kind.${entry.kind}`));
  const key = createHash('sha256').update(FORMAT).update(JSON.stringify(data)).digest('hex').slice(0, 32);
  const dir = join(cacheDir, key);
  if (!existsSync(dir)) {
    const writing = `${dir}.writing`;
    rmSync(writing, { recursive: true, force: true });
    for (const [file, content] of finderFiles(data)) {
      const path = join(writing, relative(FINDER_DIRECTORY, file));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(content));
    }
    renameSync(writing, dir);
  }
  const earlier = readdirSync(cacheDir).filter((name) => name !== key);
  await Promise.all(earlier.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
  return dir;
}
