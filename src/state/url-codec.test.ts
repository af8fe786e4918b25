import fc from 'fast-check';
import { CHOROPLETHS } from '../model/view';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, STATUSES } from '../data/schema';
import { FOCUS, ISO_A2 } from '../data/iso';
import { GROUP_KEYS, type GroupKey } from '../model/groups';
import { NO_FILTERS } from './filters';
import { PAPER_STORY } from './story';
import { DEFAULT_URL_STATE, latLonDecimals, parse, roundCamera, serialise, type ChoroplethId, type UrlState } from './url-codec';

const layersOn = (...on: GroupKey[]) => Object.fromEntries(GROUP_KEYS.map((k) => [k, on.includes(k)])) as Record<GroupKey, boolean>;

const FULL: UrlState = {
  camera: { zoom: 5.25, lat: 14.31, lon: 103.92, bearing: -12.5, pitch: 30 },
  layers: layersOn('submarine-cable', 'node'),
  filters: {
    countries: ['KH', 'LA'],
    statuses: ['operational', 'planned'],
    operators: ['China Mobile', 'Viettel', '中国电信', 'Smith, Jones & Co'],
    asOf: 2020,
    homes: ['CN', 'US'],
    suppliers: ['NEC', 'HMN Technologies'],
    nodeKinds: ['ixp'],
    yearFrom: 2020,
    yearTo: null,
  },
  selected: 'sjc2-cable',
  country: 'KH',
  panel: 'details',
  lang: 'zh',
  choropleth: '5g-launch-year',
};

describe('url codec: round trips', () => {
  it('writes nothing for the default state and reads nothing from an empty hash', () => {
    expect(serialise(DEFAULT_URL_STATE)).toBe('');
    expect(parse('')).toEqual({ state: DEFAULT_URL_STATE, ignored: [] });
    expect(parse('#')).toEqual({ state: DEFAULT_URL_STATE, ignored: [] });
  });

  it('writes every key, in the fixed order, and reads it back', () => {
    const h = serialise(FULL);
    expect(h).toBe(
      'map=5.25/14.31/103.92/-12.5/30&layers=submarine-cable,node&c=KH,LA&st=operational,planned' +
        '&op=China%20Mobile,Viettel,%E4%B8%AD%E5%9B%BD%E7%94%B5%E4%BF%A1,Smith%2C%20Jones%20%26%20Co' +
        '&asof=2020&home=CN,US&sup=NEC,HMN%20Technologies&nk=ixp&yr=2020-&sel=sjc2-cable&country=KH&panel=details&lang=zh&choro=5g-launch-year',
    );
    expect(parse(h)).toEqual({ state: FULL, ignored: [] });
    expect(parse(`#${h}`).state).toEqual(FULL);
  });

  it('writes bearing and pitch only when one is non-zero, and layers=none when none is on', () => {
    expect(serialise({ ...DEFAULT_URL_STATE, camera: { zoom: 3, lat: 10, lon: 100, bearing: 0, pitch: 0 } })).toBe('map=3/10/100');
    expect(serialise({ ...DEFAULT_URL_STATE, camera: { zoom: 3, lat: 10, lon: 100, bearing: 0, pitch: 40 } })).toBe('map=3/10/100/0/40');
    expect(serialise({ ...DEFAULT_URL_STATE, layers: layersOn() })).toBe('layers=none');
  });

  it('rounds the camera as precision follows zoom (maplibre rule)', () => {
    expect([0, 3, 10, 22].map(latLonDecimals)).toEqual([1, 2, 4, 8]);
    const cam = { zoom: 10.123456, lat: 13.7563309, lon: 100.5017651, bearing: 33.333, pitch: 44.6 };
    expect(serialise({ ...DEFAULT_URL_STATE, camera: cam })).toBe('map=10.12/13.7563/100.5018/33.3/45');
    expect(serialise({ ...DEFAULT_URL_STATE, camera: { ...cam, zoom: 3 } })).toBe('map=3/13.76/100.5/33.3/45');
    expect(roundCamera({ zoom: 0.5, lat: 85.06, lon: 190, bearing: -190, pitch: 0 })).toEqual({
      zoom: 0.5,
      lat: 85,
      lon: -170,
      bearing: 170,
      pitch: 0,
    });
  });

  it('keeps commas, ampersands, plus and percent signs inside operator names', () => {
    const s: UrlState = { ...DEFAULT_URL_STATE, filters: { ...NO_FILTERS, operators: ['A,B', 'x&y=z', '1+1', '100%', 'Smith, Jones'] } };
    const h = serialise(s);
    expect(h).toContain('A%2CB');
    expect(parse(h)).toEqual({ state: s, ignored: [] });
  });
});

