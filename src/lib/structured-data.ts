/**
 * schema.org JSON-LD for entry pages: what every entry shares (place, trade, citations), plus the
 * type and properties its kind's row in the kind table gives (Article, Person, HowTo, Course).
 */
import { type ContentKind, kinds, type LinkedDataContext } from '../schema/index.ts';
import { gbt7714Source, PORTAL_NAME } from './citation.ts';
import type { CorpusEntry, CorpusEntryOf } from './corpus.ts';
import { taxonLabel } from './taxon-labels.ts';

function kindProperties<K extends ContentKind>(entry: CorpusEntryOf<K>, context: LinkedDataContext): Record<string, unknown> {
  return kinds[entry.kind].linkedData(entry.data, context);
}

export function structuredData(entry: CorpusEntry, url: string, updated: string): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: PORTAL_NAME } as const;
  return {
    '@context': 'https://schema.org',
    url,
    description: entry.summary,
    inLanguage: 'zh-CN',
    about: entry.industries.map((code) => taxonLabel('industries', code)),
    spatialCoverage: entry.regions.map((code) => ({ '@type': 'Place', name: taxonLabel('regions', code) })),
    citation: entry.data.sources.map(gbt7714Source),
    ...kindProperties(entry, { title: entry.title, date: entry.date, updated, publisher }),
  };
}
