/**
 * schema.org JSON-LD for entry pages: Article for cases, Person for experts,
 * HowTo (with its steps) for methods, Course for courses.
 */
import { PORTAL_NAME } from './citation.ts';
import type { CorpusEntry } from './corpus.ts';
import { taxonLabel } from './taxon-labels.ts';

const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

export function structuredData(entry: CorpusEntry, url: string, updated: string): Record<string, unknown> {
  const common = {
    '@context': 'https://schema.org',
    url,
    description: entry.summary,
    inLanguage: 'zh-CN',
    about: entry.industries.map((code) => taxonLabel('industries', code)),
    spatialCoverage: entry.regions.map((code) => ({ '@type': 'Place', name: taxonLabel('regions', code) })),
    citation: list(entry.data.sources).length > 0 ? (entry.data.sources as { title: string; publication: string }[]).map((source) => `${source.title}，${source.publication}`) : undefined,
  };
  const publisher = { '@type': 'Organization', name: PORTAL_NAME };
  switch (entry.kind) {
    case 'experts':
      return {
        ...common,
        '@type': 'Person',
        name: entry.title,
        jobTitle: entry.data.role,
        worksFor: entry.data.employer === '不详' ? undefined : { '@type': 'Organization', name: entry.data.employer },
        award: list(entry.data.honours),
        knowsAbout: list(entry.data.specialities),
      };
    case 'methods':
      return {
        ...common,
        '@type': 'HowTo',
        name: entry.title,
        dateModified: updated,
        step: list(entry.data.steps).map((text, index) => ({ '@type': 'HowToStep', position: index + 1, text })),
        publisher,
      };
    case 'courses':
      return {
        ...common,
        '@type': 'Course',
        name: entry.title,
        provider: { '@type': 'Organization', name: entry.data.organiser },
        teaches: list(entry.data.topics),
        audience: { '@type': 'Audience', audienceType: entry.data.audience },
        courseMode: entry.data.format,
      };
    default:
      return {
        ...common,
        '@type': 'Article',
        headline: entry.title,
        datePublished: entry.date,
        dateModified: updated,
        publisher,
        author: publisher,
      };
  }
}
