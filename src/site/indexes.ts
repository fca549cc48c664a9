/** The industry and region indexes of the current corpus, built once per build. */
import { taxonomies } from '../lib/taxon-labels.ts';
import { buildTaxonIndex, type TaxonField, type TaxonIndex } from '../lib/taxon-index.ts';
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
