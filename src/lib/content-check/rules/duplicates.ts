import { t } from '../../../i18n/zh-CN.ts';
import { fieldValue, kinds } from '../../../schema/index.ts';
import { foldForComparison } from '../../text-fold.ts';
import type { Problem, ValidEntry } from '../types.ts';

/**
 * The same entry added twice under different ids: its kind's identity fields (a person's name and
 * employer, since namesakes at other employers are common; other kinds' titles) agree once
 * punctuation and 繁/简 are folded.
 */
export function checkDuplicates(entries: readonly ValidEntry[]): Problem[] {
  const groups = new Map<string, ValidEntry[]>();
  for (const entry of entries) {
    const key = identityKey(entry);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  // Either file may be the newcomer, so both are told about the other.
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((entry) => {
        const others = group
          .filter((other) => other !== entry)
          .map((other) => other.file)
          .join('、');
        const field = kinds[entry.kind].titleField;
        return {
          file: entry.file,
          line: entry.lineOf([field]),
          field,
          message: `与 ${others} 重复（同一${t(`kind.${entry.kind}`)}用了不同的 id），请合并为一个文件 / duplicates ${others}: merge them into one entry`,
        };
      }),
    );
}

/** Undefined while an identity field is missing or not text: the schema rule reports that. */
function identityKey(entry: ValidEntry): string | undefined {
  const values = kinds[entry.kind].identity.map((field) => fieldValue(entry, field));
  if (!values.every((value): value is string => typeof value === 'string')) return undefined;
  return [entry.kind, ...values.map(foldForComparison)].join('|');
}
