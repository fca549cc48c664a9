import { closest, distance } from 'fastest-levenshtein';
import { type AnyKindEntry, kinds, parseEntry } from '../../../schema/index.ts';
import { findKeyLine, lineOf } from '../parse.ts';
import type { ParsedFile, Problem } from '../types.ts';

/** Validates the front matter against its kind's zod schema; returns the typed entry when valid. */
export function checkSchema(parsed: ParsedFile): { problems: Problem[]; entry?: AnyKindEntry } {
  const result = parseEntry(parsed.kind, parsed.id, parsed.data);
  if (result.entry) return { problems: [], entry: result.entry };
  const knownKeys = Object.keys(kinds[parsed.kind].schema.shape);
  // A misspelt key also leaves its real key missing; the typo message already says which it should be.
  const typoTargets = new Set(
    result.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => nearestKey(key, knownKeys)).filter(Boolean) : [])),
  );
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'invalid_type' && issue.input === undefined && issue.path.length === 1 && typoTargets.has(String(issue.path[0]))) return [];
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

function nearestKey(key: string, knownKeys: string[]): string | undefined {
  const nearest = closest(key, knownKeys);
  return distance(key, nearest) <= Math.max(2, Math.floor(key.length / 3)) ? nearest : undefined;
}

function unknownKeyMessage(key: string, knownKeys: string[]): string {
  const nearest = nearestKey(key, knownKeys);
  return nearest
    ? `未知字段“${key}”，是否应为“${nearest}”？/ unknown field "${key}" (did you mean ${nearest}?)`
    : `未知字段“${key}”，可用字段：${knownKeys.join(', ')} / unknown field "${key}"`;
}
