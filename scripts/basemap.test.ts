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

  it('keeps only the region, small enough to ship', () => {
    expect(JSON.stringify(countries).length).toBeLessThan(1_000_000);
    expect(countries.features.some((f: any) => f.properties.iso === 'CN')).toBe(true);
    expect(countries.features.some((f: any) => f.properties.name_en === 'Brazil')).toBe(false);
  });
});
