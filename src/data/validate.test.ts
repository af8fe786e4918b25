import { describe, expect, it } from 'vitest';
import { validDataset } from '../test/fixtures';
import { ASSET_FILES } from './files';
import { indexAssets } from './index';
import { ASSET_TYPES, type AssetType } from './schema';
import { checkAssetFile, formatProblem, validateDataset } from './validate';

const problemsAfter = (mutate: (d: Record<string, any>) => void): string[] => {
  const d = validDataset();
  mutate(d);
  return validateDataset(d).map(formatProblem);
};
const cable = (d: Record<string, any>) => d['submarine-cables.geojson'].features[0];
const node = (d: Record<string, any>) => d['nodes.geojson'].features[0];

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    expect(validateDataset(validDataset())).toEqual([]);
  });

  // Each broken case must be reported with file, feature id and field.
  const cases: Array<[string, (d: Record<string, any>) => void, RegExp]> = [
    ['a missing field', (d) => delete node(d).properties.status, /nodes\.geojson \[node-a\] properties\.status/],
    ['a wrong type', (d) => (node(d).properties.year = '2020'), /nodes\.geojson \[node-a\] properties\.year/],
    [
      'a repeated id',
      (d) => (d['5g.geojson'].features[0].properties.id = 'node-a'),
      /5g\.geojson \[node-a\] properties\.id: repeats an id already used in nodes\.geojson/,
    ],
    ['a non-ISO country', (d) => (node(d).properties.countries = ['XX']), /\[node-a\] properties\.countries\.0: is not an ISO/],
    [
      'a coordinate outside the region',
      (d) => (node(d).geometry.coordinates = [-70, 40]),
      /\[node-a\] geometry\.coordinates: \[-70, 40\] lies outside/,
    ],
    [
      'swapped lat/lon',
      (d) => (node(d).geometry.coordinates = [22.8, 108.3]),
      /\[node-a\] geometry\.coordinates: .*looks like \[lat, lon\]/,
    ],
    [
      'a one-point line',
      (d) => (d['land-fibre.geojson'].features[0].geometry.coordinates = [[106.7, 22]]),
      /land-fibre\.geojson \[fibre-a\] geometry\.coordinates: a line needs at least two points/,
    ],
    [
      'a missing landing point',
      (d) => (cable(d).properties.landingPoints = ['lp-a', 'lp-zzz']),
      /\[cable-a\] properties\.landingPoints: names landing point "lp-zzz", which does not exist/,
    ],
    ['no source', (d) => (node(d).properties.sources = []), /\[node-a\] properties\.sources: needs at least one source/],
    [
      'a source on a test host',
      (d) => (node(d).properties.sources = [{ title: 'x', url: 'https://qa.philstar.com/x' }]),
      /nodes\.geojson \[node-a\] sources: cites https:\/\/qa\.philstar\.com\/x: qa\.philstar\.com is a development or test host/,
    ],
    [
      'an AI-written encyclopaedia among a cable event\u2019s sources',
      (d) => (cable(d).properties.events = [{ kind: 'rfs', date: '2010', source: { title: 'x', url: 'https://grokipedia.com/page/X' } }]),
      /\[cable-a\] sources: cites https:\/\/grokipedia\.com\/page\/X: grokipedia\.com is an AI-written encyclopaedia/,
    ],
    [
      'a source with neither section nor URL',
      (d) => (node(d).properties.sources = [{ title: 'x' }]),
      /\[node-a\] properties\.sources\.0: a source needs the paper section or a public URL/,
    ],
    ['an empty zh text', (d) => (node(d).properties.name.zh = ' '), /\[node-a\] properties\.name\.zh: must not be empty/],
    [
      'an empty en description',
      (d) => (node(d).properties.description.en = ''),
      /\[node-a\] properties\.description\.en: must not be empty/,
    ],
    [
      'a point in a line file',
      (d) => (cable(d).geometry = { type: 'Point', coordinates: [114, 22] }),
      /\[cable-a\] geometry\.type: Point does not suit/,
    ],
    ['a feature of another type', (d) => (node(d).properties.type = '5g'), /nodes\.geojson \[node-a\] properties\.type: is "5g"/],
    [
      'a timeline event naming a missing asset',
      (d) => (d['timeline.json'].events[0].assets = ['nope']),
      /timeline\.json \[ev-a\] assets: names asset "nope"/,
    ],
    [
      'a javascript: URL',
      (d) => (node(d).properties.sources = [{ title: 'x', url: 'javascript:alert(1)' }]),
      /\[node-a\] properties\.sources\.0\.url/,
    ],
    ['an unknown property', (d) => (node(d).properties.colour = 'red'), /\[node-a\] properties/],
    ['a missing file', (d) => delete d['nodes.geojson'], /nodes\.geojson: is missing/],
    ['not a FeatureCollection', (d) => (d['nodes.geojson'] = { hello: 1 }), /nodes\.geojson: is not a GeoJSON FeatureCollection/],
    ['an unused landing point', (d) => (cable(d).properties.landingPoints = ['lp-a', 'lp-a']), /\[lp-b\]: no cable lands here/],
    [
      'an id repeated within a file',
      (d) => d['nodes.geojson'].features.push({ ...node(d), properties: { ...node(d).properties, name: { zh: '冒', en: 'Impostor' } } }),
      /nodes\.geojson \[node-a\] properties\.id: repeats the id of feature #0 in this file/,
    ],
    ['a bad section reference', (d) => (node(d).properties.docRef = '1.2'), /\[node-a\] properties\.docRef/],
    [
      'a station marked in service that only a planned cable uses',
      (d) => (cable(d).properties.status = 'planned'),
      /landing-points\.geojson \[lp-a\] properties\.status: is "operational" but the cables landing here give "planned"/,
    ],
    [
      'an operator no entity carries',
      (d) => (node(d).properties.operators = ['Op Z']),
      /nodes\.geojson \[node-a\] properties\.operators: names "Op Z", which no entity in operators\.json carries/,
    ],
    [
      'a supplier no entity carries (each firm of "A / B")',
      (d) => (cable(d).properties.supplier = 'Op A / Huawei Marine'),
      /\[cable-a\] properties\.supplier: names "Huawei Marine"/,
    ],
    [
      'an id of the baseline release gone and not listed as removed',
      (d) => (d['release.json'] = release({ ids: ['node-a', 'node-gone'] })),
      /release\.json \[node-gone\] baseline\.ids: was in release 1\.0\.0 but is gone/,
    ],
    [
      'a record new since the baseline citing a source with no kind',
      (d) => (d['release.json'] = release({ ids: ['node-a'] })),
      /submarine-cables\.geojson \[cable-a\] sources: is new since release 1\.0\.0: each of its sources needs a kind/,
    ],
  ];
  const release = (over: { ids: string[]; removed?: unknown[] }) => ({
    version: '2.0.0',
    date: '2026-12-07',
    baseline: { version: '1.0.0', ids: over.ids },
    removed: over.removed ?? [],
  });
  it('accepts a release whose removed ids are listed and whose new records say their sources\u2019 kind', () => {
    const d = validDataset();
    const all = Object.values(d).flatMap((f: any) => (f?.features ?? []).map((x: any) => x.properties.id));
    d['release.json'] = release({ ids: [...all, 'node-old'], removed: [{ id: 'node-old', version: '2.0.0', reason: 'a duplicate' }] });
    expect(validateDataset(d).map(formatProblem)).toEqual([]);
  });
  it('fails a planned record whose expected date is more than a year past with nothing later (judged only with a day)', () => {
    const d = validDataset();
    // 5g-a: planned, year 2024
    expect(validateDataset(d, { today: '2025-06-01' })).toEqual([]);
    expect(validateDataset(d, { today: '2026-01-01' }).map(formatProblem)).toEqual([
      '5g.geojson [5g-a] properties.status: is "planned" but was expected in service by 2024, more than a year before 2026-01-01, and no later dated event says what became of it',
    ]);
    const p = d['5g.geojson'].features[0].properties;
    // a later expectation, or a later dated step, clears it
    p.events = [{ kind: 'expected-rfs', date: '2027-06' }];
    expect(validateDataset(d, { today: '2026-01-01' })).toEqual([]);
    p.events = [{ kind: 'construction', date: '2025-03' }];
    expect(validateDataset(d, { today: '2026-01-01' })).toEqual([]);
    p.events = [{ kind: 'expected-rfs', date: '2024-03' }];
    expect(validateDataset(d, { today: '2025-04-01' })[0]?.message).toMatch(/expected in service by 2024-03/);
  });
  it('checks known-systems.json: in the region, firms resolved, drawn or known but not both, not stale', () => {
    const d = validDataset();
    const known = (over: Record<string, unknown> = {}) => ({
      id: 'known-x',
      name: { en: 'System X', zh: 'X海缆' },
      countries: ['VN'],
      status: 'planned',
      year: 2027,
      operators: ['Op A'],
      why: { en: 'no landing named', zh: '未说明登陆点' },
      description: { en: 'announced', zh: '已宣布' },
      sources: [{ title: 'News', url: 'https://example.org/n', kind: 'secondary' }],
      ...over,
    });
    const check = (...systems: unknown[]) => {
      d['known-systems.json'] = { systems };
      return validateDataset(d, { today: '2025-06-01' }).map(formatProblem);
    };
    expect(check(known())).toEqual([]);
    expect(check(known({ countries: ['JP'] }))).toEqual([
      'known-systems.json [known-x] countries: names no place in the region (China, Hong Kong, Macau, an ASEAN state)',
    ]);
    expect(check(known({ operators: ['Nobody Ltd'] }))[0]).toMatch(/\[known-x\] operators: names "Nobody Ltd", which no entity/);
    // once drawn (the cable's name or alias), its known record must go
    expect(check(known({ aliases: [cable(d).properties.name.en] }))[0]).toMatch(
      /\[known-x\] name: ".*" is also the drawn cable cable-a: a system is drawn or known, not both/,
    );
    expect(check(known({ year: 2023 }))[0]).toMatch(/\[known-x\] status: is "planned" but was expected in service by 2023/);
    expect(check(known({ sources: [{ title: 'News', url: 'https://example.org/n' }] }))[0]).toMatch(/sources\.0: needs its kind/);
    expect(check(known(), known())[0]).toMatch(/\[known-x\] id: repeats/);
    expect(check(known({ events: [{ kind: 'announced', date: '2023-02-30' }] }))[0]).toMatch(
      /\[known-x\] events\.0\.date: 2023-02-30 is not a real date/,
    );
  });
  it.each(cases)('reports %s', (_name, mutate, expected) => {
    const problems = problemsAfter(mutate);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('the same checks over what the browser loaded (indexAssets)', () => {
  const loadAll = (d: Record<string, any>) =>
    indexAssets(
      ASSET_TYPES.map((type: AssetType) => {
        const r = checkAssetFile(ASSET_FILES[type], type, d[ASSET_FILES[type]]);
        return { type, features: r.features, skipped: r.problems };
      }),
    );

  it('keeps the first of an id repeated within a file and says why the other was skipped', () => {
    const d = validDataset();
    d['nodes.geojson'].features.push({ ...node(d), properties: { ...node(d).properties, name: { zh: '冒', en: 'Impostor' } } });
    const r = checkAssetFile('nodes.geojson', 'node', d['nodes.geojson']);
    expect(r.features.map((f) => f.properties.name.en)).not.toContain('Impostor');
    expect(r.problems.map(formatProblem)).toEqual(['nodes.geojson [node-a] properties.id: repeats the id of feature #0 in this file']);
    const index = loadAll(d);
    expect(index.byId.get('node-a')!.properties.name.en).not.toBe('Impostor');
    expect(index.all.filter((f) => f.properties.id === 'node-a')).toHaveLength(1);
  });

  it('an id repeated in a later file cannot take over the first: it is left out and reported', () => {
    const d = validDataset();
    d['5g.geojson'].features[0].properties.id = 'cable-a';
    const index = loadAll(d);
    expect(index.byId.get('cable-a')!.properties.type).toBe('submarine-cable');
    expect(index.byType['5g']!.features.map((f) => f.properties.id)).not.toContain('cable-a');
    expect(index.problems.map(formatProblem)).toContain(
      '5g.geojson [cable-a] properties.id: repeats an id already used in submarine-cables.geojson',
    );
  });

  it('a cable naming a missing landing point is kept and the missing point reported', () => {
    const d = validDataset();
    cable(d).properties.landingPoints = [...cable(d).properties.landingPoints, 'lp-gone'];
    const index = loadAll(d);
    expect(index.byId.has('cable-a')).toBe(true);
    expect(index.problems.map(formatProblem)).toContain(
      'submarine-cables.geojson [cable-a] properties.landingPoints: names landing point "lp-gone", which does not exist',
    );
  });

  it('a clean dataset has no problems; without the landing file, landings are not judged', () => {
    expect(loadAll(validDataset()).problems).toEqual([]);
    const d = validDataset();
    const partial = indexAssets(
      ASSET_TYPES.filter((t) => t !== 'landing-point').map((type) => ({
        type,
        features: checkAssetFile(ASSET_FILES[type], type, d[ASSET_FILES[type]]).features,
        skipped: [],
      })),
    );
    expect(partial.problems).toEqual([]);
  });
});

describe('validateDataset: faults and corridors', () => {
  const fault = (extra: Record<string, unknown> = {}) => ({
    id: 'fault-2020-01-a',
    cables: ['cable-a'],
    otherCables: [],
    reported: ['A'],
    start: '2020-01-05',
    repaired: '2020-02',
    location: null,
    cause: { zh: '原因', en: 'cause' },
    countriesAffected: ['VN'],
    description: { zh: '说明', en: 'what' },
    sources: [{ title: 'Test source', url: 'https://example.org/x' }],
    ...extra,
  });
  const ring = [
    [100, 0],
    [101, 0],
    [101, 1],
    [100, 0],
  ];
  const corridor = (polygon: unknown) => ({
    id: 'corridor-a',
    name: { zh: '甲', en: 'A' },
    polygon,
    rationale: { zh: '理由', en: 'why' },
    sources: [{ title: 'Test source', url: 'https://example.org/x' }],
  });
  const check = (faults: unknown[], polygon: unknown = ring) => {
    const d = validDataset();
    d['faults.json'] = { faults };
    d['corridors.json'] = { corridors: [corridor(polygon)] };
    return validateDataset(d).map(formatProblem);
  };
  it('accepts a valid fault and corridor', () => expect(check([fault()])).toEqual([]));
  it('reports an unknown cable id', () =>
    expect(check([fault({ cables: ['cable-zz'] })])).toEqual([
      'faults.json [fault-2020-01-a] cables: names cable "cable-zz", which does not exist',
    ]));
  it('reports an impact naming a missing cable, and reports dated before the fault', () => {
    const src = { title: 'T', url: 'https://example.org/y', kind: 'secondary' };
    const impact = { country: 'VN', text: { zh: '受损', en: 'impaired' }, cables: ['cable-zz'], from: '2020-01-05', source: src };
    expect(check([fault({ impacts: [impact], lastImpaired: { date: '2019-12', source: src } })])).toEqual([
      'faults.json [fault-2020-01-a] impacts.cables: names cable "cable-zz", which does not exist',
      'faults.json [fault-2020-01-a] lastImpaired: 2019-12 is before the fault began (2020-01-05)',
    ]);
    expect(check([fault({ impacts: [{ ...impact, cables: ['cable-a'], systemsImpaired: 1 }] })])).toEqual([]);
  });
  it('reports a repair before the fault', () =>
    expect(check([fault({ repaired: '2019-12-31' })])[0]).toMatch(/repaired: 2019-12-31 is before/));
  it('reports a malformed date', () => expect(check([fault({ start: '2020-13' })])[0]).toMatch(/faults\.json \[fault-2020-01-a\] start/));
  it('reports a repeated fault id', () => expect(check([fault(), fault()])[0]).toMatch(/\[fault-2020-01-a\] id: repeats/));
  it('reports an open ring and a short one', () => {
    expect(check([fault()], ring.slice(0, 3).concat([[100, 1]]))[0]).toMatch(
      /corridors\.json \[corridor-a\] polygon: the ring is not closed/,
    );
    expect(check([fault()], [ring[0], ring[1], ring[0]])[0]).toMatch(/polygon: a ring needs at least four points/);
  });
});
