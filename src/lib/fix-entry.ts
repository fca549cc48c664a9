/**
 * Safe repairs for `npm run fix`: front-matter keys in schema order, dates
 * written as quoted partial ISO dates, codes in half-width characters and
 * quoted, no trailing spaces. Comments, BOM and line endings are kept.
 */
import { isMap, isScalar, isSeq, type Pair, parseDocument, Scalar, type YAMLMap } from 'yaml';
import type { ContentKind } from '../schema/index.ts';
import { toHalfWidth } from '../text/half-width.ts';
import { kindFields } from './field-reference.ts';

export type FixKind = 'key order' | 'date format' | 'code format' | 'trailing spaces';

const FRONT_MATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/;

/** 2025年5月26日, 2025/5/26, 2025.05 and YAML dates become 2025-05-26, 2025-05. */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = toHalfWidth(String(value));
  const match = /^(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?\s*月?)?\s*年?$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return [year, month?.padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean).join('-');
}

function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

function fixDate(map: YAMLMap, changes: Set<FixKind>) {
  const node = map.get('date', true);
  if (!isScalar(node)) return;
  const normalised = normaliseDate(node.value);
  if (normalised && (normalised !== node.value || node.type !== Scalar.QUOTE_DOUBLE)) {
    map.set('date', quoted(normalised));
    changes.add('date format');
  }
}

function fixCodes(map: YAMLMap, key: string, upper: boolean, changes: Set<FixKind>) {
  const list = map.get(key, true);
  if (!isSeq(list)) return;
  list.items = list.items.map((item) => {
    if (!isScalar(item)) return item;
    const code = toHalfWidth(String(item.value));
    const fixed = upper ? code.toUpperCase() : code;
    if (fixed === item.value && (upper || item.type === Scalar.QUOTE_DOUBLE)) return item;
    changes.add('code format');
    return upper ? new Scalar(fixed) : quoted(fixed);
  });
}

export function fixEntry(text: string, kind: ContentKind): { text: string; changes: FixKind[] } {
  const changes = new Set<FixKind>();
  const match = FRONT_MATTER.exec(text);
  if (!match) return { text, changes: [] };
  const [whole, opening = '', yamlText = '', closing = ''] = match;
  const eol = opening.endsWith('\r\n') ? '\r\n' : '\n';
  const document = parseDocument(yamlText.replace(/\r\n/g, '\n'));
  if (document.errors.length > 0 || !isMap(document.contents)) return { text, changes: [] };
  const map = document.contents;

  const order = kindFields(kind).map((field) => field.key);
  const rank = (pair: Pair) => {
    const position = order.indexOf(String(isScalar(pair.key) ? pair.key.value : pair.key));
    return position < 0 ? order.length : position;
  };
  const sorted = [...map.items].sort((a, b) => rank(a) - rank(b));
  if (sorted.some((pair, index) => pair !== map.items[index])) {
    map.items = sorted;
    changes.add('key order');
  }
  fixDate(map, changes);
  fixCodes(map, 'industries', true, changes);
  fixCodes(map, 'regions', false, changes);
  const sources = map.get('sources', true);
  if (isSeq(sources)) for (const source of sources.items) if (isMap(source)) fixDate(source, changes);

  const frontMatter = changes.size > 0 ? document.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n/g, eol) : yamlText;
  const rebuilt = opening + frontMatter + closing + text.slice(whole.length);
  const trimmed = rebuilt.replace(/[ \t\u3000]+(?=\r?\n|$)/g, '');
  if (trimmed !== rebuilt) changes.add('trailing spaces');
  return { text: trimmed, changes: [...changes] };
}
