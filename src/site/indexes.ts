/** The industry and region indexes and the paginated lists of the current corpus, built once per corpus. */
import type { Corpus, CorpusEntry } from '../lib/corpus.ts';
import { NODE_PREVIEW_SIZE, pageParam, pageUrl, paginate } from '../lib/pagination.ts';
import { buildTaxonIndex, type TaxonField, type TaxonIndex } from '../lib/taxon-index.ts';
import { taxonKindUrl, taxonomies, taxonUrl } from '../lib/taxon-labels.ts';
import { CONTENT_KINDS } from '../schema/index.ts';
import { loadCorpus } from './corpus.ts';

/** Keyed by corpus, so `astro dev` rebuilds the indexes when an edit gives a new corpus. */
const cache = new WeakMap<Corpus, Map<TaxonField, TaxonIndex>>();

export function loadTaxonIndex(field: TaxonField): TaxonIndex {
  const corpus = loadCorpus();
  const indexes = cache.get(corpus) ?? new Map<TaxonField, TaxonIndex>();
  cache.set(corpus, indexes);
  let index = indexes.get(field);
  if (!index) {
    index = buildTaxonIndex(taxonomies[field], corpus.all, field);
    indexes.set(field, index);
  }
  return index;
}

/** Routes of the full, paginated lists of one kind under a node, for the kinds its own page only previews. */
export function nodeKindListPaths(field: TaxonField) {
  return loadTaxonIndex(field).nodes.flatMap((node) =>
    node.byKind
      .filter((group) => group.entries.length > NODE_PREVIEW_SIZE)
      .flatMap((group) =>
        paginate(group.entries).map((page) => ({
          params: { code: node.code, kind: group.kind, page: pageParam(page.number) },
          props: { node, kind: group.kind, page },
        })),
      ),
  );
}

/** Routes of each kind's list: /cases/, /cases/page/2/, … */
export function kindListPaths() {
  const corpus = loadCorpus();
  return CONTENT_KINDS.flatMap((kind) => {
    const entries: readonly CorpusEntry[] = corpus.byKind[kind];
    return paginate(entries).map((page) => ({ params: { kind, page: pageParam(page.number) }, props: { kind, page } }));
  });
}

/**
 * Every path the content gives a page of its own (entries, kind lists, industry and region nodes
 * and their lists), from the same route lists the pages use.
 */
export function contentPagePaths(): string[] {
  const fields = Object.keys(taxonomies) as TaxonField[];
  return [
    ...loadCorpus().all.map((entry) => entry.url),
    ...kindListPaths().map(({ props }) => pageUrl(`/${props.kind}/`, props.page.number)),
    ...fields.flatMap((field) => [
      ...loadTaxonIndex(field).nodes.map((node) => taxonUrl(field, node.code)),
      ...nodeKindListPaths(field).map(({ props }) => pageUrl(taxonKindUrl(field, props.node.code, props.kind), props.page.number)),
    ]),
  ];
}
