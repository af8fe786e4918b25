/**
 * Land fibre links are drawn through their crossings: each international link's line
 * reaches every country it lists and passes through no other (against Natural Earth 1:10m
 * countries). Natural Earth's border lies 1–4 km off at the small crossings (Dongxing–Mong
 * Cai on the Beilun, Tamu–Moreh on the Menal), so a country also counts as reached when it
 * lies within 5 km of one of the line's ends.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

type Pos = [number, number];
const require = createRequire(import.meta.url);
// loaded untyped, as grid.mjs does: its @types would replace the project's GeoJSON types
const { feature } = require('topojson-client') as { feature: (topology: unknown, object: unknown) => unknown };
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
/** ISO 3166-1 numeric (Natural Earth's ids) → alpha-2, for the places land links reach. */
const ISO: Record<string, string> = {
  '156': 'CN',
  '704': 'VN',
  '418': 'LA',
  '764': 'TH',
  '458': 'MY',
  '702': 'SG',
  '104': 'MM',
  '116': 'KH',
  '356': 'IN',
  '344': 'HK',
  '446': 'MO',
  '050': 'BD',
  '608': 'PH',
  '360': 'ID',
  '096': 'BN',
  '524': 'NP',
  '064': 'BT',
};
type Poly = { code: string; rings: Pos[][][]; bbox: [number, number, number, number] };
const polys: Poly[] = (feature(topo, topo.objects.countries) as any).features
  .filter((f: any) => f.geometry && ISO[f.id])
  .map((f: any) => {
    const rings: Pos[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const pts = rings.flat(2);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    return { code: ISO[f.id]!, rings, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
function inRing(x: number, y: number, ring: Pos[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const countryAt = ([x, y]: Pos): string | null => {
  for (const p of polys) {
    if (x < p.bbox[0] || x > p.bbox[2] || y < p.bbox[1] || y > p.bbox[3]) continue;
    if (p.rings.some((poly) => inRing(x, y, poly[0]!) && !poly.slice(1).some((h) => inRing(x, y, h)))) return p.code;
  }
  return null;
};
const KM = 1 / 111;

const links = JSON.parse(readFileSync('geodata/land-fibre.geojson', 'utf8')).features as Array<{
  geometry: { type: string; coordinates: Pos[] };
  properties: { id: string; countries: string[] };
}>;

describe('land links are drawn through their crossings', () => {
  const international = links.filter((l) => new Set(l.properties.countries).size > 1 && l.geometry.type === 'LineString');
  it.each(international.map((l) => [l.properties.id, l] as const))('%s reaches each of its countries and no other', (_id, l) => {
    const line = l.geometry.coordinates;
    const passed = new Set<string>();
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / KM));
      for (let k = 0; k <= n; k++) {
        const c = countryAt([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
        if (c) passed.add(c);
      }
    }
    const near = new Set(passed);
    for (const end of [line[0]!, line[line.length - 1]!])
      for (let k = 0; k < 16; k++) {
        const t = (k / 16) * 2 * Math.PI;
        const c = countryAt([end[0] + 5 * KM * Math.cos(t), end[1] + 5 * KM * Math.sin(t)]);
        if (c) near.add(c);
      }
    const listed = l.properties.countries.filter((c) => polys.some((p) => p.code === c));
    expect(
      listed.filter((c) => !near.has(c)),
      'listed countries the line never reaches',
    ).toEqual([]);
    expect(
      [...passed].filter((c) => !l.properties.countries.includes(c)),
      'countries the line crosses but does not list',
    ).toEqual([]);
  });
});
