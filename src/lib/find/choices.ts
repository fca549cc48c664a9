/** The trades and places /find/ offers to choose from: those its candidates' evidence has, named. */

import { kinds } from '../../schema/index.ts';
import { cityOf, isMunicipality, provinceOf, sectionOf } from '../../taxonomy/codes.ts';
import { regions as regionTree } from '../../taxonomy/taxonomy.ts';
import type { Corpus } from '../corpus.ts';
import { taxonLabel } from '../taxon-labels.ts';
import type { NamedPlace } from './places.ts';

export function finderChoices(corpus: Corpus) {
  const evidence = corpus.all.filter((entry) => kinds[entry.kind].finder !== undefined);
  const sections = [...new Set(evidence.flatMap((entry) => entry.industries.map(sectionOf)))].sort();
  const provinces = [...new Set(evidence.flatMap((entry) => entry.regions.map(provinceOf)))].sort();
  // A 直辖市's districts group under a code (500100) that names no place a person would pick.
  const cities = [
    ...new Set(evidence.flatMap((entry) => entry.regions.filter((code) => !code.endsWith('0000') && !isMunicipality(provinceOf(code))).map(cityOf))),
  ].sort();
  const regions = provinces.flatMap((province) => [
    { code: province, label: taxonLabel('regions', province), level: 'province' as const },
    ...cities.filter((city) => provinceOf(city) === province).map((code) => ({ code, label: taxonLabel('regions', code), level: 'city' as const })),
  ]);
  // Any province may be named in a problem, since its neighbours' people are nearby too.
  const namedPlaces: NamedPlace[] = [
    ...(regionTree.childrenOf.get(null) ?? []).map(({ code, name }) => ({ code, label: name })),
    ...regions.filter((region) => region.level === 'city'),
  ].map(({ code, label }) => ({ code, label }));
  return {
    industries: sections.map((code) => ({ code, label: taxonLabel('industries', code) })),
    // Each province followed by its cities, as a person looks for their place.
    regions,
    namedPlaces,
  };
}
