/**
 * Hostile imports, generated (no randomness). `body` builds the file when the case runs (the
 * largest are written to disk and handed to the browser by path). What each expects:
 * - `message`: the import's alert names the file and contains these words;
 * - `layer`: a layer row for the file appears (what could be kept was kept);
 * - `open`: the first imported feature is opened from the list, and its panel must not
 *   overflow the page, show a direction override, or show a run of 10,000 characters.
 * `either`: the case passes with a layer or a message (an input a reader could mean).
 */
import { MAX_IMPORT_BYTES } from '../../src/io/import-limit';
import { MARKUP, SCRIPT_URL } from './oracle';

export interface ImportCase {
  id: string;
  name: string;
  /** The file's bytes, or (`sparse`) only its size: a file refused for its size is never read. */
  body: () => Buffer | { sparse: number };
  message?: string[];
  layer?: boolean;
  either?: boolean;
  open?: boolean;
  /** Seconds the import may take (the largest are parsed for tens of seconds). */
  slow?: number;
}

const point = (i: number, props: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [95 + (i % 2000) / 100, 5 + Math.floor(i / 2000) / 100] },
  properties: props,
});
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const json = (x: unknown) => Buffer.from(JSON.stringify(x));
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
/** `n` tiny points as one text, built in parts (a 90 MB string at once is slow to join). */
const manyPoints = (n: number) => {
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  for (let i = 0; i < n; i++)
    parts.push(
      `${i ? ',' : ''}{"type":"Feature","geometry":{"type":"Point","coordinates":[${(95 + (i % 2000) / 100).toFixed(2)},${(5 + Math.floor(i / 2000) / 100).toFixed(2)}]},"properties":{}}`,
    );
  parts.push(']}');
  return Buffer.from(parts.join(''));
};
/** A geometry nested `depth` GeometryCollections deep, as JSON text (JSON.stringify of it
 * would overflow the test runner's stack). */
const nested = (depth: number) =>
  '{"type":"GeometryCollection","geometries":['.repeat(depth) + '{"type":"Point","coordinates":[100,10]}' + ']}'.repeat(depth);
const withFeature = (geometryJson: string) =>
  Buffer.from(
    `{"type":"FeatureCollection","features":[${JSON.stringify(point(0))},{"type":"Feature","geometry":${geometryJson},"properties":{}},${JSON.stringify(point(2))}]}`,
  );
const ofdsNode = (id: string, x: number) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [100 + x, 10] },
  properties: { featureType: 'node', id, name: `node ${id}` },
});
const ofdsSpan = (id: string, start: unknown, end: unknown) => ({
  type: 'Feature',
  geometry: {
    type: 'LineString',
    coordinates: [
      [100, 10],
      [101, 10],
    ],
  },
  properties: { featureType: 'span', id, name: `span ${id}`, start, end },
});
const GOOD = fc([point(0, { name: 'good point' })]);
const good = JSON.stringify(GOOD);

