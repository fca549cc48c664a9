/** The industry and region indexes and the paginated lists of the current corpus, built once per build. */
import { NODE_PREVIEW_SIZE, pageParam, paginate } from '../lib/pagination.ts';
import { taxonomies } from '../lib/taxon-labels.ts';
import { buildTaxonIndex, type TaxonField, type TaxonIndex } from '../lib/taxon-index.ts';
import { CONTENT_KINDS } from '../schema/index.ts';
import { loadCorpus } from './corpus.ts';

const cache = new Map<TaxonField, Promise<TaxonIndex>>();

export function loadTaxonIndex(field: TaxonField): Promise<TaxonIndex> {
  let index = cache.get(field);
  if (!index) {
    index = loadCorpus().then((corpus) => buildTaxonIndex(taxonomies[field], corpus.all, field));
    cache.set(field, index);
  }
  return index;
}

/** Routes of the full, paginated lists of one kind under a node, for the kinds its own page only previews. */
export async function nodeKindListPaths(field: TaxonField) {
  const index = await loadTaxonIndex(field);
  return index.nodes.flatMap((node) =>
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
export async function kindListPaths() {
  const corpus = await loadCorpus();
  return CONTENT_KINDS.flatMap((kind) => paginate(corpus.byKind[kind]).map((page) => ({ params: { kind, page: pageParam(page.number) }, props: { kind, page } })));
}
