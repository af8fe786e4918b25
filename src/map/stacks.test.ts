import { describe, expect, it } from 'vitest';
import { validDataset } from '../test/fixtures';
import { allLayers } from '../model/groups';
import { stacksOf } from './stacks';

const cloud = (id: string, coordinates: [number, number]) => ({
  ...validDataset()['cloud-centres.geojson'].features[0],
  geometry: { type: 'Point', coordinates },
  properties: { ...validDataset()['cloud-centres.geojson'].features[0].properties, id },
});

describe('stacked symbols', () => {
  const four = [
    cloud('a', [103.82, 1.35]),
    cloud('b', [103.82, 1.35]),
    cloud('c', [103.82, 1.35]),
    cloud('d', [103.82, 1.35]),
    cloud('e', [100.5, 13.7]),
  ];
  it('counts same-kind points at one spot, and only those the filters show', () => {
    expect(stacksOf(four as any, () => true, allLayers(true))).toEqual([{ coordinates: [103.82, 1.35], group: 'cloud-centre', n: 4 }]);
    expect(stacksOf(four as any, (f) => f.properties.id !== 'a', allLayers(true))[0]!.n).toBe(3);
    expect(stacksOf(four as any, (f) => f.properties.id === 'a', allLayers(true))).toEqual([]);
  });
  it('draws no badge for a layer that is off', () => {
    expect(stacksOf(four as any, () => true, { ...allLayers(true), 'cloud-centre': false })).toEqual([]);
  });
});
