/** The trades and places /find/ offers to choose from: those its candidates' evidence has, named. */

import { kinds } from '../../schema/index.ts';
import { cityOf, provinceOf, sectionOf } from '../../taxonomy/codes.ts';
import type { Corpus } from '../corpus.ts';
import { taxonLabel } from '../taxon-labels.ts';

export function finderChoices(corpus: Corpus) {
  const evidence = corpus.all.filter((entry) => kinds[entry.kind].finder !== undefined);
  const sections = [...new Set(evidence.flatMap((entry) => entry.industries.map(sectionOf)))].sort();
  const provinces = [...new Set(evidence.flatMap((entry) => entry.regions.map(provinceOf)))].sort();
  const cities = [...new Set(evidence.flatMap((entry) => entry.regions.filter((code) => !code.endsWith('0000')).map(cityOf)))].sort();
  return {
    industries: sections.map((code) => ({ code, label: taxonLabel('industries', code) })),
    // Each province followed by its cities, as a person looks for their place.
    regions: provinces.flatMap((province) => [
      { code: province, label: taxonLabel('regions', province), level: 'province' as const },
      ...cities
        .filter((city) => provinceOf(city) === province && city !== province)
        .map((code) => ({ code, label: taxonLabel('regions', code), level: 'city' as const })),
    ]),
  };
}