interface Row {
  hash: string;
  want?: Partial<UrlState>;
  /** Substrings that `ignored` must contain, one per bad part. */
  mentions: string[];
}

const F = NO_FILTERS;
const rows: Row[] = [
  { hash: 'foo=1', want: {}, mentions: ['unknown parameter "foo"'] },
  { hash: 'map=abc/1/2', want: { camera: null }, mentions: ['map: "abc/1/2" is not zoom/lat/lon'] },
  { hash: 'map=NaN/10/100', want: { camera: null }, mentions: ['map: "NaN/10/100"'] },
  { hash: 'map=5/Infinity/100', want: { camera: null }, mentions: ['map: "5/Infinity/100"'] },
  { hash: 'map=5/1e3/100', want: { camera: null }, mentions: ['map: "5/1e3/100"'] },
  { hash: 'map=5/95/100', want: { camera: null }, mentions: ['latitude 95'] },
  { hash: 'map=30/10/100', want: { camera: null }, mentions: ['zoom 30'] },
  { hash: 'map=5/10/100/0/90', want: { camera: null }, mentions: ['pitch 90'] },
  { hash: 'map=5/22.', want: { camera: null }, mentions: ['map: "5/22." is not zoom/lat/lon'] },
  { hash: 'map=5/22', want: { camera: null }, mentions: ['map: "5/22"'] },
  { hash: 'map=5/10/370/400', want: { camera: { zoom: 5, lat: 10, lon: 10, bearing: 40, pitch: 0 } }, mentions: [] },
  { hash: 'map=5%2F10%2F100', want: { camera: { zoom: 5, lat: 10, lon: 100, bearing: 0, pitch: 0 } }, mentions: [] },
  {
    hash: 'sel=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    want: { selected: null },
    mentions: ['sel: "<script>alert(1)</scrip…" is not an asset id'],
  },
  { hash: 'sel=<script>', want: { selected: null }, mentions: ['sel: "<script>"'] },
  { hash: 'sel=javascript:alert(1)', want: { selected: null }, mentions: ['sel: "javascript:alert(1)"'] },
  {
    hash: `sel=${'a'.repeat(10_000)}&lang=en`,
    want: { selected: null, lang: 'en' },
    mentions: ['sel: value of 10000 characters is too long'],
  },
  { hash: `c=${'KH,'.repeat(3_000)}`, want: { filters: F }, mentions: ['c: value of 9000 characters is too long'] },
  { hash: 'op=%E0%A4%A', want: { filters: F }, mentions: ['op: bad percent-encoding "%E0%A4%A"'] },
  { hash: 'sel=%E0%A4%A&panel=list', want: { selected: null, panel: 'list' }, mentions: ['sel: bad percent-encoding'] },
  { hash: '%E0%A4%A=1', want: {}, mentions: ['unknown parameter "%E0%A4%A"'] },
  {
    hash: '__proto__=1&constructor=2&__proto__[polluted]=1',
    want: {},
    mentions: ['"__proto__"', '"constructor"', '"__proto__[polluted]"'],
  },
  { hash: 'layers=', want: { layers: layersOn(...GROUP_KEYS) }, mentions: ['layers: empty'] },
  { hash: 'layers=none', want: { layers: layersOn() }, mentions: [] },
  { hash: 'layers=node,rivers', want: { layers: layersOn('node') }, mentions: ['layers: "rivers" is not a layer'] },
  { hash: 'layers=rivers', want: { layers: layersOn(...GROUP_KEYS) }, mentions: ['layers: "rivers"'] },
  { hash: 'sel=abc&sel=def', want: { selected: 'def' }, mentions: ['sel: repeated'] },
  { hash: 'sel=abc&sel=<x>', want: { selected: null }, mentions: ['sel: repeated', 'sel: "<x>"'] },
  {
    hash: 'op=%E4%B8%AD%E5%9B%BD%E7%A7%BB%E5%8A%A8,%E4%B8%AD%E5%9B%BD%E7%94%B5%E4%BF%A1',
    want: { filters: { ...F, operators: ['中国移动', '中国电信'] } },
    mentions: [],
  },
  { hash: 'op=中国移动', want: { filters: { ...F, operators: ['中国移动'] } }, mentions: [] },
  {
    hash: 'op=China+Mobile,China%20Unicom,Smith%2C%20Jones',
    want: { filters: { ...F, operators: ['China Mobile', 'China Unicom', 'Smith, Jones'] } },
    mentions: [],
  },
  {
    hash: 'op=a%00b,ok,%E2%80%AEevil',
    want: { filters: { ...F, operators: ['ok', 'evil'] } },
    mentions: ['op: "a?b"', 'op: invisible characters removed'],
  },
  // zero-width and bidi formatting characters are stripped from every parameter, and said
  {
    hash: 'op=China%E2%80%8B%20Mobile,%E2%80%8F%E2%81%A6Viettel%E2%81%A9%EF%BB%BF',
    want: { filters: { ...F, operators: ['China Mobile', 'Viettel'] } },
    mentions: ['op: invisible characters removed'],
  },
  { hash: 'op=%E2%80%8B%E2%80%8D', want: { filters: F }, mentions: ['op: invisible characters removed', 'op: "" is not an operator name'] },
  { hash: 'sel=cable%E2%80%8B-apg', want: { selected: 'cable-apg' }, mentions: ['sel: invisible characters removed'] },
  { hash: 's%E2%80%8Del=cable-apg', want: { selected: 'cable-apg' }, mentions: ['sel: invisible characters removed'] },
  {
    hash: 'c=K%E2%80%AEH&st=operational%E2%81%A7&lang=%EF%BB%BFen',
    want: { filters: { ...F, countries: ['KH'], statuses: ['operational'] }, lang: 'en' },
    mentions: ['c: invisible characters removed', 'st: invisible characters removed', 'lang: invisible characters removed'],
  },
  { hash: 'map=5/10/100%E2%80%8B', want: { camera: { zoom: 5, lat: 10, lon: 100, bearing: 0, pitch: 0 } }, mentions: ['map: invisible'] },
  { hash: `op=${'x'.repeat(81)}`, want: { filters: F }, mentions: ['is not an operator name'] },
  {
    hash: `op=${Array.from({ length: 25 }, (_, i) => `op${i}`).join(',')}`,
    want: { filters: { ...F, operators: Array.from({ length: 20 }, (_, i) => `op${i}`) } },
    mentions: ['op: more than 20 values'],
  },
  { hash: 'c=KH,XX,la,KH', want: { filters: { ...F, countries: ['KH', 'LA'] } }, mentions: ['c: "XX" is not China or an ASEAN state'] },
  { hash: 'c=JP', want: { filters: F }, mentions: ['c: "JP" is not China or an ASEAN state'] },
  { hash: 'st=operational,broken', want: { filters: { ...F, statuses: ['operational'] } }, mentions: ['st: "broken" is not a status'] },
  { hash: 'asof=1889', want: { filters: F }, mentions: ['asof: "1889"'] },
  { hash: 'asof=2020.5', want: { filters: F }, mentions: ['asof: "2020.5"'] },
  {
    hash: '#panel=list&lang=fr&choro=gdp',
    want: { panel: 'list', lang: null, choropleth: null },
    mentions: ['lang: "fr"', 'choro: "gdp"'],
  },
  { hash: 'panel=settings', want: { panel: 'overview' }, mentions: ['panel: "settings"'] },
  { hash: 'country=XX', want: { country: null }, mentions: ['country: "XX"'] },
  { hash: 'sel=sjc2&country=KH', want: { selected: 'sjc2', country: 'KH' }, mentions: [] },
  { hash: '&&map=5/10/100&', want: { camera: { zoom: 5, lat: 10, lon: 100, bearing: 0, pitch: 0 } }, mentions: [] },
  { hash: 'sel', want: { selected: null }, mentions: ['sel: "" is not an asset id'] },
];

