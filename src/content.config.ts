import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { figureSetSchema } from './schema/figure.ts';

/**
 * The entries are not a collection: the content checker reads and validates them once per build
 * (src/site/content.ts), every page reads its corpus, and entry bodies are rendered from it
 * (src/site/entry-body.ts).
 */
export const collections = {
  figures: defineCollection({ loader: file('./content/figures.yaml'), schema: figureSetSchema }),
};
