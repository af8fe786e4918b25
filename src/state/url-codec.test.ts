import fc from 'fast-check';
import { CHOROPLETHS, NO_WHAT_IF } from '../model/view';
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
    through: ['corridor-strait-of-malacca'],
    avoiding: ['corridor-south-china-sea', 'corridor-luzon-strait'],
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
        '&asof=2020&home=CN,US&sup=NEC,HMN%20Technologies&nk=ixp&yr=2020-&thru=corridor-strait-of-malacca&avoid=corridor-south-china-sea,corridor-luzon-strait&sel=sjc2-cable&country=KH&panel=details&lang=zh&choro=5g-launch-year',
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
const arbUrlState: fc.Arbitrary<UrlState> = fc
  .record({
    camera: fc.option(arbCamera, { nil: null }),
    layers: fc.record(Object.fromEntries(GROUP_KEYS.map((k) => [k, fc.boolean()])) as Record<GroupKey, fc.Arbitrary<boolean>>),
    filters: fc
      .record({
        countries: fc.uniqueArray(fc.constantFrom(...FOCUS)),
        statuses: fc.uniqueArray(fc.constantFrom(...STATUSES)),
        operators: fc.uniqueArray(arbOperator, { maxLength: 20 }),
        asOf: fc.option(fc.integer({ min: 1990, max: 2035 }), { nil: null }),
        homes: fc.uniqueArray(fc.constantFrom('CN', 'US', 'JP', 'SG', 'HK')),
        suppliers: fc.uniqueArray(fc.constantFrom('NEC', 'SubCom', 'ASN', 'HMN Technologies', 'NEC, TE SubCom')),
        nodeKinds: fc.uniqueArray(fc.constantFrom(...NODE_KINDS)),
        yearFrom: fc.option(fc.integer({ min: 1990, max: 2010 }), { nil: null }),
        yearTo: fc.option(fc.integer({ min: 2010, max: 2035 }), { nil: null }),
        through: fc.uniqueArray(
          arbId.map((id) => `corridor-${id}`),
          { maxLength: 3 },
        ),
        avoiding: fc.uniqueArray(
          arbId.map((id) => `corridor-${id}`),
          { maxLength: 3 },
        ),
      })
      // a corridor both crossed and avoided is reported and dropped (tested below), not kept
      .filter((f) => !f.through.some((id) => f.avoiding.includes(id))),
    selected: fc.option(arbId, { nil: null }),
    country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
    panel: fc.constantFrom('overview' as const, 'list' as const, 'details' as const),
    lang: fc.option(fc.constantFrom('zh' as const, 'en' as const), { nil: null }),
    choropleth: fc.option(fc.constantFrom(...CHOROS), { nil: null }),
    whatIf: fc.option(
      fc
        .record({
          cut: fc.uniqueArray(
            fc.stringMatching(/^[a-z0-9]{1,10}$/).map((id) => `cable-${id}`),
            { maxLength: 8 },
          ),
          corridors: fc.uniqueArray(
            fc.stringMatching(/^[a-z0-9]{1,10}$/).map((id) => `corridor-${id}`),
            { maxLength: 4 },
          ),
          day: fc.option(
            fc
              .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
              .map((d) => d.toISOString().slice(0, 10)),
            { nil: null },
          ),
          segments: fc.uniqueArray(
            fc.tuple(fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.integer({ min: 0, max: 9999 })).map(([id, k]) => `cable-${id}:s${k}`),
            { maxLength: 6 },
          ),
          national: fc.uniqueArray(fc.constantFrom(...FOCUS, 'HK', 'MO', 'TW'), { maxLength: 4 }),
          seed: fc.option(fc.integer({ min: 0, max: 4_294_967_295 }), { nil: null }),
        })
        .filter(
          (w) =>
            w.cut.length > 0 ||
            w.corridors.length > 0 ||
            w.day !== null ||
            w.segments.length > 0 ||
            w.national.length > 0 ||
            w.seed !== null,
        ),
      { nil: undefined },
    ),
    compare: fc.option(fc.uniqueArray(fc.constantFrom(...FOCUS), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    story: fc.option(fc.record({ id: fc.constant('paper' as const), step: fc.integer({ min: 1, max: PAPER_STORY.length }) }), {
      nil: undefined,
    }),
  })
  .map((u) => {
    // an absent scenario or comparison is left out of the state, as parse leaves it out
    const out: UrlState = { ...u };
    // a replay day and an "as of" year name one date: the day's year (a different year is a
    // conflict the codec reports, see the hostile rows)
    if (u.whatIf?.day && u.filters.asOf !== null) out.filters = { ...u.filters, asOf: Number(u.whatIf.day.slice(0, 4)) };
    if (u.whatIf === undefined) delete out.whatIf;
    if (u.compare === undefined) delete out.compare;
    if (u.story === undefined) delete out.story;
    return out;
  });

// every key the codec knows (yr, cut, corr, day, cmp, home, sup, nk included), and some it does not
const KEYS = [
  ...['map', 'layers', 'c', 'st', 'op', 'asof', 'sel', 'country', 'panel', 'lang', 'choro'],
  ...['yr', 'thru', 'avoid', 'home', 'sup', 'nk', 'cut', 'corr', 'day', 'cmp', 'seg', 'nn', 'seed', 'chg', 'story', 'step'],
  ...['__proto__', 'foo', ''],
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
    expect(ignored).toEqual([expect.objectContaining({ code: 'not-a', key: 'yr', expected: 'year-range' })]);
  });
});

