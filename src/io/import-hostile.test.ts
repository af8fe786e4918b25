import { describe, expect, it } from 'vitest';
import { MAX_DRAWN_FEATURES, MAX_KEY, MAX_VALUE, MAX_PROPERTY_DEPTH, deeperThan, readGeoJSON, sniffEncoding } from './import-geojson';

const point = (i: number, props: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [100 + (i % 100) / 100, 10] },
  properties: props,
});
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('hostile imports (issue 23)', () => {
  it('a file with more features than the map can draw: the first ones are kept, and the cap is said first', () => {
    const n = MAX_DRAWN_FEATURES + 10;
    const r = readGeoJSON(fc(Array.from({ length: n }, (_, i) => point(i))), 'imp');
    expect(r.layers[0]!.features).toHaveLength(MAX_DRAWN_FEATURES);
    expect(r.problems[0]).toMatch(/^only the first 250,000 of 250,010 features are drawn/);
  });

  it('a very long property name is shortened; bidi overrides are stripped from names and values', () => {
    const key = 'k'.repeat(1_000_000);
    const r = readGeoJSON(fc([point(0, { [key]: 'v', name: 'abc\u202Egpj.exe', note: 'x\u2066y\u2069' })]), 'imp');
    const f = r.layers[0]!.features[0]!;
    expect(f.props[0]![0].length).toBeLessThanOrEqual(MAX_KEY + 1);
    expect(f.label).toBe('abcgpj.exe');
    expect(f.props.find(([k]) => k === 'name')![1]).toBe('abcgpj.exe');
    expect(f.props.find(([k]) => k === 'note')![1]).toBe('xy');
  });

  it('a 200,000-character unbroken value is shortened, with a mark that it was', () => {
    const r = readGeoJSON(fc([point(0, { name: 'N'.repeat(200_000), note: 'x'.repeat(200_000) })]), 'imp');
    const f = r.layers[0]!.features[0]!;
    for (const [k, v] of f.props) {
      expect(v, k).toHaveLength(MAX_VALUE + 1);
      expect(v.endsWith('…'), k).toBe(true);
    }
    expect(f.label.length).toBeLessThanOrEqual(MAX_VALUE + 1);
  });

  it('properties nested 3,000 deep: the feature is kept, shown, and can cross from the import worker (structured clone)', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 3000; i++) deep = { a: deep };
    const r = readGeoJSON(fc([point(0, { name: 'deep props', deep })]), 'imp');
    const f = r.layers[0]!.features[0]!;
    expect(f.label).toBe('deep props');
    expect(f.props.find(([k]) => k === 'deep')![1]).toMatch(/^\{"a":\{"a":/);
    // what the worker posts: it must survive the copy (it overflowed Chromium's and Node's stack)
    expect(() => structuredClone(r)).not.toThrow();
    // and the export then gives the properties as shown
    expect(f.properties).toEqual(Object.fromEntries(f.props));
  });

  it('properties within the depth limit are exported as read', () => {
    let ok: unknown = 'bottom';
    for (let i = 0; i < MAX_PROPERTY_DEPTH - 1; i++) ok = { a: ok };
    expect(deeperThan({ ok }, MAX_PROPERTY_DEPTH)).toBe(false);
    expect(deeperThan({ ok: { a: ok } }, MAX_PROPERTY_DEPTH)).toBe(true);
    const r = readGeoJSON(fc([point(0, { name: 'x', ok })]), 'imp');
    expect(r.layers[0]!.features[0]!.properties).toEqual({ name: 'x', ok });
  });

  it('a 5,000-deep GeometryCollection rejects that feature only, with where it is', () => {
    let g: unknown = { type: 'Point', coordinates: [100, 10] };
    for (let i = 0; i < 5000; i++) g = { type: 'GeometryCollection', geometries: [g] };
    const r = readGeoJSON(fc([point(0), { type: 'Feature', geometry: g, properties: {} }, point(2)]), 'imp');
    expect(r.layers[0]!.features).toHaveLength(2);
    expect(r.problems).toEqual(['feature 2: GeometryCollections nested more than 8 deep']);
  });

  it('OFDS spans naming nodes the file does not have are warned, and still drawn', () => {
    const node = { type: 'Feature', geometry: { type: 'Point', coordinates: [100, 10] }, properties: { featureType: 'node', id: 'n1' } };
    const span = (start: unknown, end: unknown) => ({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [100, 10],
          [101, 11],
        ],
      },
      properties: { featureType: 'span', id: 's', start, end },
    });
    const r = readGeoJSON(fc([node, span({ id: 'n1' }, { id: 'n9' }), span(null, { id: 'n1' })]), 'imp');
    expect(r.layers.find((l) => l.kind === 'ofds-spans')!.features).toHaveLength(2);
    expect(r.problems).toEqual(['feature 2: span end node "n9" is not among this file\'s nodes', 'feature 3: span start names no node id']);
  });

  it('UTF-16 is recognised by its byte-order mark or its NUL bytes', () => {
    const le = new Uint8Array([...new Uint8Array(Buffer.from('{"type":"FeatureCollection"}', 'utf16le'))]);
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, ...le]))).toBe('utf-16le');
    expect(sniffEncoding(le)).toBe('utf-16le');
    expect(sniffEncoding(le.slice(1))).toBe('utf-16be');
    expect(sniffEncoding(new TextEncoder().encode('{"type":"中文"}'))).toBe('utf-8');
  });
});
