import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataJsonSchema } from '../../lib/data-schema.ts';
import { type DataRow, dataRows, figureRows, toCsv } from '../../lib/open-data.ts';
import { CONTENT_KINDS, type ContentKind } from '../../schema/index.ts';
import { loadCorpus } from '../../site/corpus.ts';
import { entryUpdated } from '../../site/last-updated.ts';

/** Each kind's entries, and the 数说 figure sets (`figures`), as JSON and CSV; each kind's JSON Schema. */
export const getStaticPaths = (() => [
  ...CONTENT_KINDS.flatMap((kind) => ['json', 'csv', 'schema.json'].map((format) => ({ params: { file: `${kind}.${format}` }, props: { kind, format } }))),
  ...['json', 'csv'].map((format) => ({ params: { file: `figures.${format}` }, props: { kind: 'figures' as const, format } })),
]) satisfies GetStaticPaths;

async function rowsOf(kind: ContentKind | 'figures', site: URL): Promise<DataRow[]> {
  if (kind === 'figures') return figureRows((await getCollection('figures')).map((entry) => entry.data));
  return dataRows(loadCorpus(), kind, site.href, (entry) => entryUpdated(entry).date);
}

export const GET: APIRoute = async ({ props, site }) => {
  const { kind, format } = props as { kind: ContentKind | 'figures'; format: string };
  if (format === 'schema.json' && kind !== 'figures') {
    return new Response(JSON.stringify(dataJsonSchema(kind), null, 2), { headers: { 'content-type': 'application/schema+json' } });
  }
  const rows = await rowsOf(kind, site!);
  if (format === 'csv') return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  return new Response(JSON.stringify(rows, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
