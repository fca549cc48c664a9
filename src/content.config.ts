import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { figureSetSchema } from './schema/figure.ts';
import { kinds } from './schema/index.ts';

const entries = (kind: keyof typeof kinds) =>
  defineCollection({ loader: glob({ base: `./content/${kind}`, pattern: '**/*.md' }), schema: kinds[kind].schema });

export const collections = {
  cases: entries('cases'),
  experts: entries('experts'),
  methods: entries('methods'),
  courses: entries('courses'),
  figures: defineCollection({ loader: file('./content/figures.yaml'), schema: figureSetSchema }),
};
