/**
 * The over-land test on the real data: the share of each cable's drawn length
 * that lies over Natural Earth 1:10m land, leaving out the approach to each landing
 * (15 km, the router's own allowance, or the landing's distance to the sea plus 5 km when the sourced town lies
 * inland) and the land crossings the data records (`route.allowLand`, said in the
 * description). It fails above 1 % for any cable.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isLand } from './over-land.mjs';

type Pos = [number, number];
const cables = JSON.parse(readFileSync('geodata/submarine-cables.geojson', 'utf8')).features as Array<{
  geometry: { coordinates: Pos[][] };
  properties: { id: string; landingPoints: string[]; route?: { allowLand?: number[][] }; description: { en: string } };
}>;
const landing = new Map<string, Pos>(
  JSON.parse(readFileSync('geodata/landing-points.geojson', 'utf8')).features.map((f: any) => [f.properties.id, f.geometry.coordinates]),
);

const R = 6371;
const rad = Math.PI / 180;
const km = (a: Pos, b: Pos) => {
  const dlat = (b[1] - a[1]) * rad;
  const dlon = (b[0] - a[0]) * rad;
  const h = Math.sin(dlat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dlon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
};
/** How far a landing's sourced point lies from the sea (km, in 1 km steps, 16 directions). */
function inland(p: Pos): number {
  if (!isLand(p[0], p[1])) return 0;
  for (let d = 1; d <= 80; d++)
    for (let k = 0; k < 16; k++) {
      const a = (k / 16) * 2 * Math.PI;
      const q: Pos = [p[0] + (d / (111 * Math.cos(p[1] * rad))) * Math.cos(a), p[1] + (d / 111) * Math.sin(a)];
      if (!isLand(q[0], q[1])) return d;
    }
  return 80;
}
const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

function overLand(c: (typeof cables)[number]): { share: number; km: number } {
  const near = c.properties.landingPoints.map((id) => {
    const p = landing.get(id)!;
    return { p, r: Math.max(15, inland(p) + 5) };
  });
  const boxes = c.properties.route?.allowLand ?? [];
  let land = 0;
  let considered = 0;
  for (const line of c.geometry.coordinates)
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      const len = km(a, b);
      const n = Math.max(1, Math.ceil(len / 1));
      for (let k = 0; k < n; k++) {
        const t = (k + 0.5) / n;
        const q: Pos = [wrap(a[0] + (b[0] - a[0]) * t), a[1] + (b[1] - a[1]) * t];
        if (near.some(({ p, r }) => km(p, q) < r)) continue;
        if (boxes.some(([w, s, e, nn]) => q[0] >= w! && q[0] <= e! && q[1] >= s! && q[1] <= nn!)) continue;
        considered += len / n;
        if (isLand(q[0], q[1])) land += len / n;
      }
    }
  return { share: considered ? land / considered : 0, km: land };
}

describe('cable routes are drawn at sea', () => {
  // the first isLand call loads the 1:10m land (seconds on a busy machine): not any one cable's time
  beforeAll(() => void isLand(0, 0), 60_000);
  it.each(cables.map((c) => [c.properties.id, c] as const))('%s: at most 1 % of its length over land away from landings', (_id, c) => {
    const { share, km: landKm } = overLand(c);
    expect(share, `${(share * 100).toFixed(2)} % (${landKm.toFixed(1)} km) over land`).toBeLessThanOrEqual(0.01);
  });
  it('a recorded land crossing is said in the description', () => {
    for (const c of cables)
      if (c.properties.route?.allowLand?.length) expect(c.properties.description.en, c.properties.id).toMatch(/by land/);
  });
  it('a trans-Pacific cable crosses the antimeridian without a line across the whole map', () => {
    for (const c of cables)
      for (const line of c.geometry.coordinates)
        for (let i = 1; i < line.length; i++) expect(Math.abs(line[i]![0] - line[i - 1]![0]), c.properties.id).toBeLessThan(60);
  });
});
