/**
 * npm run check [-- <files>]: validates content without building the site.
 * Prints one line per problem and exits non-zero if there is any.
 */
import { relative, resolve } from 'node:path';
import { checkContent, formatProblem } from '../src/lib/content-check/index.ts';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2).map((file) => relative(root, resolve(file)));
const started = performance.now();
const { problems, filesChecked } = checkContent({ root, only: only.length > 0 ? only : undefined });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

for (const problem of problems) console.log(formatProblem(problem));
if (problems.length > 0) {
  const files = new Set(problems.map((problem) => problem.file)).size;
  console.error(`\n✗ ${problems.length} 个问题，涉及 ${files} 个文件 / ${problems.length} problem(s) in ${files} file(s) (${seconds} s)`);
  process.exitCode = 1;
} else {
  console.log(`✓ ${filesChecked} 个文件全部通过检查 / all ${filesChecked} file(s) valid (${seconds} s)`);
}
