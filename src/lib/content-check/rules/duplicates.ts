import { kinds } from '../../../schema/index.ts';
import { foldForComparison } from '../../text-fold.ts';
import type { Problem, ValidEntry } from '../types.ts';

/**
 * The same case or person added twice under different ids. People are the same
 * when name and employer agree (namesakes at other employers are common);
 * other kinds when their titles agree once punctuation and 繁/简 are folded.
 */
export function checkDuplicates(entries: readonly ValidEntry[]): Problem[] {
  const seen = new Map<string, ValidEntry>();
  const problems: Problem[] = [];
  const sorted = [...entries].sort((a, b) => a.file.localeCompare(b.file));
  for (const entry of sorted) {
    if (typeof entry.data[kinds[entry.kind].titleField] !== 'string') continue;
    const key = identityKey(entry);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    const field = kinds[entry.kind].titleField;
    problems.push({
      file: entry.file,
      line: entry.lineOf([field]),
      field,
      message: `与 ${first.file} 重复（同一${entry.kind === 'experts' ? '人物' : '条目'}用了两个 id），请合并为一个文件 / duplicates ${first.file}: merge them into one entry`,
    });
  }
  return problems;
}

function identityKey(entry: ValidEntry): string {
  const title = foldForComparison(String(entry.data[kinds[entry.kind].titleField]));
  if (entry.kind !== 'experts') return `${entry.kind}|${title}`;
  const employer = foldForComparison(String(entry.data.employer));
  return `experts|${title}|${employer}`;
}
