import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_BOUNDS } from '../model/country-bounds';
import { realData, type RealData } from '../test/real-data';
import { listFrame } from './frame';

let data: RealData;
beforeAll(async () => {
  data = await realData();
});

const contains = (box: number[], [x, y]: number[]) => x! >= box[0]! && x! <= box[2]! && y! >= box[1]! && y! <= box[3]!;

describe('the frame of a country’s list', () => {
  it('holds every land route of Vietnam whole, and Vietnam', () => {
    const box = listFrame(data.index, 'VN', 'land-fibre')!;
    const routes = data.index.byType['land-fibre']!.features.filter((f) => f.properties.countries.includes('VN'));
    expect(routes.length).toBeGreaterThan(1);
    for (const r of routes) {
      const g = r.geometry;
      const pts = (
        g.type === 'LineString' ? g.coordinates : g.type === 'MultiLineString' ? g.coordinates.flat() : [g.coordinates]
      ) as number[][];
      for (const c of pts) expect(contains(box, c), r.properties.id).toBe(true);
    }
    expect(contains(box, [COUNTRY_BOUNDS.VN![0], COUNTRY_BOUNDS.VN![1]])).toBe(true);
  });

  it('frames Singapore’s cables by their stations there, not their whole length', () => {
    const box = listFrame(data.index, 'SG', 'submarine-cable')!;
    // a few tenths of a degree, though the cables that land there reach Europe and America
    expect(box[2] - box[0]).toBeLessThan(1);
    for (const f of data.index.byType['landing-point']!.features.filter((x) => x.properties.countries.includes('SG')))
      expect(contains(box, f.geometry.coordinates as number[])).toBe(true);
  });
});
