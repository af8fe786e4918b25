import { describe, expect, it } from 'vitest';
import { AssetRecord } from '../data/schema';
import { validDataset } from '../test/fixtures';
import { readFileSync } from 'node:fs';
import { csvCell, exportName, importedToGeoJSON, toCSV, toGeoJSON, toOFDS } from './export';
import { atFor, matches, NO_FILTERS, statusOn } from '../state/filters';
import { MAX_KEY, MAX_VALUE, propertiesAsRead, readGeoJSON } from './import-geojson';

const NOW = { day: '2026-11-25', today: '2026-11-25' };
const features = Object.values(validDataset())
  .filter((f: any) => f.type === 'FeatureCollection')
  .flatMap((fc: any) => fc.features.map((f: any) => AssetRecord.parse(f)));

/** A small CSV reader (quotes, doubled quotes, CRLF) to read our own output back. */
function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    cell = '',
    q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return rows;
}

describe('export', () => {
  it('GeoJSON round-trips ids, names and geometry', () => {
    const back = JSON.parse(toGeoJSON(features, NOW));
    expect(back.statusOn).toBe('2026-11-25');
    expect(
      back.features.map((f: any) => {
        const { statusOn, ...properties } = f.properties;
        expect(statusOn).toBe('2026-11-25');
        return AssetRecord.parse({ type: f.type, geometry: f.geometry, properties });
      }),
    ).toEqual(features);
  });

  it('CSV has a BOM, a header, one row per asset with sources, and survives commas, quotes and Chinese', () => {
    const tricky = {
      ...features[0]!,
      properties: { ...features[0]!.properties, name: { zh: '亚太直达, "海缆"', en: 'A "quoted", name' } },
    };
    const csv = toCSV([tricky, ...features.slice(1)], NOW);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCSV(csv.slice(1));
    const header = rows[0]!;
    expect(rows).toHaveLength(features.length + 1);
    const col = (name: string) => header.indexOf(name);
    expect(rows[1]![col('name_zh')]).toBe('亚太直达, "海缆"');
    expect(rows[1]![col('name_en')]).toBe('A "quoted", name');
    expect(rows[1]![col('sources')]).toContain('https://example.org/x');
    expect(rows.slice(1).map((r) => r[col('id')])).toEqual(features.map((f) => f.properties.id));
  });

  it('CSV defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    // a number is never defused: a spreadsheet must read -6.2 as a number
    expect(csvCell(-6.2)).toBe('-6.2');
    expect(csvCell(2020)).toBe('2020');
  });

  it('CSV defuses every item of a joined cell, not only the first', () => {
    const evil = {
      ...features[0]!,
      properties: {
        ...features[0]!.properties,
        operators: ['China Mobile', '=HYPERLINK("http://x","y")', '+1', '@SUM(A1)', '-2', '\tTab'],
        partners: ['ok', '=1+1'],
        sources: [
          { title: 'A', url: 'https://example.org/x' },
          { title: '=cmd|x', section: '§1.2' },
        ],
      },
    };
    const rows = parseCSV(toCSV([evil], NOW).slice(1));
    const col = (name: string) => rows[0]!.indexOf(name);
    const ops = rows[1]![col('operators')]!.split(';');
    expect(ops).toEqual(['China Mobile', `'=HYPERLINK("http://x","y")`, "'+1", "'@SUM(A1)", "'-2", "'\tTab"]);
    expect(rows[1]![col('partners')]).toBe("ok;'=1+1");
    expect(rows[1]![col('sources')]).toBe("A | https://example.org/x ;; '=cmd|x | §1.2");
    for (const item of rows[1]!.flatMap((c) => c.split(/;| \| /))) expect(item).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('OFDS: land fibre becomes spans with start/end nodes, nodes become nodes, both importable again', () => {
    const { nodes, spans } = toOFDS(features, '2026-11-23');
    const n = JSON.parse(nodes),
      s = JSON.parse(spans);
    expect(s.features).toHaveLength(1);
    const span = s.features[0].properties;
    expect(span).toMatchObject({ id: 'fibre-a', featureType: 'span', status: 'operational', transmissionMedium: ['fibre'] });
    expect(span.network.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(n.features.map((f: any) => f.properties.id)).toEqual(expect.arrayContaining(['node-a', 'fibre-a-start', 'fibre-a-end']));
    expect(n.features.every((f: any) => f.properties.featureType === 'node')).toBe(true);
    // and our importer recognises both files as OFDS
    expect(readGeoJSON(s, 'x').layers[0]!.kind).toBe('ofds-spans');
    expect(readGeoJSON(n, 'y').layers[0]!.kind).toBe('ofds-nodes');
  });
});

describe('import', () => {
  const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
  const f = (geometry: unknown, properties: unknown = {}) => ({ type: 'Feature', geometry, properties });

  it('reads every geometry type and labels features', () => {
    const r = readGeoJSON(
      fc(
        f({ type: 'Point', coordinates: [100, 10] }, { name: 'A' }),
        f({
          type: 'MultiPoint',
          coordinates: [
            [100, 10],
            [101, 11],
          ],
        }),
        f(
          {
            type: 'LineString',
            coordinates: [
              [100, 10],
              [101, 11],
            ],
          },
          { title: 'T' },
        ),
        f({
          type: 'MultiLineString',
          coordinates: [
            [
              [100, 10],
              [101, 11],
            ],
          ],
        }),
        f({
          type: 'Polygon',
          coordinates: [
            [
              [100, 10],
              [101, 10],
              [101, 11],
              [100, 10],
            ],
          ],
        }),
        f({
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [100, 10],
                [101, 10],
                [101, 11],
                [100, 10],
              ],
            ],
          ],
        }),
        f({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }] }),
      ),
      'L',
    );
    expect(r.problems).toEqual([]);
    expect(r.layers).toHaveLength(1);
    expect(r.layers[0]!.features.map((x) => x.label).slice(0, 3)).toEqual(['A', 'Feature 2', 'T']);
    expect(r.layers[0]!.has).toEqual({ point: true, line: true, polygon: true });
  });

  it('accepts a single Feature or a bare geometry', () => {
    expect(readGeoJSON(f({ type: 'Point', coordinates: [1, 2] }), 'L').layers[0]!.features).toHaveLength(1);
    expect(
      readGeoJSON(
        {
          type: 'LineString',
          coordinates: [
            [1, 2],
            [3, 4],
          ],
        },
        'L',
      ).layers[0]!.features,
    ).toHaveLength(1);
  });

  it.each([
    ['not GeoJSON', { hello: 1 }, /top-level "type" is missing/],
    ['an empty collection', fc(), /no features/],
    ['out-of-range coordinates', fc(f({ type: 'Point', coordinates: [200, 5] })), /feature 1: \[200, 5\] is out of range/],
    ['swapped coordinates', fc(f({ type: 'Point', coordinates: [13.7, 100.5] })), /looks like \[latitude, longitude\]/],
    ['a string coordinate', fc(f({ type: 'Point', coordinates: ['1', 2] })), /feature 1: a position must be/],
    ['an unknown geometry', fc(f({ type: 'Circle', coordinates: [1, 2] })), /"Circle" is not a GeoJSON geometry type/],
    ['a one-point line', fc(f({ type: 'LineString', coordinates: [[1, 2]] })), /a line needs two positions/],
    ['a non-Feature', fc({ type: 'Banana' }), /feature 1: not a Feature/],
    [
      'a bad geometry inside a collection',
      fc(f({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 95] }] })),
      /feature 1: \[1, 95\] is out of range/,
    ],
    ['an empty polygon ring list', fc(f({ type: 'Polygon', coordinates: [] })), /feature 1: empty coordinates/],
    [
      'a NaN-free but non-finite position',
      fc(f({ type: 'Point', coordinates: [Number.POSITIVE_INFINITY, 2] })),
      /feature 1: a position must be/,
    ],
  ])('reports %s', (_n, json, re) => {
    const r = readGeoJSON(json, 'L');
    expect(r.problems.join('\n')).toMatch(re);
  });

  it('keeps the good features of a partly broken file', () => {
    const r = readGeoJSON(fc(f({ type: 'Point', coordinates: [1, 2] }), f({ type: 'Point', coordinates: [999, 2] })), 'L');
    expect(r.layers[0]!.features).toHaveLength(1);
    expect(r.problems).toHaveLength(1);
    expect(r.total).toBe(2);
  });

  it('turns hostile property values into plain strings', () => {
    const r = readGeoJSON(
      fc(
        f(
          { type: 'Point', coordinates: [1, 2] },
          { name: '<img src=x onerror=alert(1)>', nested: { a: [1, '<b>'] }, __proto__: { polluted: true } },
        ),
      ),
      'L',
    );
    const props = Object.fromEntries(r.layers[0]!.features[0]!.props);
    expect(props.name).toBe('<img src=x onerror=alert(1)>');
    expect(props.nested).toBe('{"a":[1,"<b>"]}');
    expect(({} as any).polluted).toBeUndefined();
  });

  it('names OFDS fields by the standard', () => {
    const span = f(
      {
        type: 'LineString',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
      {
        id: '1',
        name: 'Accra to Kumasi',
        featureType: 'span',
        status: 'operational',
        fibreCount: 24,
        start: { name: 'Accra' },
        networkProviders: [{ name: 'FastWeb' }],
        network: { name: 'Ghana Fibre Network' },
      },
    );
    const props = Object.fromEntries(readGeoJSON(fc(span), 'L').layers[0]!.features[0]!.props);
    expect(props).toMatchObject({
      Name: 'Accra to Kumasi',
      Status: 'operational',
      'Fibre count': '24',
      'Start node': 'Accra',
      'Network providers': 'FastWeb',
      Network: 'Ghana Fibre Network',
    });
  });
});

