import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { topojsonLoader, topojsonUrl } from '../src/map/topojson-protocol';
import { QUANTUM, regionGeoJSON, simplifyTopology, TOLERANCE } from './basemap-region.mjs';

const read = (n: string) => JSON.parse(readFileSync(`public/basemap/${n}`, 'utf8'));
let countries: any, labels: any, borders: any;
/** What the map loaded before the TopoJSON file: the region as GeoJSON, from the same
 * simplified world-atlas topology (countries.geojson and borders.geojson until issue 23). */
let before: ReturnType<typeof regionGeoJSON>;

beforeAll(async () => {
  execFileSync('node', ['scripts/build-basemap.mjs']);
  labels = read('labels.geojson');
  // decoded as the map decodes it: the topojson:// protocol, reading the built file
  const load = topojsonLoader((file) => Promise.resolve(new Response(readFileSync(file as string))));
  const url = (o: string) => ({ url: topojsonUrl('public/basemap/region.topo.json', o), type: 'json' as const });
  [countries, borders] = await Promise.all(['countries', 'borders'].map(async (o) => (await load(url(o), new AbortController())).data));
  const world = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology;
  // through JSON, as the files held it (a feature Natural Earth gives no number has id null)
  before = JSON.parse(JSON.stringify(regionGeoJSON(simplifyTopology(world, TOLERANCE))));
});

/** The largest distance between two nested coordinate arrays of the same shape; throws
 * where their shapes differ (a ring, a polygon or a point more or fewer). */
function maxOffset(a: unknown, b: unknown, at = ''): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b);
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
    const size = (v: unknown) => (Array.isArray(v) ? `${v.length} items` : typeof v);
    throw new Error(`shapes differ at ${at || 'the top'}: ${size(a)} vs ${size(b)}`);
  }
  return a.reduce((m: number, x, i) => Math.max(m, maxOffset(x, b[i], `${at}[${i}]`)), 0);
}

describe('the first view’s land as one TopoJSON file', () => {
  it('decodes into the GeoJSON the map loaded before: same countries, ids and properties, same rings, within the quantum', () => {
    expect(countries.features.map((f: any) => f.properties.iso)).toEqual(before.countries.features.map((f) => f.properties.iso));
    expect(countries.features.map((f: any) => [f.id ?? null, f.properties])).toEqual(
      before.countries.features.map((f) => [f.id, f.properties]),
    );
    const rings = (fc: any) => fc.features.map((f: any) => f.geometry.coordinates.map((p: unknown[]) => p.length));
    expect(rings(countries)).toEqual(rings(before.countries));
    const coords = (fc: any) => fc.features.map((f: any) => f.geometry.coordinates);
    expect(maxOffset(coords(countries), coords(before.countries))).toBeLessThanOrEqual(QUANTUM / 2);
  });

  it('decodes the same land borders (lines and points), within the quantum', () => {
    expect(borders.features).toHaveLength(1);
    expect(borders.features[0].properties).toEqual({});
    const lines = borders.features[0].geometry.coordinates;
    const old = before.borders.features[0]!.geometry.coordinates;
    expect(lines.length).toBe(old.length);
    expect(maxOffset(lines, old)).toBeLessThanOrEqual(QUANTUM / 2);
  });

  it('is smaller, compressed, than the two GeoJSON files it replaces', () => {
    const gz = (s: string | Buffer) => gzipSync(s).length;
    const topo = gz(readFileSync('public/basemap/region.topo.json'));
    expect(topo).toBeLessThan(gz(JSON.stringify(before.countries)) + gz(JSON.stringify(before.borders)));
  });
});

describe('offline basemap', () => {
  it('labels China and the ten ASEAN states exactly once each, in both languages', () => {
    const isos = labels.features.map((f: any) => f.properties.iso);
    expect(new Set(isos).size).toBe(isos.length);
    for (const code of ['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN']) {
      const l = labels.features.find((f: any) => f.properties.iso === code);
      expect(l?.properties.focus, code).toBe(true);
      expect(l?.properties.name_zh).toMatch(/\p{Script=Han}/u);
      expect(l?.properties.name_en).toMatch(/^[A-Z]/);
    }
  });

  it('puts Indonesia’s and Malaysia’s labels on land of their own largest islands, not at sea', () => {
    const at = (iso: string) => labels.features.find((f: any) => f.properties.iso === iso).geometry.coordinates;
    const [idLon, idLat] = at('ID');
    expect(idLon).toBeGreaterThan(95);
    expect(idLon).toBeLessThan(141);
    expect(idLat).toBeLessThan(6);
  });

  it('draws no line across the antimeridian', () => {
    for (const line of borders.features[0].geometry.coordinates) {
      for (let i = 1; i < line.length; i++) expect(Math.abs(line[i][0] - line[i - 1][0])).toBeLessThan(180);
    }
  });

  it('simplifies along shared borders, so neighbours still meet exactly (no slivers or gaps)', () => {
    const vertices = new Set<string>();
    for (const f of countries.features)
      for (const poly of f.geometry.coordinates) for (const ring of poly) for (const p of ring) vertices.add(p.join());
    const border = borders.features[0].geometry.coordinates.flat();
    expect(border.length).toBeGreaterThan(1000);
    expect(border.filter((p: number[]) => !vertices.has(p.join()))).toEqual([]);
  });

  it('draws the default view’s land as a small SVG framed like the map’s default view', () => {
    const svg = readFileSync('public/basemap/land-preview.svg', 'utf8');
    expect(svg.length).toBeLessThan(80_000);
    expect(svg).not.toMatch(/<script|on\w+=|href=/i);
    const [x = NaN, y = NaN, w = NaN, h = NaN] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
    // REGION_VIEW [91, -12, 130, 33] in Web Mercator: 39° wide, and taller than wide
    expect(w).toBe(39 * 10); // 10 units per degree (build-basemap.mjs UNITS)
    const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    expect(h / w).toBeCloseTo(((merc(33) - merc(-12)) * 180) / Math.PI / 39, 2);
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
    // the land of the focus states and of the rest, each a path
    expect(svg.match(/<path fill="#[0-9a-f]{6}" d="M[-\d lz M]+"\/>/g)).toHaveLength(2);
  });

  it('keeps only the region, small enough to ship', () => {
    expect(JSON.stringify(countries).length).toBeLessThan(500_000);
    expect(countries.features.some((f: any) => f.properties.iso === 'CN')).toBe(true);
    expect(countries.features.some((f: any) => f.properties.name_en === 'Brazil')).toBe(false);
  });
});
