import { describe, expect, it } from 'vitest';
import { validDataset } from '../test/fixtures';
import { jsonErrorAt, jsonErrorOffset, LoadError, loadAssetFile, loadAssetTexts, loadJsonFile } from './load';
import { TimelineFile } from './schema';

const respond =
  (body: string, status = 200) =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe('loadAssetTexts (a panel’s description and sources)', () => {
  it('reads each record’s text from the file itself, by id', async () => {
    let asked = '';
    const r = await loadAssetTexts('node', '/atlas/', (url) => {
      asked = url;
      return Promise.resolve(new Response(JSON.stringify(validDataset()['nodes.geojson'])));
    });
    expect(asked).toBe('/atlas/geodata/nodes.geojson');
    const p = validDataset()['nodes.geojson'].features[0].properties;
    expect(r.texts['node-a']).toEqual({ description: p.description, sources: p.sources, disputes: undefined, events: p.events });
  });

  it('leaves out and names a record whose text is broken (a script URL as a source); the rest loads', async () => {
    const d = validDataset()['nodes.geojson'];
    d.features.push({
      ...d.features[0],
      properties: { ...d.features[0].properties, id: 'node-b', sources: [{ title: 'x', url: 'javascript:alert(1)' }] },
    });
    const r = await loadAssetTexts('node', '/', respond(JSON.stringify(d)));
    expect(Object.keys(r.texts)).toEqual(['node-a']);
    expect(r.skipped[0]).toMatchObject({ id: 'node-b', field: 'properties.sources.0.url' });
  });
});

describe('loadAssetFile', () => {
  it('returns validated features', async () => {
    const body = JSON.stringify(validDataset()['nodes.geojson']);
    const r = await loadAssetFile('node', '/', respond(body));
    expect(r.features.map((f) => f.properties.id)).toEqual(['node-a']);
    expect(r.skipped).toEqual([]);
  });

  it('fails with a network error on 404', async () => {
    await expect(loadAssetFile('node', '/', respond('nope', 404))).rejects.toMatchObject({
      kind: 'network',
      message: expect.stringContaining('404'),
    });
  });

  it('fails with a network error when the request throws', async () => {
    const err = loadAssetFile('node', '/', () => {
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    await expect(err).rejects.toBeInstanceOf(LoadError);
    await expect(err).rejects.toMatchObject({ kind: 'network' });
  });

  it('fails on malformed JSON', async () => {
    await expect(loadAssetFile('node', '/', respond('{"type": "FeatureCo'))).rejects.toMatchObject({ kind: 'json' });
  });

  it('fails when no feature is valid, naming the problem', async () => {
    const d = validDataset()['nodes.geojson'];
    d.features[0].properties.status = 'unknown';
    await expect(loadAssetFile('node', '/', respond(JSON.stringify(d)))).rejects.toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('[node-a] properties.status'),
    });
  });

  it('reads the map’s part only: a record’s text is not checked, nor kept, by the first view', async () => {
    const d = validDataset()['nodes.geojson'];
    d.features[0].properties.sources = [];
    const r = await loadAssetFile('node', '/', respond(JSON.stringify(d)));
    expect(r.skipped).toEqual([]);
    expect(r.features[0]!.properties).not.toHaveProperty('sources');
    expect(r.features[0]!.properties).not.toHaveProperty('description');
  });

  it('keeps the valid features of a partly broken file and reports the rest', async () => {
    const d = validDataset()['nodes.geojson'];
    d.features.push({ ...d.features[0], properties: { ...d.features[0].properties, id: 'node-b', name: { zh: '', en: 'x' } } });
    const r = await loadAssetFile('node', '/', respond(JSON.stringify(d)));
    expect(r.features.map((f) => f.properties.id)).toEqual(['node-a']);
    expect(r.skipped[0]).toMatchObject({ id: 'node-b', field: 'properties.name.zh' });
  });

  it('loads from under the base path', async () => {
    let asked = '';
    await loadAssetFile('node', '/atlas/', (url) => {
      asked = url;
      return Promise.resolve(new Response(JSON.stringify(validDataset()['nodes.geojson'])));
    });
    expect(asked).toBe('/atlas/geodata/map/nodes.geojson');
  });
});

describe('loadJsonFile', () => {
  it('validates against its schema', async () => {
    await expect(loadJsonFile('timeline.json', TimelineFile, '/', respond('{"events": []}'))).rejects.toMatchObject({ kind: 'invalid' });
    const ok = await loadJsonFile('timeline.json', TimelineFile, '/', respond(JSON.stringify(validDataset()['timeline.json'])));
    expect(ok.events[0]!.id).toBe('ev-a');
  });
});

describe('where invalid JSON breaks', () => {
  it('finds the first bad character, or the end of a cut-off text; null for valid JSON', () => {
    const valid = ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\"y"], "b": {}} ', '"s"', '0', '[[[]]]'];
    for (const t of valid) expect(jsonErrorOffset(t), t).toBeNull();
    expect(jsonErrorOffset('{"a": [1, NaN]}')).toBe(10);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"type":"FeatureCo')).toBe(8);
    expect(jsonErrorOffset('[1]x')).toBe(3);
    expect(jsonErrorOffset('[01]')).toBe(2);
    expect(jsonErrorOffset('['.repeat(100_000))).toBe(100_000);
    expect(jsonErrorOffset('{"a":'.repeat(100_000))).toBe(500_000);
    // agrees with JSON.parse on what is valid
    for (const t of [...valid, '{"a":[1,NaN]}', '[', '{"a":}', '"\\u00zz"', '[1,]', 'tru', '-']) {
      let ok = true;
      try {
        JSON.parse(t);
      } catch {
        ok = false;
      }
      expect(jsonErrorOffset(t) === null, t).toBe(ok);
    }
  });

  it('says line and column, from the engine message or by scanning', () => {
    expect(jsonErrorAt('{\n  "a": [\n    1, NaN]\n}')).toEqual({ line: 3, column: 8 });
    expect(jsonErrorAt('x', 'Unexpected token at position 0')).toEqual({ line: 1, column: 1 });
    expect(jsonErrorAt('x', 'JSON.parse: bad at line 4 column 2 of the JSON data')).toEqual({ line: 4, column: 2 });
  });

  it('a NaN in a data file names the line and column', async () => {
    const body =
      '{"type": "FeatureCollection",\n "features": [\n  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [NaN, 1]}}]}';
    await expect(loadAssetFile('node', '/', respond(body))).rejects.toMatchObject({
      kind: 'json',
      message: expect.stringContaining('is not valid JSON (line 3, column 69)'),
    });
  });
});