export function importCases(): ImportCase[] {
  const out: ImportCase[] = [];
  const add = (c: ImportCase) => out.push(c);

  // sizes: many features, many positions, over the byte limit
  add({
    id: '260,000 points (over the drawn-features cap)',
    name: 'points-260k.geojson',
    body: () => manyPoints(260_000),
    message: ['only the first 250,000'],
    layer: true,
    slow: 120,
  });
  add({
    id: '1,000,000 points in about 90 MB (crashed the tab before)',
    name: 'points-1m.geojson',
    body: () => manyPoints(1_000_000),
    message: ['only the first 250,000'],
    layer: true,
    slow: 240,
  });
  add({
    id: 'one line of 3,000,000 positions (over the drawn-positions cap)',
    name: 'long-line.geojson',
    body: () =>
      json(
        fc([
          {
            type: 'Feature',
            geometry: {
              type: 'LineString',
              coordinates: Array.from({ length: 3_000_000 }, (_, i) => [95 + (i % 1000) / 100, 5 + i / 300_000]),
            },
            properties: {},
          },
          point(1),
        ]),
      ),
    message: ['positions'],
    either: true,
    slow: 180,
  });
  add({
    id: 'one byte over the import limit',
    name: 'too-big.geojson',
    body: () => ({ sparse: MAX_IMPORT_BYTES + 1 }),
    message: ['more than this atlas can import'],
  });

  // long and hostile text
  add({
    id: 'a 1 MB property name',
    name: 'long-key.geojson',
    body: () => json(fc([point(0, { ['k'.repeat(1_000_000)]: 'v', name: 'long key' })])),
    layer: true,
    open: true,
  });
  add({
    id: 'a 200,000-character unbroken value',
    name: 'long-value.geojson',
    body: () => json(fc([point(0, { name: 'long value', note: 'x'.repeat(200_000) })])),
    layer: true,
    open: true,
  });
  add({
    id: 'a 100,000-character name',
    name: 'long-name.geojson',
    body: () => json(fc([point(0, { name: 'N'.repeat(100_000) })])),
    layer: true,
    open: true,
  });
  add({
    id: 'U+202E in a name and a value',
    name: 'rtl.geojson',
    body: () => json(fc([point(0, { name: 'invoice\u202Egpj.exe', note: 'a\u2066b\u2069' })])),
    layer: true,
    open: true,
  });
  add({
    id: 'markup in names and values',
    name: 'markup.geojson',
    body: () => json(fc([point(0, { name: MARKUP, description: MARKUP })])),
    layer: true,
    open: true,
  });
  add({
    id: 'a javascript: URL as a value',
    name: 'script-url.geojson',
    body: () => json(fc([point(0, { name: 'script url', url: SCRIPT_URL, website: SCRIPT_URL })])),
    layer: true,
    open: true,
  });
  add({
    id: 'a file name with markup',
    name: `${MARKUP}.geojson`,
    body: () => Buffer.from(good),
    layer: true,
  });
  add({
    id: 'properties nested 3,000 deep',
    name: 'deep-props.geojson',
    body: () => {
      let o: unknown = 'bottom';
      for (let i = 0; i < 3000; i++) o = { a: o };
      return json(fc([point(0, { name: 'deep props', deep: o })]));
    },
    layer: true,
    open: true,
  });
  add({
    id: 'duplicate feature ids',
    name: 'dup-ids.geojson',
    body: () =>
      json(
        fc([
          { ...point(0, { name: 'a' }), id: 'same' },
          { ...point(1, { name: 'b' }), id: 'same' },
        ]),
      ),
    layer: true,
  });

  // geometry
  add({
    id: 'a 5,000-deep GeometryCollection beside good features',
    name: 'deep-gc.geojson',
    body: () => withFeature(nested(5000)),
    message: ['nested more than'],
    layer: true,
  });
  add({
    id: 'a GeometryCollection one level too deep',
    name: 'deep-gc-9.geojson',
    body: () => withFeature(nested(9)),
    message: ['nested more than'],
    layer: true,
  });
  add({
    id: 'latitude and longitude swapped',
    name: 'swapped.geojson',
    body: () => Buffer.from('{"type":"Point","coordinates":[13.7,100.5]}'),
    message: ['latitude, longitude'],
  });
  add({
    id: 'coordinates out of range beside a good point',
    name: 'range.geojson',
    body: () => json(fc([point(0), { type: 'Feature', geometry: { type: 'Point', coordinates: [500, 5] }, properties: {} }])),
    message: ['out of range'],
    layer: true,
  });
  add({
    id: 'coordinates as strings',
    name: 'string-coords.geojson',
    body: () => json({ type: 'Point', coordinates: ['100', '10'] }),
    message: ['string-coords'],
  });
  add({
    id: 'NaN in coordinates (not JSON)',
    name: 'nan.geojson',
    body: () => Buffer.from('{"type":"Point","coordinates":[NaN,10]}'),
    message: ['not JSON'],
  });
  add({
    id: 'a feature with no geometry beside a good one',
    name: 'null-geometry.geojson',
    body: () => json(fc([point(0), { type: 'Feature', geometry: null, properties: { name: 'nowhere' } }])),
    message: ['null-geometry'],
    layer: true,
  });
  add({
    id: 'an unknown geometry type',
    name: 'circle.geojson',
    body: () => json(fc([{ type: 'Feature', geometry: { type: 'Circle', coordinates: [100, 10], radius: 5 }, properties: {} }])),
    message: ['circle'],
  });
  add({
    id: 'a one-position line',
    name: 'one-point-line.geojson',
    body: () => json(fc([{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[100, 10]] }, properties: {} }])),
    message: ['one-point-line'],
  });
  add({
    id: 'an unclosed polygon ring',
    name: 'open-ring.geojson',
    body: () =>
      json({
        type: 'Polygon',
        coordinates: [
          [
            [100, 10],
            [101, 10],
            [101, 11],
          ],
        ],
      }),
    message: ['open-ring'],
    either: true,
  });
  add({
    id: 'an empty MultiPoint',
    name: 'empty-multipoint.geojson',
    body: () => json({ type: 'MultiPoint', coordinates: [] }),
    message: ['empty-multipoint'],
  });
  add({
    id: 'an empty FeatureCollection',
    name: 'no-features.geojson',
    body: () => json(fc([])),
    message: ['no-features'],
  });
  add({ id: 'a bare Feature', name: 'feature.geojson', body: () => json(point(0, { name: 'bare feature' })), layer: true });
  add({
    id: 'a bare geometry',
    name: 'geometry.geojson',
    body: () =>
      json({
        type: 'LineString',
        coordinates: [
          [100, 10],
          [101, 11],
        ],
      }),
    layer: true,
  });
  add({
    id: 'properties as a string',
    name: 'string-props.geojson',
    body: () => json(fc([{ ...point(0), properties: 'not an object' }])),
    message: ['string-props'],
    either: true,
  });

  // OFDS
  add({
    id: 'OFDS spans naming missing nodes',
    name: 'ofds-broken.geojson',
    body: () => json(fc([ofdsNode('n1', 0), ofdsSpan('s1', { id: 'n1' }, { id: 'n9' }), ofdsSpan('s2', null, { id: 'n1' })])),
    message: ['not among'],
    layer: true,
  });

  // encodings
  add({
    id: 'UTF-16 LE with a byte-order mark',
    name: 'utf16le-bom.geojson',
    body: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]),
    layer: true,
  });
  add({ id: 'UTF-16 LE without a byte-order mark', name: 'utf16le.geojson', body: () => Buffer.from(good, 'utf16le'), layer: true });
  add({
    id: 'UTF-16 BE with a byte-order mark',
    name: 'utf16be-bom.geojson',
    body: () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(good)]),
    layer: true,
  });
  add({
    id: 'UTF-8 with a byte-order mark',
    name: 'utf8-bom.geojson',
    body: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)]),
    layer: true,
  });
  add({
    id: 'Latin-1 bytes in a name',
    name: 'latin1.geojson',
    body: () => Buffer.from(good.replace('good point', 'caf\u00e9'), 'latin1'),
    either: true,
    message: ['latin1'],
  });

  // not GeoJSON at all
  add({ id: 'an empty file', name: 'empty.geojson', body: () => Buffer.alloc(0), message: ['empty'] });
  add({ id: 'only white space', name: 'blank.geojson', body: () => Buffer.from(' \n\t \n'), message: ['blank.geojson'] });
  add({ id: 'JSON that is not GeoJSON', name: 'notgeo.json', body: () => json({ hello: 'world' }), message: ['not GeoJSON'] });
  add({ id: 'a JSON array', name: 'array.json', body: () => json([1, 2, 3]), message: ['array.json'] });
  add({ id: 'JSON null', name: 'null.json', body: () => Buffer.from('null'), message: ['null.json'] });
  add({ id: 'truncated JSON', name: 'truncated.geojson', body: () => Buffer.from(good.slice(0, 40)), message: ['not JSON'] });
  add({
    id: 'CSV',
    name: 'table.csv',
    body: () => Buffer.from('name,lon,lat\nA,100,10\n'),
    message: ['table.csv'],
  });
  add({
    id: 'KML (XML)',
    name: 'places.kml',
    body: () => Buffer.from('<?xml version="1.0"?><kml><Placemark><Point><coordinates>100,10</coordinates></Point></Placemark></kml>'),
    message: ['places.kml'],
  });
  add({
    id: 'PNG bytes',
    name: 'picture.geojson',
    body: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]),
    message: ['picture.geojson'],
  });
  add({
    id: 'TopoJSON',
    name: 'topo.json',
    body: () => json({ type: 'Topology', objects: {}, arcs: [] }),
    message: ['topo.json'],
  });
  return out;
}
