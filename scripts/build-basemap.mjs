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

/** Distance from p to the segment a–b (plain degrees: used only for tolerances far below a
 * degree, where the distortion does not matter). */
function segmentDistance([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker: the fewest points of a line that stay within `tol` of it. Ends are kept. */
export function simplifyLine(line, tol) {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let far = -1;
    let max = tol;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(line[i], line[a], line[b]);
      if (d > max) [far, max] = [i, d];
    }
    if (far < 0) continue;
    keep[far] = 1;
    stack.push([a, far], [far, b]);
  }
  return line.filter((_, i) => keep[i]);
}

/**
 * The topology with every arc simplified (and de-quantized). Arcs are shared between
 * neighbours, so simplifying them, not each country's rings, keeps neighbours meeting
 * exactly (no slivers or gaps along a border). A closed arc (an island) keeps at least
 * four points, so it stays a ring.
 */
export function simplifyTopology(topology, tol) {
  const { scale = [1, 1], translate = [0, 0] } = topology.transform ?? {};
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const abs = arc.map(([dx, dy]) => {
      if (topology.transform) {
        x += dx;
        y += dy;
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
      }
      return [dx, dy];
    });
    const out = simplifyLine(abs, tol);
    const closed = abs.length > 3 && abs[0][0] === abs.at(-1)[0] && abs[0][1] === abs.at(-1)[1];
    if (!closed || out.length >= 4) return out;
    // a small island: its two farthest-apart points besides the start, in order
    const mid = [Math.floor(abs.length / 3), Math.floor((2 * abs.length) / 3)];
    return [abs[0], abs[mid[0]], abs[mid[1]], abs.at(-1)];
  });
  return { ...topology, transform: undefined, arcs };
}

/** Below DETAIL_ZOOM (5, src/map/style/layers/basemap.ts) the map draws this layer; at zoom 5
 * a CSS pixel is ~0.022° of longitude, and MapLibre itself drops what is closer than 0.375 px
 * of a line when it tiles GeoJSON. So 0.005° (about a quarter of a pixel at zoom 5) and 3
 * decimals lose nothing the map would draw, and halve the first view's largest file. */
const TOLERANCE = 0.01;
const topo = simplifyTopology(JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')), TOLERANCE);
/** Keep parts of the world that can appear around the region at the lowest zoom. Parts
 * wholly outside (Alaska, Europe, the far side of the antimeridian) are dropped. */
const KEEP = { west: 55, south: -45, east: 180, north: 80 };
const round = (n) => Math.round(n * 1e3) / 1e3; // ~110 m: a twentieth of a pixel at zoom 5

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

/** Web Mercator's y for a latitude (radians of the projected plane, north up). */
const mercatorY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
/** The map's default frame (src/map/view.ts REGION_VIEW), which the preview's viewBox is. */
const REGION_VIEW = [91, -12, 130, 33];
/** What the preview draws: wide enough for a wide or tall map area around that frame. */
const PREVIEW = { west: 60, south: -32, east: 165, north: 55 };
/** Preview units per degree of longitude (0.05°: under a pixel at the default view). */
const UNITS = 20;

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
  landPreview(simplifyTopology(JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')), 0.05)),
);
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
