/**
 * `npm run derive`: writes the derived fields of the dataset from its own entries, so
 * that they never drift (the validator checks them):
 *   - each asset's ownerHomes, from its operators / partners through geodata/operators.json
 *     and its providerHome;
 *   - each landing station's status, from its cables' (stationStatus);
 *   - each country's national 5G launch year (indicator 5g-launch-year), the earliest
 *     ready-for-service event among the 5G entries of that country, with that entry's source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSET_FILES, COUNTRIES_FILE, OPERATORS_FILE } from '../src/data/files';
import { deriveHomes, OperatorsFile, type AssetRecord, type Country, type Status } from '../src/data/schema';
import { nationalFiveG, stationStatus } from '../src/data/derived';
import { formatGeoJSON } from './sea/format-geojson.mjs';

const dir = process.argv[2] ?? 'geodata';
const read = <T = unknown>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
// the geodata layout (a position on one line), the same writer as the sea router's: a
// derive that changes nothing leaves every file byte for byte as it was
const write = (name: string, v: unknown) => writeFileSync(join(dir, name), formatGeoJSON(v));
const ops = OperatorsFile.parse(read(OPERATORS_FILE));
type FC = { features: AssetRecord[] };
const all: AssetRecord[] = [];
// a landing station's status follows its cables' (see stationStatus)
const statusesAt = new Map<string, Status[]>();
for (const f of read<FC>(ASSET_FILES['submarine-cable']).features)
  for (const lp of f.properties.landingPoints ?? []) statusesAt.set(lp, [...(statusesAt.get(lp) ?? []), f.properties.status]);
let stations = 0;
for (const file of Object.values(ASSET_FILES)) {
  const fc = read<FC>(file);
  for (const f of fc.features) {
    if (f.properties.type === 'landing-point') {
      const s = stationStatus(statusesAt.get(f.properties.id) ?? []);
      if (s !== null && s !== f.properties.status) {
        f.properties.status = s;
        stations++;
      }
    }
    const homes = deriveHomes(f.properties, ops);
    if (homes.length) f.properties.ownerHomes = homes;
    else delete f.properties.ownerHomes;
    all.push(f);
  }
  write(file, fc);
}
const countries = read<{ countries: Country[] }>(COUNTRIES_FILE);
const fiveG = nationalFiveG(all.map((f) => f.properties));
for (const c of countries.countries) {
  c.indicators = c.indicators.filter((i) => i.id !== '5g-launch-year');
  const n = fiveG.get(c.code);
  if (n) c.indicators.push({ id: '5g-launch-year', value: n.year, year: n.year, source: n.source });
}
write(COUNTRIES_FILE, countries);
console.log(
  `derived: ownerHomes on ${all.filter((f) => f.properties.ownerHomes).length} assets; 5G year for ${fiveG.size} countries; ${stations} station status(es) changed`,
);
