/**
 * The fields of each kind as data, read from the zod schemas' metadata, so
 * the entry template and the contributor guide cannot drift from the rules.
 */
import { z } from 'zod';
import { t } from '../i18n/zh-CN.ts';
import { CONTENT_KINDS, type ContentKind, kinds } from '../schema/index.ts';

export interface FieldInfo {
  key: string;
  title: string;
  description: string;
  required: boolean;
  list: boolean;
  example?: unknown;
  /** Sub-fields of list items that are objects (sources). */
  fields?: FieldInfo[];
}

interface FieldMeta {
  title?: string;
  description?: string;
  examples?: unknown[];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.out as z.ZodType;
    else return current;
  }
}

export function describeFields(shape: Record<string, z.ZodType>): FieldInfo[] {
  return Object.entries(shape).map(([key, schema]) => {
    const meta = (z.globalRegistry.get(schema) ?? {}) as FieldMeta;
    const inner = unwrap(schema);
    const element = inner instanceof z.ZodArray ? unwrap(inner.element as z.ZodType) : undefined;
    return {
      key,
      title: meta.title ?? key,
      description: meta.description ?? '',
      required: !schema.safeParse(undefined).success,
      list: inner instanceof z.ZodArray,
      example: meta.examples?.[0],
      fields: element instanceof z.ZodObject ? describeFields(element.shape as Record<string, z.ZodType>) : undefined,
    };
  });
}

export const kindFields = (kind: ContentKind) => describeFields(kinds[kind].schema.shape as Record<string, z.ZodType>);

/** `案例 case（content/cases/）`: how the guide names each kind's section. */
const kindHeading = (kind: ContentKind) => `${t(`kind.${kind}`)} ${kinds[kind].singular}（content/${kind}/）`;

const exampleText = (example: unknown) => (example === undefined ? '' : `\`${Array.isArray(example) ? `[${example.join(', ')}]` : String(example)}\``);
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The field tables of CONTRIBUTING.md, generated so they never drift from the schemas. */
export function fieldReferenceMarkdown(): string {
  return CONTENT_KINDS.map((kind) => {
    const rows = kindFields(kind).flatMap((field) => [
      `| \`${field.key}\` | ${field.title} | ${field.required ? '必填' : '可省略'} | ${cell(field.description)} | ${exampleText(field.example)} |`,
      ...(field.fields ?? []).map(
        (sub) =>
          `| \`${field.key}[].${sub.key}\` | ${sub.title} | ${sub.required ? '必填' : '可省略'} | ${cell(sub.description)} | ${exampleText(sub.example)} |`,
      ),
    ]);
    return [`#### ${kindHeading(kind)}`, '', '| 字段 field | 名称 | 必填 required | 说明 | 示例 example |', '| --- | --- | --- | --- | --- |', ...rows].join(
      '\n',
    );
  }).join('\n\n');
}
