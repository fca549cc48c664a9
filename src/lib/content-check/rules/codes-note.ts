import type { Problem, ValidEntry } from '../types.ts';

const CODE_FIELDS = ['industries', 'regions'] as const;

/**
 * "The source does not say" is a statement, not a gap: a trade or place left empty carries a
 * codesNote saying what the source records, and a note is there only when a list is empty.
 */
export function checkCodesNote(entry: ValidEntry): Problem[] {
  const empty = CODE_FIELDS.filter((field) => Array.isArray(entry.data[field]) && (entry.data[field] as unknown[]).length === 0);
  const note = entry.data.codesNote;
  if (empty.length > 0 && !note) {
    return [
      {
        file: entry.file,
        line: entry.lineOf([empty[0]!]),
        field: empty[0]!,
        message: `${empty.join('、')} 为空时须填写 codesNote，一句话说明来源写了什么 / an empty ${empty.join(' or ')} needs a codesNote saying what the source records`,
      },
    ];
  }
  if (empty.length === 0 && note !== undefined) {
    return [
      {
        file: entry.file,
        line: entry.lineOf(['codesNote']),
        field: 'codesNote',
        message: 'codesNote 只在行业或地区为空时填写 / codesNote is only for an empty industries or regions list',
      },
    ];
  }
  return [];
}
