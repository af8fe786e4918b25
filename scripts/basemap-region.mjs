/**
 * The region's basemap at 1:50m, from a world-atlas topology (scripts/build-basemap.mjs
 * writes it): country polygons with iso/name_zh/name_en, land borders, one label per
 * country. `regionTopology` is what the map loads (one TopoJSON file, countries and borders
 * on shared arcs); `regionGeoJSON` is the same as plain GeoJSON, which the map loaded
 * before and the tests hold the TopoJSON to (scripts/basemap.test.ts).
 */
import { feature, meshArcs } from 'topojson-client';
import polylabel from 'polylabel';
import { COUNTRY_NAMES } from './country-names.mjs';

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
 * of a line when it tiles GeoJSON. So 0.01° (about half a pixel at zoom 5) and 3
 * decimals lose nothing the map would draw, and halve the first view's largest file. */
export const TOLERANCE = 0.01;
/** Keep parts of the world that can appear around the region at the lowest zoom. Parts
 * wholly outside (Alaska, Europe, the far side of the antimeridian) are dropped. */
const KEEP = { west: 55, south: -45, east: 180, north: 80 };
/** Coordinates are rounded to 0.005° (~550 m: under a quarter of a CSS pixel at zoom 5, where
 * the 1:10m takes over, and half the simplification's tolerance); the TopoJSON's quantum is
 * the same, so quantizing loses nothing more. Measured: 72 KB gzip at 0.001°, 57 KB at
 * 0.005° (issue 23: the first view's bytes). */
const PER_DEGREE = 200;
export const QUANTUM = 1 / PER_DEGREE;
const round = (n) => Math.round(n * PER_DEGREE) / PER_DEGREE;

export function bbox(coords) {
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
export const touchesCut = (polys) => polys.some((p) => p.some((ring) => ring.some(([x]) => Math.abs(x) >= 179.99)));
/** A country's properties, as every basemap layer reads them. */
export function countryProperties(num, fallbackName, polys) {
  const [iso, zh, en, rank] = COUNTRY_NAMES[num] ?? [null, fallbackName, fallbackName, 3];
  return { num, iso, name_zh: zh, name_en: en, rank, focus: rank === 1, cut: touchesCut(polys) };
}

/**
 * Which of each country's polygons are kept (by index), with their properties: the one
 * choice both outputs below make, so they cannot disagree on what the region holds.
 */
function regionCountries(topo) {
  const out = [];
  for (const g of topo.objects.countries.geometries) {
    const f = feature(topo, g);
    const polys =
      f.geometry?.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    const kept = polys.map((p, i) => [p, i]).filter(([p]) => overlaps(bbox(p[0])));
    if (!kept.length) continue;
    const polyArcs = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    const num = Number(g.id);
    out.push({
      num,
      polys: kept.map(([p]) => p),
      arcs: kept.map(([, i]) => polyArcs[i]),
      properties: countryProperties(
        num,
        g.properties.name,
        kept.map(([p]) => p),
      ),
    });
  }
  return out;
}

/** Land borders only (shared arcs), so no coastline is stroked twice and no line is drawn
 * along the antimeridian cut: each line as the arcs it is stitched from. */
function regionBorderArcs(topo) {
  return meshArcs(topo, topo.objects.countries, (a, b) => a !== b).arcs.filter((arcs) =>
    overlaps(bbox(feature(topo, { type: 'LineString', arcs }).geometry.coordinates)),
  );
}

/**
 * The region as GeoJSON: `countries` (one MultiPolygon per feature, id = ISO numeric),
 * `borders` (one MultiLineString) and `labels`: one point per named country, at the pole
 * of inaccessibility of its largest polygon, so an archipelago is labelled once (Natural
 * Earth splits some states into several features, Australia and its island territories:
 * only the largest part gets the label).
 */
export function regionGeoJSON(topo) {
  const countries = [];
  /** num -> { area, label } */
  const labels = new Map();
  for (const { num, polys, properties } of regionCountries(topo)) {
    countries.push({
      type: 'Feature',
      id: num,
      properties,
      geometry: { type: 'MultiPolygon', coordinates: polys.map((p) => p.map(roundRing)) },
    });
    if (!COUNTRY_NAMES[num]) continue; // unnamed in both languages: drawn, not labelled
    const largest = polys.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
    const area = ringArea(largest[0]);
    if ((labels.get(num)?.area ?? -1) > area) continue;
    const [x, y] = polylabel(largest, 0.01);
    labels.set(num, { area, label: { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [round(x), round(y)] } } });
  }
  const borderLines = regionBorderArcs(topo).map((arcs) => roundRing(feature(topo, { type: 'LineString', arcs }).geometry.coordinates));
  return {
    countries: { type: 'FeatureCollection', features: countries },
    borders: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: borderLines } }],
    },
    labels: { type: 'FeatureCollection', features: [...labels.values()].map((l) => l.label) },
  };
}

/**
 * The region as one TopoJSON topology with two objects: `countries` (a GeometryCollection
 * of MultiPolygons with the same ids and properties as regionGeoJSON's) and `borders` (a
 * GeometryCollection of one MultiLineString). Both refer to the same arcs, so a border is stored once, not once per
 * neighbour and again as a border line; the arcs are quantized to QUANTUM and delta-encoded
 * (TopoJSON's transform), which is exactly regionGeoJSON's rounding. Decoded with
 * topojson-client's `feature`, each object is regionGeoJSON's countries or borders.
 * `topo`'s arcs must be absolute (simplifyTopology's output).
 */
export function regionTopology(topo) {
  const countries = regionCountries(topo);
  const borders = regionBorderArcs(topo);
  /** old arc index -> new, in order of first use */
  const renumber = new Map();
  const ref = (i) => {
    const j = i < 0 ? ~i : i;
    if (!renumber.has(j)) renumber.set(j, renumber.size);
    const k = renumber.get(j);
    return i < 0 ? ~k : k;
  };
  const objects = {
    countries: {
      type: 'GeometryCollection',
      geometries: countries.map(({ num, arcs, properties }) => ({
        type: 'MultiPolygon',
        id: num,
        properties,
        arcs: arcs.map((poly) => poly.map((ring) => ring.map(ref))),
      })),
    },
    // a collection of one, so it decodes to a FeatureCollection as countries does
    borders: { type: 'GeometryCollection', geometries: [{ type: 'MultiLineString', arcs: borders.map((line) => line.map(ref)) }] },
  };
  const q = (n) => Math.round(n * PER_DEGREE);
  const arcs = [...renumber.keys()].map((j) => {
    let [x0, y0] = [0, 0];
    return topo.arcs[j].map(([x, y]) => {
      const [qx, qy] = [q(x), q(y)];
      const d = [qx - x0, qy - y0];
      [x0, y0] = [qx, qy];
      return d;
    });
  });
  return { type: 'Topology', transform: { scale: [QUANTUM, QUANTUM], translate: [0, 0] }, objects, arcs };
}
