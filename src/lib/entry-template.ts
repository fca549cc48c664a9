/**
 * The file `npm run new` writes: every field of the kind in schema order, a
 * short Chinese comment on each, placeholders marked 【待填写】 that the
 * checker refuses until they are replaced, and today's date.
 */
import { type ContentKind, kinds } from '../schema/index.ts';
import { type FieldInfo, kindFields } from './field-reference.ts';

export const PLACEHOLDER = '【待填写';

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
  // An optional single value (codesNote) is needed only in some entries: offered commented out.
  if (!field.required) return [comment, `${indent}# ${field.key}: ${exampleHint(field)}`];
  return [comment, `${indent}${field.key}: ${placeholder(exampleHint(field))}`];
}

export function entryTemplate(kind: ContentKind, today: string): string {
  const frontMatter = kindFields(kind).flatMap((field) => fieldLines(field, today));
  const body = kinds[kind].body.outline.flatMap(({ heading, hint }) => [`## ${heading}`, '', placeholder(hint), '']);
  return ['---', ...frontMatter, '---', '', ...body].join('\n');
}
