/**
 * Builds the offline basemap from Natural Earth (world-atlas, 1:50m and 1:10m) into public/basemap/:
 *   countries-10m.geojson, borders-10m.geojson  the same at 1:10m for zoom 5 and closer
 *   cities.geojson     capitals and the cities the data names, in both languages
 *   region.topo.json   the first view's land, one TopoJSON file (scripts/basemap-region.mjs):
 *                      `countries`, country polygons of the region with iso/name_zh/name_en
 *                      (their outlines are the map's coastline, except `cut` ones), and
 *                      `borders`, land borders only, on the same arcs; the map decodes it
 *                      (src/map/topojson-protocol.ts)
 *   labels.geojson     one point per country, at the pole of inaccessibility of its
 *                      largest polygon, so an archipelago is labelled once
 *   land-preview.svg   the default view's land, shown by index.html before the map draws
 * Run by `npm run dev` and `npm run build`; the output is generated, not committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import { bbox, countryProperties, regionGeoJSON, regionTopology, simplifyTopology, TOLERANCE } from './basemap-region.mjs';
import { CITIES } from './cities.mjs';
import { COUNTRY_NAMES } from './country-names.mjs';

const require = createRequire(import.meta.url);

const topo = simplifyTopology(JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')), TOLERANCE);
const region = regionGeoJSON(topo);
const topology = regionTopology(topo);

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
  detail.push({
    type: 'Feature',
    id: num,
    properties: countryProperties(num, f.properties.name, kept),
    geometry: { type: 'MultiPolygon', coordinates: kept.map((p) => p.map((r) => r.map(([x, y]) => [round3(x), round3(y)]))) },
  });
}
const detailBorders = mesh(topo10, topo10.objects.countries, (a, b) => a !== b)
  .coordinates.filter((line) => inDetail(bbox(line)))
  .map((line) => line.map(([x, y]) => [round3(x), round3(y)]));

/** Web Mercator's y for a latitude (radians of the projected plane, north up). */
const mercatorY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
/** The map's default frame (src/map/view.ts REGION_VIEW), which the preview's viewBox is. */
const REGION_VIEW = [91, -12, 130, 33];
/** What the preview draws: wide enough for a wide or tall map area around that frame. */
const PREVIEW = { west: 60, south: -32, east: 165, north: 55 };
/** Preview units per degree of longitude (0.1°: about three pixels at the default desktop view;
 * the preview shows for the seconds before the map draws its own land). 17 KB gzip at 0.05°,
 * 9 KB at 0.1° (issue 23: the first view's bytes). */
const UNITS = 10;

/**
 * The land of the default view as one small SVG (public/basemap/land-preview.svg), in Web
 * Mercator with the map's default frame as its viewBox: shown with
 * preserveAspectRatio="xMidYMid meet" in the map's padded area it sits where the map will
 * draw the land (fitBounds does the same fit). index.html shows it at once on a slow
 * connection, and the map keeps it until its own land is drawn.
 */
function landPreview(topology) {
  const inBox = ([w, s, e, n]) => e >= PREVIEW.west && w <= PREVIEW.east && n >= PREVIEW.south && s <= PREVIEW.north;
  const x = (lon) => Math.round((lon - PREVIEW.west) * UNITS);
  const y = (lat) => Math.round(((mercatorY(PREVIEW.north) - mercatorY(lat)) * UNITS * 180) / Math.PI);
  const paths = { focus: '', land: '' };
  for (const f of feature(topology, topology.objects.countries).features) {
    const polys =
      f.geometry?.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    const rank = COUNTRY_NAMES[Number(f.id)]?.[3] ?? 3;
    for (const ring of polys.filter((p) => inBox(bbox(p[0]))).flat()) {
      const pts = ring.map(([lon, lat]) => [x(lon), y(Math.max(-85, Math.min(85, lat)))]);
      let d = `M${pts[0][0]} ${pts[0][1]}`;
      let moves = '';
      for (let i = 1; i < pts.length; i++) {
        const dx = pts[i][0] - pts[i - 1][0];
        const dy = pts[i][1] - pts[i - 1][1];
        if (dx || dy) moves += ` ${dx} ${dy}`;
      }
      if (!moves) continue;
      d += `l${moves.trim()}z`;
      paths[rank === 1 ? 'focus' : 'land'] += d;
    }
  }
  const [w, s, e, n] = REGION_VIEW;
  const box = [x(w), y(n), x(e) - x(w), y(s) - y(n)].join(' ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}" preserveAspectRatio="xMidYMid meet">` +
    `<path fill="${LAND}" d="${paths.land}"/><path fill="${LAND_FOCUS}" d="${paths.focus}"/></svg>\n`
  );
}
/** src/model/theme.ts: land and the focus states' land. */
const LAND = '#f6f4ef';
const LAND_FOCUS = '#ffffff';

mkdirSync('public/basemap', { recursive: true });
writeFileSync(
  'public/basemap/land-preview.svg',
  landPreview(simplifyTopology(JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')), 0.1)),
);
const write = (name, features) => writeFileSync(`public/basemap/${name}`, JSON.stringify({ type: 'FeatureCollection', features }));
// `.json`, not `.topojson`: hosts compress application/json, not an unknown type
writeFileSync('public/basemap/region.topo.json', JSON.stringify(topology));
writeFileSync('public/basemap/labels.geojson', JSON.stringify(region.labels));
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
  `basemap: ${region.countries.features.length} countries, ${region.labels.features.length} labels, ${topology.objects.borders.geometries[0].arcs.length} border lines, ${topology.arcs.length} arcs; detail (1:10m): ${detail.length} countries; ${CITIES.length} cities`,
);
