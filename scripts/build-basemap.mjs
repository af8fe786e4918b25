/**
 * Builds the offline basemap from Natural Earth (world-atlas, 1:50m and 1:10m) into public/basemap/:
 *   countries-10m.geojson, borders-10m.geojson  the same at 1:10m for zoom 5 and closer
 *   cities.geojson     capitals and the cities the data names, in both languages
 *   countries.geojson  country polygons of the region, with iso/name_zh/name_en (their
 *                      outlines are the map's coastline, except `cut` ones: see touchesCut)
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
import { CITIES } from './cities.mjs';
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
/** A country cut by the antimeridian (Russia, Fiji): its outline would draw a false coast
 * along 180°, so the map's coastline layer leaves it out (it lies far outside the region). */
const touchesCut = (polys) => polys.some((p) => p.some((ring) => ring.some(([x]) => Math.abs(x) >= 179.99)));

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
  const properties = { num, iso, name_zh: zh, name_en: en, rank, focus: rank === 1, cut: touchesCut(kept) };
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

// The detail layer: Natural Earth 1:10m for the zooms where a landing is judged (5 and
// closer), clipped to the part of the world the region's landings lie in, loaded by the
// map only when the reader first zooms in (so the first view does not pay for it).
const topo10 = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
const DETAIL = { west: 60, south: -16, east: 160, north: 46 };
const inDetail = ([w, s, e, n]) => e >= DETAIL.west && w <= DETAIL.east && n >= DETAIL.south && s <= DETAIL.north;
const round3 = (n) => Math.round(n * 1e3) / 1e3; // ~110 m: at the limit of 1:10m data
const detail = [];
for (const f of feature(topo10, topo10.objects.countries).features) {
  const polys =
    f.geometry?.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates : [];
  const kept = polys.filter((p) => inDetail(bbox(p[0])));
  if (!kept.length) continue;
  const num = Number(f.id);
  const [iso, zh, en, rank] = COUNTRY_NAMES[num] ?? [null, f.properties.name, f.properties.name, 3];
  detail.push({
    type: 'Feature',
    id: num,
    properties: { num, iso, name_zh: zh, name_en: en, rank, focus: rank === 1, cut: touchesCut(kept) },
    geometry: { type: 'MultiPolygon', coordinates: kept.map((p) => p.map((r) => r.map(([x, y]) => [round3(x), round3(y)]))) },
  });
}
const detailBorders = mesh(topo10, topo10.objects.countries, (a, b) => a !== b)
  .coordinates.filter((line) => inDetail(bbox(line)))
  .map((line) => line.map(([x, y]) => [round3(x), round3(y)]));

mkdirSync('public/basemap', { recursive: true });
const write = (name, features) => writeFileSync(`public/basemap/${name}`, JSON.stringify({ type: 'FeatureCollection', features }));
write('countries.geojson', countries);
write(
  'labels.geojson',
  [...labels.values()].map((l) => l.label),
);
write('borders.geojson', [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: borderLines } }]);
write('countries-10m.geojson', detail);
write('borders-10m.geojson', [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: detailBorders } }]);
write(
  'cities.geojson',
  CITIES.map(([key, zh, en, lon, lat, capital]) => ({
    type: 'Feature',
    properties: { key, name_zh: zh, name_en: en, capital },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  })),
);
console.log(
  `basemap: ${countries.length} countries, ${labels.size} labels, ${borderLines.length} border lines; detail (1:10m): ${detail.length} countries; ${CITIES.length} cities`,
);