describe('export file names say what the file holds', () => {
  it('names layers, filters, the as-of year and the date', () => {
    const layers = { 'submarine-cable': true, 'land-fibre': false, node: false, 'cloud-centre': false, '5g': false };
    const filters = { ...NO_FILTERS, countries: ['VN'], statuses: ['operational' as const], asOf: 2023, homes: ['CN'] };
    expect(exportName('csv', { layers, filters }, '2026-11-25')).toBe(
      'china-asean-atlas_submarine-cable_VN_operational_home-CN_asof-2023_2026-11-25.csv',
    );
    const all = { 'submarine-cable': true, 'land-fibre': true, node: true, 'cloud-centre': true, '5g': true };
    expect(exportName('png', { layers: all, filters: NO_FILTERS }, '2026-11-25')).toBe('china-asean-atlas_2026-11-25.png');
  });
  it('CSV carries country names in both languages beside the codes', () => {
    const csv = toCSV(
      [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [105.8, 21] },
          properties: { ...validDataset()['5g.geojson'].features[0].properties, countries: ['VN', 'MM'] },
        } as any,
      ],
      NOW,
    );
    expect(csv.split('\r\n')[0]).toContain('countries_en,countries_zh');
    expect(csv).toContain('Vietnam;Myanmar');
    expect(csv).toContain('越南;缅甸');
  });
});