describe('url codec: malformed and hostile hashes', () => {
  it.each(rows)('$hash', ({ hash, want, mentions }) => {
    const { state, ignored } = parse(hash);
    expect(state).toEqual({ ...DEFAULT_URL_STATE, ...want });
    for (const m of mentions)
      expect(
        ignored.some((i) => i.includes(m)),
        `"${m}" in ${JSON.stringify(ignored)}`,
      ).toBe(true);
    if (!mentions.length) expect(ignored).toEqual([]);
    for (const i of ignored) expect([...i].length).toBeLessThanOrEqual(60);
  });

  it('does not pollute prototypes', () => {
    const { state } = parse('__proto__=1&constructor=x&prototype=y&__proto__.polluted=1&op=__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(state.filters.operators).toEqual(['__proto__']);
  });

  it('caps the work and the report on huge input', () => {
    const t = Date.now();
    const { state, ignored } = parse('foo=1&'.repeat(200_000) + 'sel=late');
    expect(Date.now() - t).toBeLessThan(1000);
    expect(state.selected).toBeNull(); // past the cap
    expect(ignored.length).toBeLessThanOrEqual(21);
    expect(ignored[0]).toContain('hash longer than');
    expect(ignored.at(-1)).toMatch(/^…and \d+ more$/);
    expect(parse('%'.repeat(1_000_000)).state).toEqual(DEFAULT_URL_STATE);
  });
});

// ---- property tests -------------------------------------------------------------------

/** The precision rule, restated here: zoom to 2 decimals, lat/lon to maplibre's decimals. */
const decimals = (zoom: number) => Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
const roundTo = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d + 0;
const arbCamera = fc.integer({ min: 0, max: 2200 }).chain((k) => {
  const zoom = k / 100;
  const d = decimals(zoom);
  return fc.record({
    zoom: fc.constant(zoom),
    lat: fc
      .double({ min: -85.06, max: 85.06, noNaN: true })
      .map((x) => roundTo(x, d))
      .filter((x) => Math.abs(x) <= 85.06),
    lon: fc.double({ min: -180, max: 180, noNaN: true }).map((x) => roundTo(x, d)),
    bearing: fc.oneof(
      fc.constant(0),
      fc.integer({ min: -1800, max: 1800 }).map((b) => b / 10),
    ),
    pitch: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 85 })),
  });
});
const BAD_TEXT = /[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]/u;
const arbOperator = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 80 }),
    fc.constantFrom('China Mobile', 'Smith, Jones & Co', '中国移动', '50%+', 'a=b&c'),
  )
  .filter((s) => s.length <= 80 && s.trim() !== '' && !BAD_TEXT.test(s) && !/\p{Cf}/u.test(s));
