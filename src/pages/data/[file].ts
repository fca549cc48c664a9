import type { APIRoute, GetStaticPaths } from 'astro';
import { dataJsonSchema } from '../../lib/data-schema.ts';
import { dataRows, toCsv } from '../../lib/open-data.ts';
import { CONTENT_KINDS, type ContentKind } from '../../schema/index.ts';
import { loadCorpus } from '../../site/corpus.ts';
import { entryUpdated } from '../../site/last-updated.ts';

export const getStaticPaths = (() =>
  CONTENT_KINDS.flatMap((kind) =>
    ['json', 'csv', 'schema.json'].map((format) => ({ params: { file: `${kind}.${format}` }, props: { kind, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { kind, format } = props as { kind: ContentKind; format: string };
  if (format === 'schema.json') return new Response(JSON.stringify(dataJsonSchema(kind), null, 2), { headers: { 'content-type': 'application/schema+json' } });
  const rows = dataRows(loadCorpus(), kind, site!.href, (entry) => entryUpdated(entry).date);
  if (format === 'csv') return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  return new Response(JSON.stringify(rows, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
