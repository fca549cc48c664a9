import { closest, distance } from 'fastest-levenshtein';
import { kinds } from '../../../schema/index.ts';
import { findKeyLine, lineOf } from '../parse.ts';
import type { ParsedFile, Problem } from '../types.ts';

/** Validates the front matter against its kind's zod schema; returns the parsed data when valid. */
export function checkSchema(parsed: ParsedFile): { problems: Problem[]; data?: Record<string, unknown> } {
  const definition = kinds[parsed.kind];
  const result = definition.schema.safeParse(parsed.data);
  if (result.success) return { problems: [], data: result.data as Record<string, unknown> };
  const knownKeys = Object.keys(definition.schema.shape);
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      return issue.keys.map((key) => ({
        file: parsed.file,
        line: findKeyLine(parsed, key) ?? 1,
        field: key,
        message: unknownKeyMessage(key, knownKeys),
      }));
    }
    return [
      {
        file: parsed.file,
        line: lineOf(parsed, issue.path),
        field: issue.path.filter((part) => typeof part === 'string').join('.') || 'front matter',
        message: issue.message,
      },
    ];
  });
  return { problems };
}

function unknownKeyMessage(key: string, knownKeys: string[]): string {
  const nearest = closest(key, knownKeys);
  const isTypo = distance(key, nearest) <= Math.max(2, Math.floor(key.length / 3));
  return isTypo
    ? `未知字段“${key}”，是否应为“${nearest}”？/ unknown field "${key}" (did you mean ${nearest}?)`
    : `未知字段“${key}”，可用字段：${knownKeys.join(', ')} / unknown field "${key}"`;
}