describe('exports give each record its state on the chosen date (issue 23)', () => {
  const real = ['submarine-cables.geojson', 'land-fibre.geojson', 'nodes.geojson'].flatMap((file) =>
    JSON.parse(readFileSync(`geodata/${file}`, 'utf8')).features.map((f: any) => AssetRecord.parse(f)),
  );
  const f2015 = { ...NO_FILTERS, asOf: 2015, statuses: ['under-construction' as const] };
  const shown = real.filter((f) => matches(f.properties, f2015));
  it('asof=2015&st=under-construction: APG, AAE-1 and SeaMeWe-5 are under construction in the CSV, GeoJSON and OFDS, and the date is said', () => {
    const ids = ['cable-apg', 'cable-aae-1', 'cable-sea-me-we-5'];
    expect(shown.map((f) => f.properties.id)).toEqual(expect.arrayContaining(ids));
    const when = atFor({ asOf: 2015 }, '2026-11-25');
    const rows = parseCSV(toCSV(shown, when).slice(1));
    const col = (n: string) => rows[0]!.indexOf(n);
    for (const r of rows.slice(1)) {
      expect(r[col('status')]).toBe('under-construction');
      expect(r[col('status_on')]).toBe('2015-12-31');
    }
    const gj = JSON.parse(toGeoJSON(shown, when));
    expect(gj.statusOn).toBe('2015-12-31');
    expect(new Set(gj.features.map((f: any) => f.properties.status))).toEqual(new Set(['under-construction']));
    const fibre = real.filter(
      (f) =>
        f.properties.type === 'land-fibre' &&
        f.properties.status === 'operational' &&
        // begun by 2010 (what had not begun is not exported: the filters leave it out), not yet in service
        ![null, 'operational'].includes(statusOn(f.properties, atFor({ asOf: 2010 }, '2026-11-25'))),
    );
    if (fibre.length) {
      const spans = JSON.parse(toOFDS(fibre, '2026-11-25', atFor({ asOf: 2010 }, '2026-11-25')).spans);
      expect(spans.features.every((s: any) => s.properties.status !== 'operational')).toBe(true);
    }
  });
});

