/**
 * Builds the offline basemap from Natural Earth (world-atlas, 1:50m) into public/basemap/:
 *   countries.geojson  country polygons of the region, with iso/name_zh/name_en
 *   borders.geojson    land borders only (shared arcs), so no coastline is stroked twice
 *                      and no line is drawn along the antimeridian cut
 *   labels.geojson     one point per country, at the pole of inaccessibility of its
 *                      largest polygon, so an archipelago is labelled once
 * Run by `npm run dev` and `npm run build`; the output is generated, not committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import polylabel from 'polylabel';
import { COUNTRY_NAMES } from './country-names.mjs';

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
/** Keep parts of the world that can appear around the region at the lowest zoom. Parts
 * wholly outside (Alaska, Europe, the far side of the antimeridian) are dropped. */
const KEEP = { west: 55, south: -45, east: 180, north: 80 };
const round = (n) => Math.round(n * 1e4) / 1e4; // ~11 m: finer than 1:50m data

function bbox(coords) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of coords) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}
const overlaps = ([w, s, e, n]) => e >= KEEP.west && w <= KEEP.east && n >= KEEP.south && s <= KEEP.north;
const ringArea = (ring) => {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(a / 2);
};
const roundRing = (ring) => ring.map(([x, y]) => [round(x), round(y)]);

const countries = [];
/** num -> { area, label }: Natural Earth splits some states into several features
 * (Australia and its island territories); only the largest part gets the label. */
const labels = new Map();
for (const f of feature(topo, topo.objects.countries).features) {
  const polys =
    f.geometry?.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates : [];
  const kept = polys.filter((p) => overlaps(bbox(p[0])));
  if (!kept.length) continue;
  const num = Number(f.id);
  const [iso, zh, en, rank] = COUNTRY_NAMES[num] ?? [null, f.properties.name, f.properties.name, 3];
  const properties = { num, iso, name_zh: zh, name_en: en, rank, focus: rank === 1 };
  countries.push({
    type: 'Feature',
    id: num,
    properties,
    geometry: { type: 'MultiPolygon', coordinates: kept.map((p) => p.map(roundRing)) },
  });
  if (!COUNTRY_NAMES[num]) continue; // unnamed in both languages: drawn, not labelled
  const largest = kept.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
  const area = ringArea(largest[0]);
  if ((labels.get(num)?.area ?? -1) > area) continue;
  const [x, y] = polylabel(largest, 0.01);
  labels.set(num, { area, label: { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [round(x), round(y)] } } });
}
const borderLines = mesh(topo, topo.objects.countries, (a, b) => a !== b)
  .coordinates.filter((line) => overlaps(bbox(line)))
  .map(roundRing);

mkdirSync('public/basemap', { recursive: true });
const write = (name, features) => writeFileSync(`public/basemap/${name}`, JSON.stringify({ type: 'FeatureCollection', features }));
write('countries.geojson', countries);
write(
  'labels.geojson',
  [...labels.values()].map((l) => l.label),
);
write('borders.geojson', [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: borderLines } }]);
console.log(`basemap: ${countries.length} countries, ${labels.size} labels, ${borderLines.length} border lines`);
