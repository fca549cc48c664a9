/**
 * Validation messages written for the editor who made the mistake: Chinese
 * first, English after, naming what was expected. Installed globally so that
 * Astro's build and our own checker speak with one voice.
 */
import { z } from 'zod';

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'number' },
  array: { zh: '列表', en: 'list' },
  object: { zh: '键值对', en: 'mapping' },
  boolean: { zh: '是/否', en: 'boolean' },
  date: { zh: '日期', en: 'date' },
  null: { zh: '空值', en: 'null' },
};

const typeName = (type: string) => TYPE_NAMES[type] ?? { zh: type, en: type };

function typeOfInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  return typeof input;
}

export function editorMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少必填字段 / required field is missing';
      {
        const expected = typeName(issue.expected);
        const got = typeName(typeOfInput(issue.input));
        return `应为${expected.zh}，实际是${got.zh} / expected ${expected.en}, got ${got.en}`;
      }
    case 'too_small':
      if (issue.origin === 'array') return `至少需要 ${issue.minimum} 项 / needs at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string')
        return issue.minimum === 1 ? '不能为空 / must not be empty' : `至少 ${issue.minimum} 个字 / at least ${issue.minimum} characters`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string')
        return `最多 ${issue.maximum} 个字，现有 ${String(issue.input).length} 个 / at most ${issue.maximum} characters, found ${String(issue.input).length}`;
      if (issue.origin === 'array') return `最多 ${issue.maximum} 项 / at most ${issue.maximum} items`;
      return undefined;
    case 'unrecognized_keys':
      return `未知字段 ${issue.keys.map((key) => `"${key}"`).join('、')} / unknown field(s)`;
    case 'invalid_format':
      if (issue.format === 'url') return `"${String(issue.input)}" 不是有效网址（应以 https:// 开头）/ is not a valid URL`;
      return undefined;
    default:
      return undefined;
  }
}

z.config({ customError: editorMessage });
