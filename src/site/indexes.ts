/**
 * The industry and region indexes and the paginated lists of the current corpus, built once per corpus.
 * A list page renders the model its route computes here, and the model's digest is its cacheKey
 * (page-key.ts): a rebuild after an edit renders again only the lists that show it.
 */
import type { Corpus, CorpusEntry } from '../lib/corpus.ts';
import { type FilterChips, listFilterChips } from '../lib/list-filters.ts';
import { type ListPage, NODE_PREVIEW_SIZE, pageParam, pageUrl, paginate } from '../lib/pagination.ts';
import { buildTaxonIndex, type TaxonField, type TaxonIndex } from '../lib/taxon-index.ts';
import { taxonKindUrl, taxonomies, taxonUrl } from '../lib/taxon-labels.ts';
import { CONTENT_KINDS, type ContentKind } from '../schema/index.ts';
import { SITE_URL } from '../site.config.ts';
import { loadCorpus } from './corpus.ts';
import { pageKey } from './page-key.ts';

/** Lists longer than a phone screen or two get ways in by trade and place, on their first page. */
const LONG_LIST = 12;

/** One page of a kind's list: its cards, the kind's count, and on the first page the ways in by trade and place. */
export interface KindListModel {
  kind: ContentKind;
  page: ListPage<CorpusEntry>;
  total: number;
  chips?: FilterChips;
}

interface TaxonStep {
  code: string;
  name: string;
}

/** One page of the entries of one kind under an industry or region. */
export interface TaxonKindListModel {
  taxonomy: TaxonField;
  node: TaxonStep & { entries: number };
  /** From the taxonomy's root down to the node. */
  trail: TaxonStep[];
  kind: ContentKind;
  page: ListPage<CorpusEntry>;
  total: number;
}

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

/** Every page of the full lists of one kind under a node, for the kinds its own page only previews. */
function nodeKindListModels(field: TaxonField): TaxonKindListModel[] {
  const index = loadTaxonIndex(field);
  return index.nodes.flatMap((node) => {
    const trail = index.trail(node.code).map(({ code, name }) => ({ code, name }));
    return node.byKind
      .filter((group) => group.entries.length > NODE_PREVIEW_SIZE)
      .flatMap((group) =>
        paginate(group.entries).map((page) => ({
          taxonomy: field,
          node: { code: node.code, name: node.name, entries: node.entries.length },
          trail,
          kind: group.kind,
          page,
          total: group.entries.length,
        })),
      );
  });
}

/** Every page of each kind's list: /cases/, /cases/page/2/, … */
function kindListModels(): KindListModel[] {
  const corpus = loadCorpus();
  return CONTENT_KINDS.flatMap((kind) => {
    const entries: readonly CorpusEntry[] = corpus.byKind[kind];
    const chips = entries.length > LONG_LIST ? listFilterChips(kind, entries) : undefined;
    return paginate(entries).map((page) => ({ kind, page, total: entries.length, chips: page.number === 1 ? chips : undefined }));
  });
}

/** Routes of the full, paginated lists of one kind under a node. */
export function nodeKindListPaths(field: TaxonField) {
  return nodeKindListModels(field).map((model) => ({
    params: { code: model.node.code, kind: model.kind, page: pageParam(model.page.number) },
    props: { model },
    cacheKey: pageKey(SITE_URL, model),
  }));
}

/** Routes of each kind's list. */
export function kindListPaths() {
  return kindListModels().map((model) => ({
    params: { kind: model.kind, page: pageParam(model.page.number) },
    props: { model },
    cacheKey: pageKey(SITE_URL, model),
  }));
}

/**
 * Every path the content gives a page of its own (entries, kind lists, industry and region nodes
 * and their lists), from the same page models the routes use (without their cache keys).
 */
export function contentPagePaths(): string[] {
  const fields = Object.keys(taxonomies) as TaxonField[];
  return [
    ...loadCorpus().all.map((entry) => entry.url),
    ...kindListModels().map((model) => pageUrl(`/${model.kind}/`, model.page.number)),
    ...fields.flatMap((field) => [
      ...loadTaxonIndex(field).nodes.map((node) => taxonUrl(field, node.code)),
      ...nodeKindListModels(field).map((model) => pageUrl(taxonKindUrl(field, model.node.code, model.kind), model.page.number)),
    ]),
  ];
}