const arbId = fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 6 }).map((p) => p.join('-'));
const COUNTRIES = [...ISO_A2];
const CHOROS: readonly ChoroplethId[] = CHOROPLETHS;
const arbUrlState: fc.Arbitrary<UrlState> = fc.record({
  camera: fc.option(arbCamera, { nil: null }),
  layers: fc.record(Object.fromEntries(GROUP_KEYS.map((k) => [k, fc.boolean()])) as Record<GroupKey, fc.Arbitrary<boolean>>),
  filters: fc.record({
    countries: fc.uniqueArray(fc.constantFrom(...FOCUS)),
    statuses: fc.uniqueArray(fc.constantFrom(...STATUSES)),
    operators: fc.uniqueArray(arbOperator, { maxLength: 20 }),
    asOf: fc.option(fc.integer({ min: 1990, max: 2035 }), { nil: null }),
    homes: fc.uniqueArray(fc.constantFrom('CN', 'US', 'JP', 'SG', 'HK')),
    suppliers: fc.uniqueArray(fc.constantFrom('NEC', 'SubCom', 'ASN', 'HMN Technologies', 'NEC, TE SubCom')),
    nodeKinds: fc.uniqueArray(fc.constantFrom(...NODE_KINDS)),
    yearFrom: fc.constant(null),
    yearTo: fc.option(fc.integer({ min: 1990, max: 2035 }), { nil: null }),
  }),
  selected: fc.option(arbId, { nil: null }),
  country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
  panel: fc.constantFrom('overview' as const, 'list' as const, 'details' as const),
  lang: fc.option(fc.constantFrom('zh' as const, 'en' as const), { nil: null }),
  choropleth: fc.option(fc.constantFrom(...CHOROS), { nil: null }),
  story: fc.option(fc.record({ id: fc.constant('paper' as const), step: fc.integer({ min: 1, max: PAPER_STORY.length }) }), {
    nil: undefined,
  }),
});

