import { kinds } from '../../../schema/index.ts';
import { foldForComparison } from '../../text-fold.ts';
import type { Problem, ValidEntry } from '../types.ts';

/**
 * The same case or person added twice under different ids. People are the same
 * when name and employer agree (namesakes at other employers are common);
 * other kinds when their titles agree once punctuation and 繁/简 are folded.
 */
export function checkDuplicates(entries: readonly ValidEntry[]): Problem[] {
  const groups = new Map<string, ValidEntry[]>();
  for (const entry of entries) {
    if (typeof entry.data[kinds[entry.kind].titleField] !== 'string') continue;
    const key = identityKey(entry);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  // Either file may be the newcomer, so both are told about the other.
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((entry) => {
        const others = group.filter((other) => other !== entry).map((other) => other.file).join('、');
        const field = kinds[entry.kind].titleField;
        return {
          file: entry.file,
          line: entry.lineOf([field]),
          field,
          message: `与 ${others} 重复（同一${entry.kind === 'experts' ? '人物' : '条目'}用了不同的 id），请合并为一个文件 / duplicates ${others}: merge them into one entry`,
        };
      }),
    );
}

function identityKey(entry: ValidEntry): string {
  const title = foldForComparison(String(entry.data[kinds[entry.kind].titleField]));
  if (entry.kind !== 'experts') return `${entry.kind}|${title}`;
  const employer = foldForComparison(String(entry.data.employer));
  return `experts|${title}|${employer}`;
}