describe('imported layers can be exported', () => {
  it('gives back the features with their properties', () => {
    const src = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [100, 10] }, properties: { name: 'Site A', capacity: 10 } }],
    };
    const { layers } = readGeoJSON(src, 'imp-1');
    const back = JSON.parse(importedToGeoJSON({ name: 'mine.geojson', features: layers[0]!.features }));
    expect(back.features).toHaveLength(1);
    expect(back.features[0].geometry).toEqual({ type: 'Point', coordinates: [100, 10] });
    expect(back.features[0].properties).toEqual({ name: 'Site A', capacity: 10 });
  });

  it('writes the properties as read, not as the panel shows them: long values whole, names unshortened, numbers and nesting kept, direction overrides stripped', () => {
    const key = 'k'.repeat(MAX_KEY + 50);
    const props = {
      name: 'Long site',
      note: 'v'.repeat(MAX_VALUE * 3),
      [key]: 1,
      nested: { list: [1, 'two', { deep: true }], nil: null },
      trick: 'abc\u202Egpj.exe',
      ['x\u2066y\u2069']: 'ok',
    };
    const src = JSON.parse(JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [100, 10] }, properties: props }));
    const { layers } = readGeoJSON(src, 'imp-1');
    const f = layers[0]!.features[0]!;
    // the panel shows them shortened, as text
    expect(Object.fromEntries(f.props).note).toHaveLength(MAX_VALUE + 1);
    const back = JSON.parse(importedToGeoJSON({ name: 'long', features: layers[0]!.features }));
    expect(back.features[0].properties).toEqual({
      name: 'Long site',
      note: props.note,
      [key]: 1,
      nested: props.nested,
      trick: 'abcgpj.exe',
      xy: 'ok',
    });
  });

  it('a "__proto__" property is written back as a property, and pollutes nothing', () => {
    const src = JSON.parse(
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"__proto__":{"polluted":true},"a":1}}',
    );
    const { layers } = readGeoJSON(src, 'L');
    const text = importedToGeoJSON({ name: 'p', features: layers[0]!.features });
    expect(text).toContain('"__proto__"');
    expect(JSON.parse(text).features[0].properties.a).toBe(1);
    expect(({} as any).polluted).toBeUndefined();
  });

  it('an OFDS layer exports its features as read, so it imports again as OFDS', () => {
    const span = {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
      properties: {
        id: 's1',
        featureType: 'span',
        name: 'A to B',
        fibreCount: 24,
        start: { id: 'n1', name: 'A' },
        end: { id: 'n2', name: 'B' },
      },
    };
    const first = readGeoJSON({ type: 'FeatureCollection', features: [span] }, 'L');
    const again = readGeoJSON(JSON.parse(importedToGeoJSON({ name: 'spans', features: first.layers[0]!.features })), 'M');
    expect(again.layers.map((l) => l.kind)).toEqual(['ofds-spans']);
    expect(again.layers[0]!.features[0]!.properties).toEqual(span.properties);
  });

  it('properties nested too deep to copy are exported as shown', () => {
    let deep: Record<string, unknown> = { end: 1 };
    for (let i = 0; i < 1_000_000; i++) deep = { d: deep };
    const shown: Array<[string, string]> = [['d', '[too deep to show]']];
    expect(propertiesAsRead({ d: deep }, shown)).toEqual({ d: '[too deep to show]' });
  });
});
