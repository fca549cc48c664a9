/**
 * The key facts of an entry as label/value rows, so the page template can
 * render any kind the same way. Values are text or links to other entries.
 */
import type { UiKey } from '../i18n/zh-CN.ts';
import type { Corpus, CorpusEntry } from './corpus.ts';

export type FactValue = { text: string; href?: string };

export interface FactRow {
  label: UiKey;
  values: FactValue[];
  /** Rendered as an ordered list (steps) instead of inline values. */
  ordered?: boolean;
}

const texts = (value: unknown): FactValue[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((text) => ({ text: String(text) }));

export function entryFacts(corpus: Corpus, entry: CorpusEntry): FactRow[] {
  const links = (field: string): FactValue[] =>
    corpus.outgoing(entry).find((relation) => relation.field === field)?.targets.map((target) => ({ text: target.title, href: target.url })) ?? [];
  const d = entry.data;
  const rows: FactRow[] = (() => {
    switch (entry.kind) {
      case 'cases':
        return [
          { label: 'field.experts', values: links('experts') },
          { label: 'field.methods', values: links('methods') },
          { label: 'field.organisations', values: texts(d.organisations) },
        ];
      case 'experts':
        return [
          { label: 'field.honours', values: texts(d.honours) },
          { label: 'field.employer', values: texts(d.employer) },
          { label: 'field.role', values: texts(d.role) },
          { label: 'field.specialities', values: texts(d.specialities) },
        ];
      case 'methods':
        return [
          { label: 'field.originators', values: links('originators') },
          { label: 'field.problem', values: texts(d.problem) },
        ];
      case 'courses':
        return [
          { label: 'field.organiser', values: texts(d.organiser) },
          { label: 'field.teachers', values: links('teachers') },
          { label: 'field.format', values: texts(d.format) },
          { label: 'field.audience', values: texts(d.audience) },
        ];
    }
  })();
  return rows.filter((row) => row.values.length > 0);
}

/** The list that carries an entry's substance: a case's results, a method's steps, a course's topics. */
export function entryHighlights(entry: CorpusEntry): FactRow | undefined {
  const d = entry.data;
  switch (entry.kind) {
    case 'cases':
      return { label: 'field.results', values: texts(d.results) };
    case 'methods':
      return { label: 'field.steps', values: texts(d.steps), ordered: true };
    case 'courses':
      return { label: 'field.topics', values: texts(d.topics) };
    default:
      return undefined;
  }
}
