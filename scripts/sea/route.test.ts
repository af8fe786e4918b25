import { beforeAll, describe, expect, it } from 'vitest';
import { getGrid, type Grid } from './grid.mjs';
import { overLandShare } from './over-land.mjs';
import { routeSystem, routeSystemDetailed, type Landing } from './route.mjs';

const TUAS: Landing = { id: 'tuas', coordinates: [103.64, 1.3] };
const CHUNG_HOM_KOK: Landing = { id: 'chung-hom-kok', coordinates: [114.205, 22.215] };
const SATUN: Landing = { id: 'satun', coordinates: [100.07, 6.62] };
const SONGKHLA: Landing = { id: 'songkhla', coordinates: [100.59, 7.19] };
const MARUYAMA: Landing = { id: 'maruyama', coordinates: [139.84, 35.03] };
const HERMOSA: Landing = { id: 'hermosa-beach', coordinates: [-118.4, 33.86] };
/** The Thai isthmus between Satun and Songkhla (AAE-1's land crossing). */
const THAI_ISTHMUS = [99.95, 6.5, 100.75, 7.3];

const R = 6371.0088;
const km = (a: number[], b: number[]) => {
  const d = Math.PI / 180;
  const h = Math.sin(((b[1]! - a[1]!) * d) / 2) ** 2 + Math.cos(a[1]! * d) * Math.cos(b[1]! * d) * Math.sin(((b[0]! - a[0]!) * d) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
};
const length = (lines: number[][][]) => lines.reduce((s, l) => s + l.slice(1).reduce((t, p, i) => t + km(l[i]!, p), 0), 0);
const share = (lines: number[][][], landings: Landing[]) =>
  overLandShare(
    lines,
    landings.map((l) => l.coordinates),
  ).share;
/** Densified points of the lines, every ~2 km. */
const along = (lines: number[][][]) =>
  lines.flatMap((l) =>
    l.slice(1).flatMap((b, i) => {
      const a = l[i]!;
      const n = Math.ceil(km(a, b) / 2);
      return Array.from({ length: n }, (_, k) => [a[0]! + ((b[0]! - a[0]!) * k) / n, a[1]! + ((b[1]! - a[1]!) * k) / n]);
    }),
  );

let grid: Grid;
beforeAll(() => {
  grid = getGrid(); // built once (or read from node_modules/.cache) for the whole file
}, 60_000);

describe('routeSystem', () => {
  it('keeps Singapore (Tuas) – Hong Kong (Chung Hom Kok) at sea', { timeout: 20_000 }, () => {
    const g = routeSystem([TUAS, CHUNG_HOM_KOK], { grid });
    expect(g.type).toBe('MultiLineString');
    expect(g.coordinates).toHaveLength(1);
    const line = g.coordinates[0]!;
    expect(line[0]).toEqual(TUAS.coordinates);
    expect(line.at(-1)).toEqual(CHUNG_HOM_KOK.coordinates);
    expect(share(g.coordinates, [TUAS, CHUNG_HOM_KOK])).toBeLessThan(0.01);
    expect(line.length).toBeLessThan(150);
    // a schematic route, not a detour: within 20 % of the great circle (~2 600 km)
    expect(length(g.coordinates)).toBeLessThan(km(TUAS.coordinates, CHUNG_HOM_KOK.coordinates) * 1.2);
    for (const p of line) for (const v of p) expect(Math.round(v * 1000) / 1000).toBe(v);
  });

  it('takes Satun – Songkhla round the Malay peninsula through the Singapore Strait', { timeout: 20_000 }, () => {
    const g = routeSystem([SATUN, SONGKHLA], { grid });
    expect(share(g.coordinates, [SATUN, SONGKHLA])).toBeLessThan(0.01);
    expect(length(g.coordinates)).toBeGreaterThan(1200);
    // it passes between Singapore and the Riau islands
    const inStrait = along(g.coordinates).some(([lon, lat]) => lon! > 103.6 && lon! < 104.4 && lat! > 1.05 && lat! < 1.3);
    expect(inStrait).toBe(true);
  });

  it('crosses the Thai isthmus when allowLand covers it', { timeout: 20_000 }, () => {
    const g = routeSystem([SATUN, SONGKHLA], { grid, allowLand: [THAI_ISTHMUS] });
    expect(length(g.coordinates)).toBeLessThan(150);
    expect(share(g.coordinates, [SATUN, SONGKHLA])).toBeGreaterThan(0.5);
    for (const [lon, lat] of along(g.coordinates)) {
      expect(lon).toBeGreaterThan(THAI_ISTHMUS[0]! - 0.1);
      expect(lat).toBeGreaterThan(THAI_ISTHMUS[1]! - 0.1);
    }
  });

  it('draws Japan (Maruyama) – California (Hermosa Beach) across the Pacific, unwrapped and continuous', { timeout: 20_000 }, () => {
    const g = routeSystem([MARUYAMA, HERMOSA], { grid });
    expect(g.coordinates).toHaveLength(1);
    const line = g.coordinates[0]!;
    expect(line[0]).toEqual(MARUYAMA.coordinates);
    expect(line.at(-1)).toEqual([HERMOSA.coordinates[0] + 360, HERMOSA.coordinates[1]]);
    for (let i = 1; i < line.length; i++) expect(Math.abs(line[i]![0]! - line[i - 1]![0]!)).toBeLessThanOrEqual(10);
    const lons = line.map((p) => p[0]!);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(139.84);
    expect(Math.max(...lons)).toBeLessThanOrEqual(241.6);
    expect(share(g.coordinates, [MARUYAMA, HERMOSA])).toBeLessThan(0.01);
    expect(line.length).toBeLessThan(150);
  });

  it('joins every landing of a system, branches ending on a vertex of the line they join', { timeout: 20_000 }, () => {
    const landings: Landing[] = [
      TUAS,
      CHUNG_HOM_KOK,
      { id: 'kuantan', coordinates: [103.33, 3.81] },
      { id: 'vung-tau', coordinates: [107.08, 10.35] },
      { id: 'batangas', coordinates: [121.06, 13.76] },
    ];
    const { geometry, segments } = routeSystemDetailed(landings, { grid });
    expect(segments).toHaveLength(landings.length - 1);
    const vertices = new Set(geometry.coordinates.flatMap((l) => l.map((p) => p.join(','))));
    for (const l of landings) expect(vertices.has(l.coordinates.join(',')), l.id).toBe(true);
    // each line after the first ends (at its junction) on a vertex of another line
    for (const [i, line] of geometry.coordinates.entries()) {
      if (i === 0) continue;
      const end = line.at(-1)!.join(',');
      const others = geometry.coordinates.filter((_, j) => j !== i).flatMap((l) => l.map((p) => p.join(',')));
      expect(others, `line ${i}`).toContain(end);
    }
    expect(share(geometry.coordinates, landings)).toBeLessThan(0.01);
    // with a trunk: one line through the trunk landings in order
    const withTrunk = routeSystem(landings, { grid, trunk: ['tuas', 'kuantan', 'vung-tau', 'chung-hom-kok'] });
    const trunkLine = withTrunk.coordinates[0]!.map((p) => p.join(','));
    const at = (id: string) => trunkLine.indexOf(landings.find((l) => l.id === id)!.coordinates.join(','));
    expect(at('tuas')).toBe(0);
    expect(at('kuantan')).toBeGreaterThan(0);
    expect(at('vung-tau')).toBeGreaterThan(at('kuantan'));
    expect(at('chung-hom-kok')).toBe(trunkLine.length - 1);
    expect(withTrunk.coordinates).toHaveLength(2); // + the Batangas branch
  });

  it('draws a line across the antimeridian with its Asian end as given, whichever landing comes first', { timeout: 20_000 }, () => {
    const grover: Landing = { id: 'grover-beach', coordinates: [-120.62, 35.12] };
    const pagudpud: Landing = { id: 'pagudpud', coordinates: [120.89, 18.56] };
    const line = routeSystem([grover, pagudpud], { grid }).coordinates[0]!;
    expect(line[0]).toEqual([grover.coordinates[0] + 360, grover.coordinates[1]]);
    expect(line.at(-1)).toEqual(pagudpud.coordinates);
    for (let i = 1; i < line.length; i++) expect(Math.abs(line[i]![0]! - line[i - 1]![0]!)).toBeLessThanOrEqual(10);
  });

  it('passes the narrow straits cables use', { timeout: 20_000 }, () => {
    const pairs: [string, number[], number[], number][] = [
      // name, from, to, longest acceptable route (km): a detour round the strait would be far longer
      ['Bab-el-Mandeb', [43.15, 11.6], [39.17, 21.5], 1500],
      ['Sunda Strait', [106.85, -6.1], [102.26, -3.8], 900],
      ['Taiwan Strait', [114.205, 22.215], [121.76, 31.05], 1500],
      ['Luzon Strait', [114.205, 22.215], [121.82, 24.86], 1100],
      ['Strait of Malacca', [100.35, 5.41], [103.64, 1.3], 800],
    ];
    for (const [name, a, b, maxKm] of pairs) {
      const ends = [
        { id: 'a', coordinates: a },
        { id: 'b', coordinates: b },
      ];
      const g = routeSystem(ends, { grid });
      expect(length(g.coordinates), name).toBeLessThan(maxKm);
      expect(share(g.coordinates, ends), name).toBeLessThan(0.01);
    }
  });

  it('goes round Sri Lanka, not over the Adam’s Bridge shoals', { timeout: 20_000 }, () => {
    const g = routeSystem(
      [
        { id: 'mumbai', coordinates: [72.83, 18.96] },
        { id: 'chennai', coordinates: [80.29, 13.08] },
      ],
      { grid },
    );
    expect(Math.min(...g.coordinates.flat().map((p) => p[1]!))).toBeLessThan(6.5);
  });

  it('keeps Europe – China out of the Arctic: by Suez when allowed, else round Africa', { timeout: 60_000 }, () => {
    const ends: Landing[] = [
      { id: 'porthcurno', coordinates: [-5.65, 50.04] },
      { id: 'shanghai', coordinates: [121.47, 31.23] },
    ];
    const viaSuez = routeSystem(ends, { grid, allowLand: [[31.9, 29.8, 32.7, 31.4]] });
    const lats = viaSuez.coordinates.flat().map((p) => p[1]!);
    expect(Math.max(...lats)).toBeLessThan(52);
    expect(along(viaSuez.coordinates).some(([lon, lat]) => lon! > 32 && lon! < 33 && lat! > 29.9 && lat! < 31.3)).toBe(true);
  });

  it('keeps a simplified chord off islets smaller than a grid cell (Sentosa, Singapore’s southern islands)', { timeout: 20_000 }, () => {
    const bemban: Landing = { id: 'tanjung-bemban', coordinates: [104.13, 1.12] };
    const g = routeSystem([TUAS, bemban], { grid });
    // exact 1:10m land, sampled every 0.1 km, beyond 15 km of either landing
    const { overLandKm, consideredKm } = overLandShare(g.coordinates, [TUAS.coordinates, bemban.coordinates], { nearKm: 15, stepKm: 0.1 });
    expect(consideredKm).toBeGreaterThan(10);
    expect(overLandKm).toBe(0);
    expect(g.coordinates[0]!.length).toBeLessThan(10);
  });

  it('is deterministic', { timeout: 20_000 }, () => {
    const a = routeSystem([TUAS, CHUNG_HOM_KOK, SONGKHLA], { grid });
    const b = routeSystem([TUAS, CHUNG_HOM_KOK, SONGKHLA], { grid });
    expect(b).toEqual(a);
  });
});
