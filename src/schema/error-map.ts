/**
 * Validation messages written for the editor who made the mistake: Chinese
 * first, English after, naming what was expected. Installed globally so that
 * Astro's build and our own checker speak with one voice.
 */
import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文本 text',
  number: '数字 number',
  array: '列表 list',
  object: '键值对 mapping',
  boolean: '是/否 boolean',
  date: '日期 date',
};

const typeName = (type: string) => TYPE_NAMES[type] ?? type;

function describeInput(input: unknown): string {
  if (input === null) return '空值 null';
  if (Array.isArray(input)) return typeName('array');
  if (input instanceof Date) return typeName('date');
  return typeName(typeof input);
}

export function editorMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少必填字段 / required field is missing';
      return `应为${typeName(issue.expected)}，实际是${describeInput(issue.input)} / expected ${issue.expected}, got ${describeInput(issue.input).split(' ')[1]}`;
    case 'too_small':
      if (issue.origin === 'array') return `至少需要 ${issue.minimum} 项 / needs at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return issue.minimum === 1 ? '不能为空 / must not be empty' : `至少 ${issue.minimum} 个字 / at least ${issue.minimum} characters`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `最多 ${issue.maximum} 个字，现有 ${String(issue.input).length} 个 / at most ${issue.maximum} characters, found ${String(issue.input).length}`;
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
