/** Names for the filter values present in the corpus, shipped to the search page as data. */
import { t } from '../../i18n/zh-CN.ts';
import { CONTENT_KINDS, kinds } from '../../schema/index.ts';
import { sectionOf } from '../../taxonomy/codes.ts';
import { regionFacetCodes } from '../../taxonomy/taxonomy.ts';
import type { Corpus } from '../corpus.ts';
import { formatPartialDate } from '../partial-date.ts';
import { taxonLabel } from '../taxon-labels.ts';

export interface FacetLabels {
  type: Record<string, string>;
  state: Record<string, string>;
  industry: Record<string, string>;
  region: Record<string, string>;
  year: Record<string, string>;
}

export function facetLabels(corpus: Corpus): FacetLabels {
  const sections = new Set(corpus.all.flatMap((entry) => entry.industries.map(sectionOf)));
  const places = new Set(corpus.all.flatMap((entry) => entry.regions.flatMap(regionFacetCodes)));
  const years = new Set(corpus.all.map((entry) => entry.date.slice(0, 4)));
  const named = (codes: Set<string>, name: (code: string) => string) => Object.fromEntries([...codes].sort().map((code) => [code, name(code)]));
  return {
    type: Object.fromEntries(CONTENT_KINDS.map((kind) => [kinds[kind].singular, t(`kind.${kind}`)])),
    // A state names itself (待对接), in the order its kind gives.
    state: Object.fromEntries(CONTENT_KINDS.flatMap((kind) => kinds[kind].state?.order ?? []).map((value) => [value, value])),
    industry: named(sections, (code) => taxonLabel('industries', code)),
    region: named(places, (code) => taxonLabel('regions', code)),
    year: Object.fromEntries(
      [...years]
        .sort()
        .reverse()
        .map((year) => [year, formatPartialDate(year)]),
    ),
  };
}
