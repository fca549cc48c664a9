/**
 * npm run check:originality — lists every run of more than 14 characters that an entry shares with a
 * source article (official names in content/official-names.yaml and marked quotations apart), one line
 * each, so an editor can rewrite it in their own words. Reads the articles from ../shared/seeds/ or the
 * folder given as the first argument.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check/index.ts';
import { copiedRuns, LONGEST_SHARED_RUN, loadOfficialNames, loadSources, sourcesFolder } from '../src/lib/originality.ts';

const root = resolve(import.meta.dirname, '..');
const folder = process.argv[2] ? resolve(process.argv[2]) : sourcesFolder(root);
if (!existsSync(folder)) {
  console.error(`没有找到来源文章 / no source articles at ${folder}`);
  process.exit(2);
}
const runs = copiedRuns({
  entries: checkContent({ root }).content,
  sources: loadSources(folder),
  allowed: loadOfficialNames(root),
  longest: LONGEST_SHARED_RUN,
});
for (const { file, source, run } of runs)
  console.log(`${file}: 与 ${source} 相同的 ${[...run].length} 字 / ${[...run].length} characters as in the source: ${run}`);
console.log(`${runs.length} 处 / runs in ${new Set(runs.map((run) => run.file)).size} 个文件 / files`);
process.exit(runs.length === 0 ? 0 : 1);
