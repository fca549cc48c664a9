/** Loads the content collections once per build and turns them into a Corpus. */
import { getCollection } from 'astro:content';
import { buildCorpus, type Corpus } from '../lib/corpus.ts';
import { CONTENT_KINDS } from '../schema/index.ts';

let corpus: Promise<Corpus> | undefined;

export function loadCorpus(): Promise<Corpus> {
  corpus ??= Promise.all(CONTENT_KINDS.map((kind) => getCollection(kind))).then((collections) =>
    buildCorpus(collections.flat().map((entry) => ({ kind: entry.collection, id: entry.id, data: entry.data as Record<string, unknown> }))),
  );
  return corpus;
}
