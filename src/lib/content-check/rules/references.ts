import { closest, distance } from 'fastest-levenshtein';
import { t } from '../../../i18n/zh-CN.ts';
import { brokenReferences } from '../../relations.ts';
import type { Problem, ValidEntry } from '../types.ts';

/** Every id in a relation field must name an existing entry of the right kind. */
export function checkReferences(entries: readonly ValidEntry[]): Problem[] {
  return brokenReferences(entries).map(({ from, field, index, targetKind, targetId }) => {
    const entry = from as ValidEntry;
    const ids = entries.filter((candidate) => candidate.kind === targetKind).map((candidate) => candidate.id);
    const nearest = ids.length > 0 ? closest(targetId, ids) : undefined;
    const suggestion = nearest && distance(targetId, nearest) <= 3 ? nearest : undefined;
    return {
      file: entry.file,
      line: entry.lineOf([field, index]),
      field,
      message:
        `找不到${t(`kind.${targetKind}`)}“${targetId}”：content/${targetKind}/${targetId}.md 不存在${suggestion ? `（是否应为 ${suggestion}？）` : ''} / ` +
        `no ${targetKind} entry "${targetId}"${suggestion ? ` (did you mean ${suggestion}?)` : ` (content/${targetKind}/${targetId}.md is missing)`}`,
    };
  });
}
