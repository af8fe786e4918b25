import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

const read = (n: string) => JSON.parse(readFileSync(`public/basemap/${n}`, 'utf8'));
let countries: any, labels: any, borders: any;

beforeAll(() => {
  execFileSync('node', ['scripts/build-basemap.mjs']);
  [countries, labels, borders] = ['countries.geojson', 'labels.geojson', 'borders.geojson'].map(read);
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
    expect(w).toBe(39 * 20);
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
