/**
 * The shareable view as a URL hash fragment, e.g.
 * `map=5/14.3/103.9&layers=submarine-cable,node&c=KH,LA&op=China%20Mobile&sel=sjc2&panel=details`.
 *
 * Pure: strings in, strings out; the caller owns `window.location` and `replaceState`.
 * Keys come in a fixed order and are omitted at their default. Values are
 * `encodeURIComponent`-encoded; list items are encoded one by one and joined with ',' (so a
 * ',' inside an operator name travels as %2C). On reading, '+' means a space.
 *
 * Parsing is total and forgiving: it never throws, it keeps whatever it can read (the good
 * items of a list), and reports the rest in `ignored` as typed problems (link-problems.ts;
 * each language renders them). A key given more than once: the LAST occurrence wins (like
 * appending to a URL by hand) and the repeat is reported once. A list with no readable item but some bad ones keeps its default (all layers on,
 * no filter). `sel` and `country` are both kept when both are present: the app decides.
 */
import { NODE_KINDS, STATUSES, type Status } from '../data/constants';
import { FOCUS, ISO_A2 } from '../data/iso';
import { inYears, YEAR_MAX, YEAR_MIN } from '../data/years';
import { allLayers, GROUP_KEYS, type GroupKey } from '../model/groups';
import { NO_FILTERS, type Filters } from './filters';
import { show, type Expected, type LinkProblem } from './link-problems';
import { STORIES, STORY_IDS, type StoryRef } from './story';
import {
  CHOROPLETHS,
  LANGS,
  NO_WHAT_IF,
  PANELS,
  type Camera,
  type ChoroplethId,
  type Lang,
  type PanelId,
  type WhatIf,
  type ChangeSpan,
} from '../model/view';

export type { Camera, ChoroplethId, PanelId };
/** Everything a shared URL reproduces. */
export interface UrlState {
  /** null = the default view (fit the region). */
  camera: Camera | null;
  layers: Record<GroupKey, boolean>;
  filters: Filters;
  /** Selected asset id. */
  selected: string | null;
  /** Selected country, ISO alpha-2. */
  country: string | null;
  panel: PanelId;
  /** null = not in the URL: the app uses the stored or browser language. */
  lang: Lang | null;
  choropleth: ChoroplethId | null;
  /** What-if scenario (cut, corr, day); absent = none. Ids are checked for form here and
   * against the data by the app (an unknown id is reported and dropped). */
  whatIf?: WhatIf;
  /** Countries side by side (cmp), China or ASEAN, at most two; absent = none. */
  compare?: string[];
  /** Two dates compared (chg=FROM,TO); absent = none. */
  change?: ChangeSpan;
  /** A story step (story=paper&step=3, 1-based); the step sets the view. Absent = none. */
  story?: StoryRef;
}

const KEYS: ReadonlySet<string> = new Set([
  'map',
  'layers',
  'c',
  'st',
  'op',
  'asof',
  'home',
  'sup',
  'nk',
  'yr',
  'thru',
  'avoid',
  'sel',
  'country',
  'panel',
  'lang',
  'choro',
  'cut',
  'corr',
  'day',
  'cmp',
  'seg',
  'nn',
  'seed',
  'chg',
  'story',
  'step',
]);
/** Every key a link may carry (the hostile rerun, e2e/hostile/, tries each). */
export const URL_KEYS: readonly string[] = [...KEYS];
const DAY_RE = /^(\d{4})-(\d\d)-(\d\d)$/;
/** A real calendar date (no 2023-02-30) in YEAR_MIN..YEAR_MAX, or null. */
export function readDay(v: string): string | null {
  const m = DAY_RE.exec(v);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!inYears(y)) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? v : null;
}
/** Cut cables and corridors in one scenario; the value limit below follows from it. */
export const MAX_CUT = 50;
const MAX_ID = 100;
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A cable segment of the network model: `<cable id>:s<k>`. */
const SEG_RE = /^cable-[a-z0-9]+(-[a-z0-9]+)*:s\d{1,4}$/;
const MAX_SEED = 4_294_967_295;
const NUM_RE = /^-?\d{1,12}(\.\d{1,20})?$/; // no NaN, Infinity, exponents, or a trailing '.'
/** Control, lone-surrogate and bidi-override characters: never accepted in free text. */
const BAD_TEXT = /[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]/u;
/** Invisible and bidi formatting characters (Unicode "Cf": U+200B–U+200F zero-width and
 * marks, U+202A–U+202E embeddings/overrides, U+2060–U+2069 joiners and isolates, U+FEFF,
 * soft hyphen…): stripped from every parameter, so a link cannot hide or disguise a value. */
