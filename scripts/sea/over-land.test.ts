import { describe, expect, it } from 'vitest';
import { isLand, isLandSlow, overLandShare } from './over-land.mjs';

describe('overLandShare', () => {
  it('is ~100 % for a line straight across Borneo', { timeout: 20_000 }, () => {
    const r = overLandShare([
      [
        [111, 0.5],
        [116.5, 0.5],
      ],
    ]);
    expect(r.share).toBeGreaterThan(0.99);
    expect(r.totalKm).toBeGreaterThan(600);
    expect(r.totalKm).toBeLessThan(620);
  });

  it('is ~0 % for a line in the open South China Sea', { timeout: 20_000 }, () => {
    const r = overLandShare([
      [
        [110.5, 13.5],
        [113.5, 13.5],
        [113.5, 10.5],
      ],
    ]);
    expect(r.share).toBeLessThan(0.001);
    expect(r.overLandKm).toBe(0);
  });

  it('leaves out the stretches within nearKm of a landing', { timeout: 20_000 }, () => {
    // 20 km straight inland from Kuantan: all land, all within 25 km of the landing
    const line = [
      [
        [103.33, 3.81],
        [103.15, 3.81],
      ],
    ];
    expect(overLandShare(line).share).toBeGreaterThan(0.9);
    const near = overLandShare(line, [[103.33, 3.81]], { nearKm: 25 });
    expect(near.overLandKm).toBe(0);
    expect(near.consideredKm).toBe(0);
  });

  it('reads unwrapped longitudes (beyond 180°) like their wrapped equivalents', { timeout: 20_000 }, () => {
    const a = overLandShare([
      [
        [-123, 38],
        [-118, 36],
      ],
    ]);
    const b = overLandShare([
      [
        [237, 38],
        [242, 36],
      ],
    ]);
    expect(b.share).toBeCloseTo(a.share, 6);
    expect(a.share).toBeGreaterThan(0.5);
  });

  it('tests points with the indexed lookup exactly as the plain ray cast does', { timeout: 20_000 }, () => {
    let mismatches = 0;
    for (let i = 0; i < 20_000; i++) {
      // a dense patch round Singapore and the Riau islands, and points over the globe
      const [lon, lat] =
        i % 2 ? [103 + ((i * 0.000123) % 2), 0.5 + ((i * 0.0000777) % 1.5)] : [-180 + ((i * 0.1234567) % 360), -85 + ((i * 0.0777) % 170)];
      if (isLand(lon, lat) !== isLandSlow(lon, lat)) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(isLand(114, 0)).toBe(true); // Borneo
    expect(isLand(112, 10)).toBe(false); // South China Sea
    expect(isLand(0, -89)).toBe(true); // Antarctica (a ring round the pole)
    expect(isLand(179.9, 67)).toBe(true); // Chukotka, both sides of the antimeridian
    expect(isLand(-179.9, 67)).toBe(true);
  });
});
