import { describe, expect, it, vi } from 'vitest';
import { topojsonFile, topojsonLoader, topojsonUrl } from './topojson-protocol';

/** Two 1° squares side by side on three arcs (arc 1 is the border they share), quantized
 * to 0.5 with delta-encoded arcs, as scripts/basemap-region.mjs writes the basemap. */
const TOPOLOGY = {
  type: 'Topology',
  transform: { scale: [0.5, 0.5], translate: [100, 10] },
  arcs: [
    [
      [2, 0],
      [-2, 0],
      [0, 2],
      [2, 0],
    ],
    [
      [2, 2],
      [0, -2],
    ],
    [
      [2, 2],
      [2, 0],
      [0, -2],
      [-2, 0],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'MultiPolygon', id: 1, properties: { iso: 'AA' }, arcs: [[[0, 1]]] },
        { type: 'MultiPolygon', id: 2, properties: { iso: 'BB' }, arcs: [[[2, ~1]]] },
      ],
    },
    borders: { type: 'GeometryCollection', geometries: [{ type: 'MultiLineString', arcs: [[1]] }] },
  },
};

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
const request = (url: string) => ({ url, type: 'json' as const });

describe('the topojson:// protocol', () => {
  it('names a file and an object, and the file for messages', () => {
    const url = topojsonUrl('./basemap/region.topo.json', 'countries');
    expect(url).toBe('topojson://./basemap/region.topo.json#countries');
    expect(topojsonFile(url)).toBe('region.topo.json');
    expect(topojsonFile('./basemap/labels.geojson')).toBeNull();
  });

  it('decodes each object into GeoJSON with its ids and properties, from one fetch of the file', async () => {
    const fetchFn = vi.fn(() => Promise.resolve(ok(TOPOLOGY)));
    const load = topojsonLoader(fetchFn);
    const abort = new AbortController();
    const [countries, borders] = await Promise.all([
      load(request(topojsonUrl('b/r.topo.json', 'countries')), abort),
      load(request(topojsonUrl('b/r.topo.json', 'borders')), abort),
    ]);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(fetchFn).toHaveBeenCalledWith('b/r.topo.json');
    expect(countries.data).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 1,
          properties: { iso: 'AA' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [101, 10],
                  [100, 10],
                  [100, 11],
                  [101, 11],
                  [101, 10],
                ],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          id: 2,
          properties: { iso: 'BB' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [101, 11],
                  [102, 11],
                  [102, 10],
                  [101, 10],
                  [101, 11],
                ],
              ],
            ],
          },
        },
      ],
    });
    // the shared arc, drawn once as a border
    expect(borders.data).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'MultiLineString',
            coordinates: [
              [
                [101, 11],
                [101, 10],
              ],
            ],
          },
        },
      ],
    });
  });

  it('fails on a missing or broken file, and a retry fetches it again', async () => {
    const fetchFn = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response('gone', { status: 404 }))
      .mockResolvedValueOnce(new Response('{"type":"Topo', { status: 200 }))
      .mockResolvedValueOnce(ok(TOPOLOGY));
    const load = topojsonLoader(fetchFn);
    const url = topojsonUrl('b/r.topo.json', 'countries');
    await expect(load(request(url), new AbortController())).rejects.toThrow('b/r.topo.json: HTTP 404');
    await expect(load(request(url), new AbortController())).rejects.toThrow();
    const { data } = await load(request(url), new AbortController());
    expect((data as { features: unknown[] }).features).toHaveLength(2);
    expect(fetchFn).toHaveBeenCalledTimes(3);
  });

  it('names an object the file does not hold', async () => {
    const load = topojsonLoader(() => Promise.resolve(ok(TOPOLOGY)));
    await expect(load(request(topojsonUrl('b/r.topo.json', 'rivers')), new AbortController())).rejects.toThrow(
      'b/r.topo.json has no object "rivers"',
    );
  });

  it('lets the parsed file go once every object has been served (a later load fetches again)', async () => {
    const fetchFn = vi.fn(() => Promise.resolve(ok(TOPOLOGY)));
    const load = topojsonLoader(fetchFn);
    for (const o of ['countries', 'borders', 'countries']) await load(request(topojsonUrl('b/r.topo.json', o)), new AbortController());
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });
});
