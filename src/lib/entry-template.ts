/**
 * The file `npm run new` writes: every field of the kind in schema order, a
 * short Chinese comment on each, placeholders marked 【待填写】 that the
 * checker refuses until they are replaced, and today's date.
 */
import type { ContentKind } from '../schema/index.ts';
import { kindFields, type FieldInfo } from './field-reference.ts';

export const PLACEHOLDER = '【待填写';

const BODY_OUTLINE: Record<ContentKind, string[]> = {
  cases: ['问题', '做法', '成效'],
  experts: ['工作与贡献'],
  methods: ['怎样应用'],
  courses: ['课程内容'],
};

const BODY_HINTS: Record<string, string> = {
  问题: '企业或乡村遇到了什么难题？',
  做法: '劳模工匠做了什么、怎么做的？',
  成效: '取得了什么结果？数字和单位照原文。',
  工作与贡献: '他们做了哪些工作、有什么贡献？只写公开的职业信息。',
  怎样应用: '在什么场合、由谁、怎样使用这个方法？',
  课程内容: '课程讲了什么、怎么上的？',
};

const placeholder = (hint: string) => `${PLACEHOLDER}：${hint}】`;

function exampleHint(field: FieldInfo): string {
  const example = Array.isArray(field.example) ? field.example[0] : field.example;
  return example === undefined ? field.title : `${field.title}，如 ${String(example)}`;
}

function fieldLines(field: FieldInfo, today: string, indent = ''): string[] {
  const comment = `${indent}# ${field.title}${field.required ? '' : '（可省略）'}：${field.description}`;
  if (field.key === 'date' && !indent) return [comment, `${indent}date: "${today}"`];
  if (field.fields) {
    const [first, ...rest] = field.fields.filter((sub) => sub.required || sub.key === 'date');
    const item = [first!, ...rest].flatMap((sub, index) => {
      const line = `${sub.key}: ${placeholder(exampleHint(sub))}`;
      return [`${indent}  ${index === 0 ? '- ' : '  '}${line}  # ${sub.title}${sub.required ? '' : '（没有就删掉这一行）'}`];
    });
    return [comment, `${indent}${field.key}:`, ...item];
  }
  if (field.list) return [comment, `${indent}${field.key}:`, `${indent}  - ${placeholder(exampleHint(field))}`];
  return [comment, `${indent}${field.key}: ${placeholder(exampleHint(field))}`];
}

export function entryTemplate(kind: ContentKind, today: string): string {
  const frontMatter = kindFields(kind).flatMap((field) => fieldLines(field, today));
  const body = BODY_OUTLINE[kind].flatMap((heading) => [`## ${heading}`, '', placeholder(BODY_HINTS[heading]!), '']);
  return ['---', ...frontMatter, '---', '', ...body].join('\n');
}