describe('what-if and compare in the URL', () => {
  it('reads and writes cut, corr, day and cmp', () => {
    const { state, ignored } = parse('#cut=cable-aag,cable-apg&corr=corridor-luzon-strait&day=2024-06-15&cmp=VN,SG&panel=resilience');
    expect(ignored).toEqual([]);
    expect(state.whatIf).toEqual({
      ...NO_WHAT_IF,
      cut: ['cable-aag', 'cable-apg'],
      corridors: ['corridor-luzon-strait'],
      day: '2024-06-15',
    });
    expect(state.compare).toEqual(['VN', 'SG']);
    expect(state.panel).toBe('resilience');
    expect(serialise(state)).toBe('panel=resilience&cut=cable-aag,cable-apg&corr=corridor-luzon-strait&day=2024-06-15&cmp=VN,SG');
  });
  it('reports what it cannot read and keeps the rest', () => {
    const { state, ignored } = parse('#cut=cable-aag,lp-x,Bad&corr=luzon&day=2024-13-01&cmp=VN,JP,SG,TH');
    expect(state.whatIf).toEqual({ ...NO_WHAT_IF, cut: ['cable-aag'] });
    expect(state.compare).toEqual(['VN', 'SG']);
    expect(ignored).toEqual([
      { code: 'not-a', key: 'cut', value: 'lp-x', expected: 'cable-id' },
      { code: 'not-a', key: 'cut', value: 'Bad', expected: 'cable-id' },
      { code: 'not-a', key: 'corr', value: 'luzon', expected: 'corridor-id' },
      { code: 'bad-day', value: '2024-13-01', min: 1990, max: 2035 },
      { code: 'not-a', key: 'cmp', value: 'JP', expected: 'focus-country' },
      { code: 'too-many', key: 'cmp', max: 2 },
    ]);
  });
  it('says so when one corridor is both crossed and avoided, and applies neither (no cable could pass)', () => {
    const { state, ignored } = parse('#thru=corridor-luzon-strait,corridor-red-sea&avoid=corridor-luzon-strait');
    expect(state.filters.through).toEqual(['corridor-red-sea']);
    expect(state.filters.avoiding).toEqual([]);
    expect(ignored).toEqual([{ code: 'thru-and-avoid', value: 'corridor-luzon-strait' }]);
  });

  it('reads the corridor filters (thru, avoid) as filters, keeping the good ids and reporting the rest', () => {
    const { state, ignored } = parse('#yr=2020-&avoid=corridor-south-china-sea,South%20China%20Sea&thru=corridor-luzon-strait');
    expect(state.filters.through).toEqual(['corridor-luzon-strait']);
    expect(state.filters.avoiding).toEqual(['corridor-south-china-sea']);
    expect(state.whatIf).toBeUndefined();
    expect(ignored).toEqual([{ code: 'not-a', key: 'avoid', value: 'South China Sea', expected: 'corridor-id' }]);
    expect(serialise(state)).toBe('yr=2020-&thru=corridor-luzon-strait&avoid=corridor-south-china-sea');
  });
  it('writes nothing when there is no scenario', () => {
    expect(serialise({ ...DEFAULT_URL_STATE, whatIf: NO_WHAT_IF, compare: [] })).toBe('');
  });
});

describe('segments, national networks and the seed in the URL', () => {
  it('reads and writes seg, nn and seed', () => {
    const h = 'seg=cable-apg:s3,cable-smw3:s12&nn=VN,hk&seed=42';
    const { state, ignored } = parse(h);
    expect(ignored).toEqual([]);
    expect(state.whatIf).toEqual({ ...NO_WHAT_IF, segments: ['cable-apg:s3', 'cable-smw3:s12'], national: ['VN', 'HK'], seed: 42 });
    expect(serialise(state)).toBe('seg=cable-apg%3As3,cable-smw3%3As12&nn=VN,HK&seed=42');
    expect(parse(serialise(state)).state).toEqual(state);
  });
  it('reports hostile values and keeps the rest', () => {
    const { state, ignored } = parse('seg=cable-apg:s3,lp-x:s1,cable-apg:s99999,cable-apg:s-1,cable-apg&nn=VN,JP,<b>&seed=-1');
    expect(state.whatIf).toEqual({ ...NO_WHAT_IF, segments: ['cable-apg:s3'], national: ['VN'] });
    const notA = (key: string, value: string, expected: string) => ({ code: 'not-a', key, value, expected });
    expect(ignored).toEqual([
      notA('seg', 'lp-x:s1', 'segment-id'),
      notA('seg', 'cable-apg:s99999', 'segment-id'),
      notA('seg', 'cable-apg:s-1', 'segment-id'),
      notA('seg', 'cable-apg', 'segment-id'),
      notA('nn', 'JP', 'place'),
      notA('nn', '<b>', 'place'),
      notA('seed', '-1', 'seed'),
    ]);
  });
  it.each(['seed=4294967296', 'seed=1e3', 'seed=12.5', 'seed=NaN', 'seed='])('rejects a seed out of range or form: %s', (h) => {
    const { state } = parse(h);
    expect(state.whatIf?.seed ?? null).toBeNull();
  });
  it('caps segment ids as it caps cut ids: 100 characters each, 50 per list', () => {
    const long = `cable-${'a'.repeat(95)}:s1`;
    expect(parse(`seg=${long}`).state.whatIf).toBeUndefined();
    expect(parse(`cut=cable-${'a'.repeat(95)}`).state.whatIf).toBeUndefined();
    const many = Array.from({ length: 51 }, (_, i) => `cable-a:s${i}`).join(',');
    // the value's character cap agrees with the id cap (as for cut=): 50 kept, the rest said
    const { state, ignored } = parse(`seg=${many}`);
    expect(state.whatIf?.segments).toHaveLength(50);
    expect(ignored).toEqual([{ code: 'too-many', key: 'seg', max: 50 }]);
  });
});

