import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSynonymGroups, parseSynonyms, SYNONYMS_FILE } from '../../search/synonyms.ts';
import type { Problem, ValidEntry } from '../types.ts';

/** content/synonyms.yaml, checked against the entries' own words: a project without the file has no synonyms. */
export function checkSynonyms(root: string, entries: readonly ValidEntry[]): Problem[] {
  const file = join(root, SYNONYMS_FILE);
  if (!existsSync(file)) return [];
  const { groups, problems } = parseSynonyms(readFileSync(file, 'utf8'));
  const corpusText = entries.map((entry) => `${JSON.stringify(entry.data)}\n${entry.body}`).join('\n');
  return [...problems, ...checkSynonymGroups(groups, corpusText)].map(({ line, message }) => ({ file: SYNONYMS_FILE, line, field: 'terms', message }));
}