const INVISIBLE = /\p{Cf}/gu;
/** A value without invisible and bidi formatting characters. */
export const stripInvisible = (v: string): string => v.replace(INVISIBLE, '');
const MAX_LAT = 85.06;
const MAX_OPERATORS = 20;
/** Raw characters per value. The list keys' limits agree with their item limits: a value
 * holding the most items of the longest form is never cut (ids are [a-z0-9-], so their
 * encoded length is their length; an operator of 80 CJK characters is 720 encoded). */
const MAX_VALUE = 200;
const MAX_OP_VALUE = MAX_OPERATORS * (80 * 9 + 1);
const MAX_ID_LIST = MAX_CUT * (MAX_ID + 1);
const ID_LIST_KEYS = new Set(['cut', 'corr', 'seg', 'thru', 'avoid']);
const maxValue = (key: string) => (key === 'op' || key === 'sup' ? MAX_OP_VALUE : ID_LIST_KEYS.has(key) ? MAX_ID_LIST : MAX_VALUE);
/** A full valid hash (operators and suppliers at their limits, two scenario lists) fits. */
const MAX_INPUT = 2 * MAX_OP_VALUE + ID_LIST_KEYS.size * MAX_ID_LIST + 2_000;
const MAX_REPORTS = 20;

/** The default: all layers on, no filters, nothing selected, the overview panel. Not written
 * to the URL (serialises to ''). Treat as read-only; `parse` always returns fresh objects. */
export const DEFAULT_URL_STATE: UrlState = {
  camera: null,
  layers: allLayers(true),
  filters: NO_FILTERS,
  selected: null,
  country: null,
  panel: 'overview',
  lang: null,
  choropleth: null,
};

/** Decimals kept for lat/lon at a zoom, maplibre-gl-js's hash rule:
 * ceil((zoom·ln2 + ln(512/360/0.5)) / ln10), i.e. about a pixel's worth of degrees.
 * Gives 1 at zoom 0, 2 at zoom 3, 4 at zoom 10, 8 at zoom 22. */
