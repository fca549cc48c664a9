/**
 * npm run fix [-- <files>]: repairs what is safe to repair (key order, date
 * format, code format, trailing spaces), then reports what is left to fix by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkContent, formatProblem, listContentFiles } from '../src/lib/content-check/index.ts';
import { fixEntry } from '../src/lib/fix-entry.ts';

const root = resolve(import.meta.dirname, '..');
const only = new Set(process.argv.slice(2).map((file) => relative(root, resolve(file))));
let fixed = 0;
for (const { file, kind } of listContentFiles(root)) {
  if (only.size > 0 && !only.has(file)) continue;
  const path = resolve(root, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    continue; // not UTF-8: the checker explains how to convert it
  }
  const result = fixEntry(text, kind);
  if (result.changes.length === 0) continue;
  writeFileSync(path, result.text);
  fixed++;
  console.log(`已修复 / fixed ${file}: ${result.changes.join(', ')}`);
}
const { problems } = checkContent({ root, only: only.size > 0 ? [...only] : undefined });
console.log(fixed === 0 ? '没有可以自动修复的内容 / nothing to fix automatically' : `共修复 ${fixed} 个文件 / fixed ${fixed} file(s)`);
if (problems.length > 0) {
  console.log(`\n还需要手动修改 / still to fix by hand:`);
  for (const problem of problems) console.log(formatProblem(problem));
  process.exitCode = 1;
}
