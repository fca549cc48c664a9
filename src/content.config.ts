import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { figureSetSchema } from './schema/figure.ts';
import { CONTENT_KINDS, type ContentKind } from './schema/index.ts';

/**
 * Astro reads the entries only to render their Markdown bodies. Their front matter is validated
 * and typed once per build by the content checker (src/site/content.ts), which every page reads.
 */
const bodies = (kind: ContentKind) => defineCollection({ loader: glob({ base: `./content/${kind}`, pattern: '**/*.md' }) });

export const collections = {
  ...(Object.fromEntries(CONTENT_KINDS.map((kind) => [kind, bodies(kind)])) as Record<ContentKind, ReturnType<typeof bodies>>),
  figures: defineCollection({ loader: file('./content/figures.yaml'), schema: figureSetSchema }),
};