export function latLonDecimals(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d + 0; // + 0 turns -0 into 0
/** Rounds a latitude, toward zero when rounding would leave the valid range (85.06 at 1 decimal). */
const roundLat = (x: number, d: number) => (Math.abs(round(x, d)) > MAX_LAT ? Math.trunc(x * 10 ** d) / 10 ** d + 0 : round(x, d));
const wrap = (x: number) => (x < -180 || x > 180 ? ((((x + 180) % 360) + 360) % 360) - 180 : x);
const fmt = (x: number, d: number) => {
  const s = round(x, d).toFixed(d);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
};

/** The camera as the URL carries it: zoom to 2 decimals, lat/lon to `latLonDecimals(zoom)`
 * (of the rounded zoom; lat rounds toward 0 if it would pass ±85.06), lon and bearing wrapped into -180..180, bearing to 1 decimal,
 * pitch to an integer. parse(serialise(s)).state.camera equals roundCamera(s.camera). */
export function roundCamera(c: Camera): Camera {
  const zoom = round(c.zoom, 2);
  const d = latLonDecimals(zoom);
  return { zoom, lat: roundLat(c.lat, d), lon: round(wrap(c.lon), d), bearing: round(wrap(c.bearing), 1), pitch: round(c.pitch, 0) };
}

const enc = (v: string) => encodeURIComponent(v.replace(/\p{Cs}/gu, '\uFFFD')); // lone surrogates would throw

/** The state as a hash fragment, without the leading '#'; '' for the default state. */
export function serialise(s: UrlState): string {
  const out: string[] = [];
  const put = (k: string, v: string) => out.push(`${k}=${v}`);
  const list = (vs: readonly string[]) => vs.map(enc).join(',');
  if (s.camera) {
    const c = roundCamera(s.camera);
    const d = latLonDecimals(c.zoom);
    const parts = [fmt(c.zoom, 2), fmt(c.lat, d), fmt(c.lon, d)];
    if (c.bearing !== 0 || c.pitch !== 0) parts.push(fmt(c.bearing, 1), fmt(c.pitch, 0));
    put('map', parts.join('/'));
  }
  const on = GROUP_KEYS.filter((k) => s.layers[k]);
  if (on.length < GROUP_KEYS.length) put('layers', on.length ? on.join(',') : 'none');
  const f = s.filters;
  if (f.countries.length) put('c', list(f.countries));
  if (f.statuses.length) put('st', list(f.statuses));
  if (f.operators.length) put('op', list(f.operators));
  if (f.asOf !== null) put('asof', String(f.asOf));
  if (f.homes.length) put('home', list(f.homes));
  if (f.suppliers.length) put('sup', list(f.suppliers));
  if (f.nodeKinds.length) put('nk', list(f.nodeKinds));
  if (f.yearFrom !== null || f.yearTo !== null) put('yr', `${f.yearFrom ?? ''}-${f.yearTo ?? ''}`);
  if (f.through.length) put('thru', list(f.through));
  if (f.avoiding.length) put('avoid', list(f.avoiding));
  if (s.selected !== null) put('sel', enc(s.selected));
  if (s.country !== null) put('country', enc(s.country));
  if (s.panel !== 'overview') put('panel', s.panel);
  if (s.lang !== null) put('lang', s.lang);
  if (s.choropleth !== null) put('choro', s.choropleth);
  if (s.whatIf?.cut.length) put('cut', list(s.whatIf.cut));
  if (s.whatIf?.corridors.length) put('corr', list(s.whatIf.corridors));
  if (s.whatIf?.day) put('day', s.whatIf.day);
  if (s.whatIf?.segments.length) put('seg', list(s.whatIf.segments));
  if (s.whatIf?.national.length) put('nn', list(s.whatIf.national));
  if (s.whatIf && s.whatIf.seed !== null) put('seed', String(s.whatIf.seed));
  if (s.compare?.length) put('cmp', list(s.compare));
  if (s.change) put('chg', `${s.change.from},${s.change.to}`);
  if (s.story) {
    put('story', s.story.id);
    put('step', String(s.story.step));
  }
  return out.join('&');
}

const decode = (raw: string): string | null => {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
};
const country = (v: string) => (ISO_A2.has(v.toUpperCase()) ? v.toUpperCase() : null);
const PLACE_CODES: readonly string[] = [...FOCUS, 'HK', 'MO', 'TW'];
const place = (v: string) => (PLACE_CODES.includes(v.toUpperCase()) ? v.toUpperCase() : null);
const freshWhatIf = (): WhatIf => ({ ...NO_WHAT_IF, cut: [], corridors: [], segments: [], national: [] });
const focusCountry = (v: string) => ((FOCUS as readonly string[]).includes(v.toUpperCase()) ? v.toUpperCase() : null);
const oneOf =
  <T extends string>(options: readonly T[]) =>
  (v: string) =>
    (options as readonly string[]).includes(v) ? (v as T) : null;
const idWith = (prefix: string) => (v: string) => (v.length <= MAX_ID && ID_RE.test(v) && v.startsWith(prefix) ? v : null);
const operator = (v: string) => ([...v].length <= 80 && v.trim() !== '' && !BAD_TEXT.test(v) ? v : null);

function readCamera(v: string): Camera | LinkProblem {
  const p = v.split('/');
  if (p.length < 3 || p.length > 5 || !p.every((x) => NUM_RE.test(x)))
    return { code: 'not-a', key: 'map', value: show(v), expected: 'camera' };
  const [zoom = NaN, lat = NaN, lon = NaN, bearing = 0, pitch = 0] = p.map(Number);
  const out = (axis: 'zoom' | 'latitude' | 'pitch', x: number, min: number, max: number): LinkProblem => ({
    code: 'out-of-range',
    key: 'map',
    axis,
    value: show(String(x)),
    min,
    max,
  });
  if (zoom < 0 || zoom > 22) return out('zoom', zoom, 0, 22);
  if (Math.abs(lat) > MAX_LAT) return out('latitude', lat, -MAX_LAT, MAX_LAT);
  if (pitch < 0 || pitch > 85) return out('pitch', pitch, 0, 85);
  return roundCamera({ zoom, lat, lon, bearing, pitch });
}

/** Reads a hash fragment (with or without '#'). Never throws: what it cannot read keeps its
 * default and is described in `ignored` (at most 20 problems, then a count of the rest). */
export function parse(hash: string): { state: UrlState; ignored: LinkProblem[] } {
  const ignored: LinkProblem[] = [];
  let dropped = 0;
  const bad = (p: LinkProblem) => (ignored.length < MAX_REPORTS ? ignored.push(p) : dropped++);
  const state: UrlState = { ...DEFAULT_URL_STATE, layers: allLayers(true), filters: { ...NO_FILTERS } };
  let h = typeof hash === 'string' ? hash : '';
  if (h.startsWith('#')) h = h.slice(1);
  if (h.length > MAX_INPUT) {
    bad({ code: 'hash-too-long', max: MAX_INPUT });
    h = h.slice(0, MAX_INPUT);
  }
  /** Keys whose name or value had invisible characters removed (reported once each). */
  const stripped = new Set<string>();
  /** Percent-decodes and strips invisible characters, noting the key when it did. */
  const clean = (key: string, raw: string): string | null => {
    const v = decode(raw);
    if (v === null) return null;
    const s = stripInvisible(v);
    if (s !== v) stripped.add(key);
    return s;
  };
  const params = new Map<string, string>(); // a Map: '__proto__' is just a string here
  /** How often each known key was given, to report a repeat once. */
  const times = new Map<string, number>();
  for (const seg of h.split('&')) {
    if (seg === '') continue;
    const i = seg.indexOf('=');
    const rawKey = i < 0 ? seg : seg.slice(0, i);
    const decodedKey = decode(rawKey) ?? rawKey;
    const key = stripInvisible(decodedKey);
    if (key !== decodedKey && KEYS.has(key)) stripped.add(key);
    if (!KEYS.has(key)) bad({ code: 'unknown-key', key: show(key) });
    else {
      const n = (times.get(key) ?? 0) + 1;
      times.set(key, n);
      if (n === 2) bad({ code: 'repeated', key, times: 2 });
      params.set(key, i < 0 ? '' : seg.slice(i + 1));
    }
  }
  for (const p of ignored) if (p.code === 'repeated') p.times = times.get(p.key) ?? p.times;
  /** Reads a ','-separated list item by item; null when no item was good but some were bad. */
  const list = <T extends string>(key: string, raw: string, accept: (v: string) => T | null, what: Expected, max = Infinity) => {
    const out: T[] = [];
    let bads = 0;
    for (const item of raw.split(',')) {
      if (item === '') continue;
      if (out.length >= max) {
        bad({ code: 'too-many', key, max });
        break;
      }
      const v = clean(key, item);
      const t = v === null ? null : accept(v);
      if (t === null) {
        bads++;
        bad(v === null ? { code: 'bad-encoding', key, value: show(item) } : { code: 'not-a', key, value: show(v), expected: what });
      } else if (!out.includes(t)) out.push(t);
    }
    return out.length === 0 && bads > 0 ? null : out;
  };
  /** Reads a single value; null (reported) when it is unreadable or not accepted. */
  const one = <T>(key: string, raw: string, accept: (v: string) => T | null, what: Expected): T | null => {
    const v = clean(key, raw);
    if (v === null) {
      bad({ code: 'bad-encoding', key, value: show(raw) });
      return null;
    }
    const t = accept(v);
    if (t === null)
      bad(
        what === 'date'
          ? { code: 'bad-day', value: show(v), min: YEAR_MIN, max: YEAR_MAX }
          : { code: 'not-a', key, value: show(v), expected: what },
      );
    return t;
  };
  for (const [key, raw] of params) {
    if (raw.length > maxValue(key)) {
      bad({ code: 'too-long', key, length: raw.length, max: maxValue(key) });
      continue;
    }
    const f = state.filters;
    switch (key) {
      case 'map': {
        const v = clean(key, raw);
        const c: Camera | LinkProblem = v === null ? { code: 'bad-encoding', key, value: show(raw) } : readCamera(v);
        if ('code' in c) bad(c);
        else state.camera = c;
        break;
      }
      case 'layers': {
        // an empty value is more likely a cut-off link than "hide everything" (that is 'none')
        if (raw === '' || clean(key, raw) === '') {
          bad({ code: 'layers-empty' });
          break;
        }
        const on = clean(key, raw) === 'none' ? [] : list(key, raw, oneOf(GROUP_KEYS), 'layer');
        if (on) state.layers = Object.fromEntries(GROUP_KEYS.map((k) => [k, on.includes(k)])) as Record<GroupKey, boolean>;
        break;
      }
      // the filter offers China and the ASEAN states only: another code would be a hidden filter
      case 'c':
        f.countries = list(key, raw, focusCountry, 'focus-country') ?? [];
        break;
      case 'st':
        f.statuses = list<Status>(key, raw, oneOf(STATUSES), 'status') ?? [];
        break;
      case 'op':
        f.operators = list(key, raw, operator, 'operator', MAX_OPERATORS) ?? [];
        break;
      case 'home':
        f.homes = list(key, raw, (v) => (ISO_A2.has(v.toUpperCase()) ? v.toUpperCase() : null), 'economy') ?? [];
        break;
      case 'sup':
        f.suppliers = list(key, raw, operator, 'supplier', MAX_OPERATORS) ?? [];
        break;
      case 'nk':
        f.nodeKinds = list(key, raw, oneOf(NODE_KINDS), 'node-kind') ?? [];
        break;
      case 'yr': {
        const m = /^(\d{4})?-(\d{4})?$/.exec(raw);
        const ok = (y: string | undefined) => y === undefined || inYears(+y);
        if (!m || (!m[1] && !m[2]) || !ok(m[1]) || !ok(m[2]) || (m[1] && m[2] && +m[1] > +m[2])) {
          one(key, raw, () => null, 'year-range');
          break;
        }
        f.yearFrom = m[1] ? +m[1] : null;
        f.yearTo = m[2] ? +m[2] : null;
        break;
      }
      case 'asof':
        f.asOf = one(key, raw, (v) => (/^\d{4}$/.test(v) && inYears(+v) ? +v : null), 'year');
        break;
      case 'sel':
        state.selected = one(key, raw, (v) => (v.length <= MAX_ID && ID_RE.test(v) ? v : null), 'asset-id');
        break;
      case 'country':
        state.country = one(key, raw, country, 'country-code');
        break;
      case 'panel':
        state.panel = one(key, raw, oneOf(PANELS), 'panel') ?? 'overview';
        break;
      case 'lang':
        state.lang = one(key, raw, oneOf(LANGS), 'lang');
        break;
      case 'choro':
        state.choropleth = one(key, raw, oneOf(CHOROPLETHS), 'choropleth');
        break;
      // the corridor filters (checked against corridors.json once loaded)
      case 'thru':
      case 'avoid': {
        const ids = list(key, raw, idWith('corridor-'), 'corridor-id', MAX_CUT) ?? [];
        if (key === 'thru') f.through = ids;
        else f.avoiding = ids;
        break;
      }
      case 'cut':
      case 'corr': {
        const ids = list(key, raw, idWith(key === 'cut' ? 'cable-' : 'corridor-'), key === 'cut' ? 'cable-id' : 'corridor-id', MAX_CUT);
        if (ids?.length) {
          const w = (state.whatIf ??= freshWhatIf());
          if (key === 'cut') w.cut = ids;
          else w.corridors = ids;
        }
        break;
      }
      case 'day': {
        const d = one(key, raw, readDay, 'date');
        if (d) (state.whatIf ??= freshWhatIf()).day = d;
        break;
      }
      case 'seg': {
        const ids = list(key, raw, (v) => (v.length <= MAX_ID && SEG_RE.test(v) ? v : null), 'segment-id', MAX_CUT);
        if (ids?.length) (state.whatIf ??= freshWhatIf()).segments = ids;
        break;
      }
      // the national network is assumed for the places the model measures: China, ASEAN, HK, MO, TW
      case 'nn': {
        const codes = list(key, raw, place, 'place', PLACE_CODES.length);
        if (codes?.length) (state.whatIf ??= freshWhatIf()).national = codes;
        break;
      }
      case 'seed': {
        const n = one(key, raw, (v) => (/^\d{1,10}$/.test(v) && +v <= MAX_SEED ? +v : null), 'seed');
        if (n !== null) (state.whatIf ??= freshWhatIf()).seed = n;
        break;
      }
      case 'chg': {
        const v = clean(key, raw);
        const m = v === null ? null : /^([^,]+),([^,]+)$/.exec(v);
        const [from, to] = m ? [m[1]!, m[2]!] : ['', ''];
        if (!m || !readDay(from) || !readDay(to) || from >= to) bad({ code: 'not-a', key, value: show(v ?? raw), expected: 'date-span' });
        else state.change = { from, to };
        break;
      }
      case 'cmp': {
        const codes = list(key, raw, focusCountry, 'focus-country', 2);
        if (codes?.length) state.compare = codes;
        break;
      }
    }
  }
  // a story step: `step` means nothing without `story`; a step past the story's end is its last
  const storyRaw = params.get('story');
  const stepRaw = params.get('step');
  if (storyRaw !== undefined) {
    const id = one('story', storyRaw, oneOf(STORY_IDS), 'story');
    if (id) {
      const n = stepRaw === undefined ? 1 : one('step', stepRaw, (v) => (/^\d{1,3}$/.test(v) && +v >= 1 ? +v : null), 'step');
      const last = STORIES[id].length;
      if (n !== null && n > last) bad({ code: 'step-past-end', step: n, last });
      state.story = { id, step: Math.min(n ?? 1, last) };
    }
  } else if (stepRaw !== undefined) bad({ code: 'step-without-story' });
  // one date for the map and the analysis: a replay day wins over another year in `asof`
  const day = state.whatIf?.day;
  if (day && state.filters.asOf !== null && state.filters.asOf !== Number(day.slice(0, 4))) {
    bad({ code: 'day-wins', day, asof: state.filters.asOf });
    state.filters.asOf = Number(day.slice(0, 4));
  }
  // a corridor both crossed and avoided would show no cable at all: neither is applied, and the notice says so
  const both = state.filters.through.filter((id) => state.filters.avoiding.includes(id));
  if (both.length) {
    for (const value of both) bad({ code: 'thru-and-avoid', value });
    state.filters.through = state.filters.through.filter((id) => !both.includes(id));
    state.filters.avoiding = state.filters.avoiding.filter((id) => !both.includes(id));
  }
  for (const key of stripped) bad({ code: 'invisible-removed', key });
  if (dropped) ignored.push({ code: 'more', count: dropped });
  return { state, ignored };
}