describe('scenario links that agree with their limits (issue 23)', () => {
  const ids = (n: number, len = 30, prefix = 'cable-') =>
    Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(len - prefix.length, 'x')}`);
  it('a 50-cable scenario, with long ids, survives serialise and parse whole', () => {
    for (const len of [12, 30, 100]) {
      const cut = ids(50, len);
      const h = serialise({ ...DEFAULT_URL_STATE, panel: 'resilience', whatIf: { ...NO_WHAT_IF, cut, corridors: [], day: null } });
      const { state, ignored } = parse(h);
      expect(ignored).toEqual([]);
      expect(state.whatIf?.cut).toEqual(cut);
    }
  });
  it('51 cables: the first 50 are kept and the rest is said', () => {
    const { state, ignored } = parse(`cut=${ids(51).join(',')}`);
    expect(state.whatIf?.cut).toHaveLength(50);
    expect(ignored).toEqual([{ code: 'too-many', key: 'cut', max: 50 }]);
  });
  it('a full hash at every limit (operators, suppliers, cut, corridors) is read whole', () => {
    const ops = Array.from({ length: 20 }, (_, i) => '中'.repeat(78) + String(i).padStart(2, '0'));
    const s: UrlState = {
      ...DEFAULT_URL_STATE,
      filters: { ...NO_FILTERS, operators: ops, suppliers: ops },
      whatIf: { ...NO_WHAT_IF, cut: ids(50, 100), corridors: ids(50, 100, 'corridor-'), day: '2024-06-15' },
    };
    const { state, ignored } = parse(serialise(s));
    expect(ignored).toEqual([]);
    expect(state).toEqual(s);
  });
});

describe('day= is a real calendar date in the years asof takes', () => {
  it.each(['2023-02-30', '2023-02-31', '2023-04-31', '2023-02-29', '1900-01-01', '2099-01-01', '1989-12-31', '2036-01-01'])(
    '%s is reported and not used',
    (d) => {
      const { state, ignored } = parse(`day=${d}`);
      expect(state.whatIf?.day ?? null).toBeNull();
      expect(ignored).toEqual([{ code: 'bad-day', value: d, min: 1990, max: 2035 }]);
    },
  );
  it.each(['2024-02-29', '1990-01-01', '2035-12-31', '2006-12-26'])('%s is read', (d) => {
    const { state, ignored } = parse(`day=${d}`);
    expect(ignored).toEqual([]);
    expect(state.whatIf?.day).toBe(d);
  });
  it('asof and day naming different years: the day wins for both, and the notice says so', () => {
    const { state, ignored } = parse('asof=2024&day=2006-12-26');
    expect(state.filters.asOf).toBe(2006);
    expect(state.whatIf?.day).toBe('2006-12-26');
    expect(ignored).toEqual([{ code: 'day-wins', day: '2006-12-26', asof: 2024 }]);
    expect(parse('asof=2006&day=2006-12-26').ignored).toEqual([]);
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
    expect(past.ignored).toEqual([{ code: 'step-past-end', step: 99, last: PAPER_STORY.length }]);
    const bad = parse('story=novel&step=2');
    expect(bad.state.story).toBeUndefined();
    expect(bad.ignored).toEqual([{ code: 'not-a', key: 'story', value: 'novel', expected: 'story' }]);
    expect(parse('step=2').ignored).toEqual([{ code: 'step-without-story' }]);
    expect(parse('story=paper&step=0').state.story).toEqual({ id: 'paper', step: 1 });
    expect(parse('story=paper&step=two').ignored).toEqual([{ code: 'not-a', key: 'step', value: 'two', expected: 'step' }]);
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
      expect(ignored).toEqual([expect.objectContaining({ code: 'not-a', key: 'chg', expected: 'date-span' })]);
    },
  );
});
