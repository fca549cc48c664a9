/** The corpus every page reads: the build's one checked pass over content/ (see content.ts). */
import type { Corpus } from '../lib/corpus.ts';
import { loadSiteContent } from './content.ts';

export const loadCorpus = (): Corpus => loadSiteContent().corpus;
