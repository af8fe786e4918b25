import { describe, expect, it } from 'vitest';
import { GROUP_KEYS, type GroupKey } from '../model/groups';
import { NO_FILTERS } from '../state/filters';
import { DEFAULT_URL_STATE, parse, type UrlState } from '../state/url-codec';
import { renderProblem } from './link-problems';

const layersOn = (...on: GroupKey[]) => Object.fromEntries(GROUP_KEYS.map((k) => [k, on.includes(k)])) as Record<GroupKey, boolean>;

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
  { hash: 'sel=abc&sel=def', want: { selected: 'def' }, mentions: ['sel: given 2 times; the last one is used'] },
  { hash: 'sel=abc&sel=<x>', want: { selected: null }, mentions: ['sel: given 2 times', 'sel: "<x>"'] },
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
  {
    hash: 'thru=corridor-red-sea,corridor-luzon-strait&avoid=corridor-red-sea',
    want: { filters: { ...F, through: ['corridor-luzon-strait'] } },
    mentions: ['“corridor-red-sea” is both crossed and avoided'],
  },
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
    const { state, ignored: problems } = parse(hash);
    const ignored = problems.map((p) => renderProblem(p, 'en'));
    expect(state).toEqual({ ...DEFAULT_URL_STATE, ...want });
    for (const m of mentions)
      expect(
        ignored.some((i) => i.includes(m)),
        `"${m}" in ${JSON.stringify(ignored)}`,
      ).toBe(true);
    if (!mentions.length) expect(ignored).toEqual([]);
    for (const p of problems) expect(renderProblem(p, 'zh')).not.toMatch(/ is not | of \d+ characters|invisible|repeated|percent/);
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
    expect(renderProblem(ignored[0]!, 'en')).toContain('longer than');
    expect(renderProblem(ignored.at(-1)!, 'en')).toMatch(/^…and \d+ more$/);
    expect(renderProblem(ignored.at(-1)!, 'zh')).toMatch(/^……另有 \d+ 处$/);
    expect(parse('%'.repeat(1_000_000)).state).toEqual(DEFAULT_URL_STATE);
  });
});

describe('link notices: one notice per repeated key, every notice in both languages', () => {
  it('a key given 20 times gives one line, with the count', () => {
    const { state, ignored } = parse(Array.from({ length: 20 }, (_, i) => `sel=cable-${i}`).join('&'));
    expect(state.selected).toBe('cable-19');
    expect(ignored.map((p) => renderProblem(p, 'en'))).toEqual(['sel: given 20 times; the last one is used']);
    expect(ignored.map((p) => renderProblem(p, 'zh'))).toEqual(['sel：出现了 20 次，使用最后一个']);
  });

  it('renders every problem of a table of bad links in Chinese, with no English words left', () => {
    const links = [
      'foo=1',
      'sel=a&sel=b',
      'c=KH,XX',
      'st=nope',
      'asof=1e9',
      'lang=fr',
      'choro=pie',
      'panel=x',
      'layers=rivers',
      'layers=',
      'map=5/22',
      'map=99/1/1',
      'map=5/89/1',
      'map=5/1/1/0/90',
      'sel=%E0%A4%A',
      'op=' + 'x'.repeat(50_000),
      'home=XX',
      'sup=' + 'y'.repeat(81),
      'nk=castle',
      'yr=2030-2020',
      'cut=lp-x',
      'corr=x',
      'day=2023-02-30',
      'asof=2024&day=2006-12-26',
      'cmp=VN,SG,TH',
      'op=%E2%80%AEevil',
      'thru=corridor-red-sea&avoid=corridor-red-sea',
    ];
    for (const l of links) {
      const { ignored } = parse(l);
      expect(ignored.length, l).toBeGreaterThan(0);
      for (const p of ignored)
        expect(renderProblem(p, 'zh'), l).not.toMatch(/\b(is|not|of|the|a|an|value|given|characters|removed|empty)\b/);
    }
  });
});
