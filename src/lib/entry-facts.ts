/**
 * The key facts of an entry as label/value rows, so the page template can render any kind the same
 * way. Which fields are facts, and which list is the highlight, is the kind table's decision; values
 * are text, or links where the field references other entries.
 */
import type { UiKey } from '../i18n/zh-CN.ts';
import { fieldValue, kinds } from '../schema/index.ts';
import type { Corpus, CorpusEntry } from './corpus.ts';

export type FactValue = { text: string; href?: string };

export interface FactRow {
  label: UiKey;
  values: FactValue[];
  /** Rendered as an ordered list (steps) instead of inline values. */
  ordered?: boolean;
}

const fieldLabel = (field: string) => `field.${field}` as UiKey;

/** A field's value as a list of texts: lists as they are, a single value as one item, none as none. */
export function fieldTexts(entry: CorpusEntry, field: string): string[] {
  const value = fieldValue(entry, field);
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
}

export function entryFacts(corpus: Corpus, entry: CorpusEntry): FactRow[] {
  const definition = kinds[entry.kind];
  const outgoing = corpus.outgoing(entry);
  return definition.facts
    .map((field: string): FactRow => {
      const relation = outgoing.find((candidate) => candidate.field === field);
      const values = relation
        ? relation.targets.map((target) => ({ text: target.title, href: target.url }))
        : fieldTexts(entry, field).map((text) => ({ text }));
      return { label: fieldLabel(field), values };
    })
    .filter((row) => row.values.length > 0);
}

/** The list that carries an entry's substance: a case's results, a method's steps, a course's topics. */
export function entryHighlights(entry: CorpusEntry): FactRow | undefined {
  const highlight = kinds[entry.kind].highlight;
  if (!highlight) return undefined;
  return { label: fieldLabel(highlight.field), values: fieldTexts(entry, highlight.field).map((text) => ({ text })), ordered: highlight.ordered };
}

/** The plain-text facts of an entry, highlight included: what search indexes and shows as details. */
export function factTexts(entry: CorpusEntry): string[] {
  const { facts, highlight, references } = kinds[entry.kind];
  const fields: string[] = [...facts, ...(highlight ? [highlight.field] : [])];
  return fields.filter((field) => !(field in references)).flatMap((field) => fieldTexts(entry, field));
}
