import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EVENT_TEXT_FIELDS, TEXT_FIELDS } from './constants';
import { ASSET_FILES } from './files';
import { mapPart } from './split';
import { checkAssetFile, checkAssetRecords } from './validate';
import type { AssetType } from './constants';

const read = (file: string): any => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));

describe('the map’s part of an asset file', () => {
  it('leaves out a record’s description, sources and disputes, and its events’ notes and sources; keeps everything else', () => {
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [100, 10] },
      properties: {
        id: 'x',
        name: { zh: '甲', en: 'X' },
        description: { zh: '说明', en: 'About' },
        sources: [{ title: 'S', url: 'https://example.org' }],
        disputes: [],
        operators: ['Op'],
        events: [{ kind: 'rfs', date: '2020', note: { zh: '注', en: 'n' }, source: { title: 'S', url: 'https://example.org' } }],
      },
    };
    const out = mapPart({ type: 'FeatureCollection', features: [feature] }) as any;
    expect(out.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [100, 10] },
      properties: { id: 'x', name: { zh: '甲', en: 'X' }, operators: ['Op'], events: [{ kind: 'rfs', date: '2020' }] },
    });
    // the input is not changed (the same object may be cached by a caller)
    expect(feature.properties.description.en).toBe('About');
  });

  it('passes anything that is not a feature collection to the validator unchanged', () => {
    for (const x of [null, 42, 'text', [], { type: 'FeatureCollection' }, { features: 'no' }]) expect(mapPart(x)).toEqual(x);
    const odd = { type: 'FeatureCollection', features: [null, 3, { properties: 'p' }, { properties: { events: [1, null] } }] };
    expect(mapPart(odd)).toEqual(odd);
  });

  it.each(Object.entries(ASSET_FILES) as Array<[AssetType, string]>)(
    '%s: every record of the shipped file is kept, with nothing but the panel’s text left out',
    (type, file) => {
      const full = checkAssetRecords(file, type, read(file));
      const map = checkAssetFile(file, type, mapPart(read(file)));
      expect(map.problems).toEqual([]);
      expect(map.features.map((f) => f.properties.id)).toEqual(full.features.map((f) => f.properties.id));
      for (const [i, f] of map.features.entries()) {
        const p = f.properties as Record<string, unknown>;
        for (const k of TEXT_FIELDS) expect(p).not.toHaveProperty(k);
        for (const e of (p.events as Array<Record<string, unknown>> | undefined) ?? [])
          for (const k of EVENT_TEXT_FIELDS) expect(e).not.toHaveProperty(k);
        // everything else is the record's own
        const { description: _d, sources: _s, disputes: _x, events, ...rest } = full.features[i]!.properties;
        expect(p).toMatchObject(rest);
        expect(p.events).toEqual(events?.map((e) => ({ kind: e.kind, date: e.date })));
      }
    },
  );

  it('is what makes the first view light: the map parts of the six files are under half their gzip size', () => {
    let full = 0;
    let map = 0;
    for (const file of Object.values(ASSET_FILES)) {
      full += gzipSync(JSON.stringify(read(file))).length;
      map += gzipSync(JSON.stringify(mapPart(read(file)))).length;
    }
    expect(map / full).toBeLessThan(0.5);
  });
});