const KEYS = [
  'map',
  'layers',
  'c',
  'st',
  'op',
  'asof',
  'sel',
  'country',
  'panel',
  'lang',
  'choro',
  'story',
  'step',
  '__proto__',
  'foo',
  '',
];
const arbHostile = fc
  .array(
    fc.tuple(fc.constantFrom(...KEYS), fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[-0-9./%A-Fa-f,+]*$/))),
    { maxLength: 12 },
  )
  .map((kv) => kv.map(([k, v]) => `${k}=${v}`).join('&'));

describe('url codec: properties', () => {
  it('round-trips any valid state exactly (camera generated at the codec precision)', () => {
    fc.assert(
      fc.property(arbUrlState, (s) => {
        const h = serialise(s);
        const back = parse(h);
        expect(back).toEqual({ state: s, ignored: [] });
        expect(serialise(back.state)).toBe(h);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and whatever it reads is valid and stable', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), arbHostile), (x) => {
        const { state, ignored } = parse(x);
        expect(Array.isArray(ignored)).toBe(true);
        const h = serialise(state);
        expect(parse(h)).toEqual({ state, ignored: [] });
        expect(serialise(parse(h).state)).toBe(h);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the new filters in a link', () => {
  it('reads home economies, suppliers, node kinds and a year range', () => {
    const { state, ignored } = parse('home=cn,US&sup=NEC&nk=ixp&yr=2020-');
    expect(state.filters.homes).toEqual(['CN', 'US']);
    expect(state.filters.suppliers).toEqual(['NEC']);
    expect(state.filters.nodeKinds).toEqual(['ixp']);
    expect([state.filters.yearFrom, state.filters.yearTo]).toEqual([2020, null]);
    expect(ignored).toEqual([]);
  });
  it.each(['yr=2026-2020', 'yr=-', 'yr=1800-', 'yr=abc'])('reports a bad year range: %s', (h) => {
    const { state, ignored } = parse(h);
    expect(state.filters.yearFrom).toBeNull();
    expect(ignored.join()).toMatch(/yr/);
  });
});

describe('what-if and compare in the URL', () => {
  it('reads and writes cut, corr, day and cmp', () => {
    const { state, ignored } = parse('#cut=cable-aag,cable-apg&corr=corridor-luzon-strait&day=2024-06-15&cmp=VN,SG&panel=resilience');
    expect(ignored).toEqual([]);
    expect(state.whatIf).toEqual({ cut: ['cable-aag', 'cable-apg'], corridors: ['corridor-luzon-strait'], day: '2024-06-15' });
    expect(state.compare).toEqual(['VN', 'SG']);
    expect(state.panel).toBe('resilience');
    expect(serialise(state)).toBe('panel=resilience&cut=cable-aag,cable-apg&corr=corridor-luzon-strait&day=2024-06-15&cmp=VN,SG');
  });
  it('reports what it cannot read and keeps the rest', () => {
    const { state, ignored } = parse('#cut=cable-aag,lp-x,Bad&corr=luzon&day=2024-13-01&cmp=VN,JP,SG,TH');
    expect(state.whatIf).toEqual({ cut: ['cable-aag'], corridors: [], day: null });
    expect(state.compare).toEqual(['VN', 'SG']);
    expect(ignored).toEqual([
      'cut: "lp-x" is not a cable id',
      'cut: "Bad" is not a cable id',
      'corr: "luzon" is not a corridor id',
      'day: "2024-13-01" is not a date YYYY-MM-DD',
      'cmp: "JP" is not China or an ASEAN state',
      'cmp: more than 2 values, rest ignored',
    ]);
  });
  it('writes nothing when there is no scenario', () => {
    expect(serialise({ ...DEFAULT_URL_STATE, whatIf: { cut: [], corridors: [], day: null }, compare: [] })).toBe('');
  });
});

describe('a story step in the URL', () => {
  it('reads and writes story=paper&step=N', () => {
    const { state, ignored } = parse('#story=paper&step=3&lang=en');
    expect(ignored).toEqual([]);
    expect(state.story).toEqual({ id: 'paper', step: 3 });
    expect(serialise(state)).toBe('lang=en&story=paper&step=3');
    expect(parse(serialise(state)).state).toEqual(state);
  });
  it('opens the first step without a step, the last past the end, and reports what it ignored', () => {
    expect(parse('story=paper').state.story).toEqual({ id: 'paper', step: 1 });
    const past = parse('story=paper&step=99');
    expect(past.state.story).toEqual({ id: 'paper', step: PAPER_STORY.length });
    expect(past.ignored.join()).toMatch(/past the story's last step/);
    const bad = parse('story=novel&step=2');
    expect(bad.state.story).toBeUndefined();
    expect(bad.ignored).toEqual(['story: "novel" is not a story']);
    expect(parse('step=2').ignored).toEqual(['step: no story named, ignored']);
    expect(parse('story=paper&step=0').state.story).toEqual({ id: 'paper', step: 1 });
    expect(parse('story=paper&step=two').ignored).toEqual(['step: "two" is not a step number']);
  });
});

describe('two dates compared in the URL', () => {
  it('reads and writes chg=FROM,TO and the Changes panel', () => {
    const { state, ignored } = parse('#panel=changes&chg=2016-01-01,2020-12-31');
    expect(ignored).toEqual([]);
    expect(state.change).toEqual({ from: '2016-01-01', to: '2020-12-31' });
    expect(state.panel).toBe('changes');
    expect(serialise(state)).toBe('panel=changes&chg=2016-01-01,2020-12-31');
  });
  it.each(['chg=2020-01-01,2016-01-01', 'chg=2020-01-01', 'chg=2016,2020', 'chg=2016-01-01,2016-01-01', 'chg=a,b,c'])(
    'reports a bad pair of dates: %s',
    (h) => {
      const { state, ignored } = parse(h);
      expect(state.change).toBeUndefined();
      expect(ignored.join()).toMatch(/^chg: /);
    },
  );
});
