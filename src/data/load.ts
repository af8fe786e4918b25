/**
 * The one loading path for geodata/: fetch from the app's own origin, parse, validate
 * against the schema. Every caller (map, panels, list) gets data through here.
 */
import type { z } from 'zod';
import { LoadError, textOf, type AssetText, type Fetch, type LoadedLayer, type LoadedTexts, type WithSkipped } from './loaded';
export { LoadError, type Fetch, type LoadErrorKind, type LoadedLayer, type LoadedTexts, type WithSkipped } from './loaded';
import { mapFileOf } from './split';
import { ASSET_FILES, CORRIDORS_FILE, COUNTRIES_FILE, FAULTS_FILE, KNOWN_FILE, OPERATORS_FILE, PAPER_FILE, TIMELINE_FILE } from './files';
import {
  Corridor,
  Country,
  Fault,
  Headline,
  KnownSystem,
  Operator,
  PaperFile,
  Theme,
  TimelineEvent,
  type AssetType,
  type CorridorsFile,
  type CountriesFile,
  type FaultsFile,
  type KnownSystemsFile,
  type OperatorsFile,
  type TimelineFile,
} from './schema';
import {
  checkAssetFile,
  checkAssetRecords,
  checkCorridorRecords,
  checkFaultRecords,
  checkKnownRecords,
  checkOperatorRecords,
  checkRecords,
  checkTimelineRecords,
  formatProblem,
  idField,
  keepFirstById,
  type Problem,
} from './validate';

/** Fetches and parses one JSON file; throws LoadError on a failed request or bad JSON. */
export async function fetchJson(url: string, fetchFn: Fetch = fetch): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (e) {
    throw new LoadError('network', `could not reach ${url}: ${(e as Error).message}`);
  }
  if (!res.ok) throw new LoadError('network', `${url} answered ${res.status}`);
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = jsonErrorAt(text, (e as Error).message);
    throw new LoadError('json', `${url} is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}`);
  }
}

/** Line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1,
    start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where JSON.parse gave up on a text, as line and column: from the engine's message when it
 * says ("at position 123", V8 and SpiderMonkey's "line 3 column 5"), else found by scanning
 * (V8 says only `Unexpected token 'N', ..."[NaN, 1]"... is not valid JSON` for a NaN).
 */
export function jsonErrorAt(text: string, message = ''): { line: number; column: number } | null {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineColumn(text, Number(pos[1]));
  const offset = jsonErrorOffset(text);
  return offset === null ? null : lineColumn(text, offset);
}

/** The offset of the first character that makes `text` invalid JSON (the end of the text
 * when it is cut short), or null when it is valid. An iterative scanner: no recursion, so
 * deep nesting cannot overflow the stack. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** what the scanner expects next: a value, or (inside a container) its continuation */
  const stack: Array<'[' | '{'> = [];
  const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  // eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
  const STR = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
  /** Reads one value; an opened container is left on the stack (or closed at once when empty). */
  const value = (): boolean => {
    for (;;) {
      ws();
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          return true;
        }
        if (c === '{' && !keyColon()) return false;
        continue; // the first item's value
      }
      if (c === '"') return match(STR);
      for (const lit of ['true', 'false', 'null'])
        if (text.startsWith(lit, i)) {
          i += lit.length;
          return true;
        }
      return match(NUM);
    }
  };
  const match = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  const keyColon = (): boolean => {
    ws();
    if (!match(STR)) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const key = (): boolean => keyColon() && value();
  if (!value()) return i;
  for (;;) {
    ws();
    const top = stack.at(-1);
    if (!top) return i === n ? null : i;
    const close = top === '{' ? '}' : ']';
    if (text[i] === close) {
      stack.pop();
      i++;
      continue;
    }
    if (text[i] !== ',') return i;
    i++;
    if (!(top === '{' ? key() : value())) return i;
  }
}

/** Loads one asset file. Throws when nothing in it is usable. */
export async function loadAssetFile(type: AssetType, base: string, fetchFn: Fetch = fetch): Promise<LoadedLayer> {
  const file = ASSET_FILES[type];
  // the map's part of the file (split.ts): the first view does not fetch the panels' text
  const json = await fetchJson(`${base}geodata/${mapFileOf(file)}`, fetchFn);
  // measured (performance.measure "validate <file>"): README, "Performance"
  const t0 = performance.now();
  const { features, problems } = checkAssetFile(file, type, json);
  performance.measure(`validate ${file}`, { start: t0, end: performance.now() });
  if (problems.length && !features.length) {
    throw new LoadError('invalid', `${file}: ${problems.length} problem(s), first: ${formatProblem(problems[0]!)}`, problems);
  }
  return { type, features, skipped: problems };
}

/** Loads a non-GeoJSON file (countries, timeline) against its schema. */
export async function loadJsonFile<T>(file: string, schema: z.ZodType<T>, base: string, fetchFn: Fetch = fetch): Promise<T> {
  const json = await fetchJson(`${base}geodata/${file}`, fetchFn);
  const r = schema.safeParse(json);
  if (!r.success) {
    const problems = r.error.issues.map((i) => ({ file, field: i.path.join('.'), message: i.message }));
    throw new LoadError('invalid', `${file}: ${formatProblem(problems[0]!)}`, problems);
  }
  return r.data;
}

/** A records list of a loaded file read one record at a time (checkRecords), then through
 * the file's own checks: a bad record is left out and named, the rest is kept. Throws when
 * the file is not the expected object, or (`needOne`) when no record at all is usable. */
function recordsIn<T>(
  file: string,
  json: unknown,
  key: string,
  record: z.ZodType<T>,
  own: (records: T[]) => { kept: T[]; problems: Problem[] } = (records) => ({ kept: records, problems: [] }),
  /** False where the file has other parts to show when none of these records is usable. */
  needOne = true,
): { records: T[]; skipped: Problem[] } {
  const r = checkRecords(file, json, key, record, idField);
  if (!r) throw new LoadError('invalid', `${file}: is not an object with a "${key}" list`, [{ file, message: `has no "${key}" list` }]);
  const checked = own(r.records);
  const skipped = [...r.problems, ...checked.problems];
  if (needOne && !checked.kept.length && skipped.length)
    throw new LoadError('invalid', `${file}: ${skipped.length} problem(s), first: ${formatProblem(skipped[0]!)}`, skipped);
  return { records: checked.kept, skipped };
}

/** Loads a records file one record at a time (recordsIn). Throws when the file is
 * unreachable, not JSON, not the expected object, or when no record at all is usable. */
async function loadRecords<T>(
  file: string,
  key: string,
  record: z.ZodType<T>,
  base: string,
  fetchFn: Fetch,
  own?: (records: T[]) => { kept: T[]; problems: Problem[] },
): Promise<{ records: T[]; skipped: Problem[] }> {
  return recordsIn(file, await fetchJson(`${base}geodata/${file}`, fetchFn), key, record, own);
}

export async function loadFaults(base: string, fetchFn: Fetch = fetch): Promise<WithSkipped<FaultsFile>> {
  const { records, skipped } = await loadRecords(FAULTS_FILE, 'faults', Fault, base, fetchFn, checkFaultRecords);
  return { faults: records, skipped };
}

export async function loadCorridors(base: string, fetchFn: Fetch = fetch): Promise<WithSkipped<CorridorsFile>> {
  const { records, skipped } = await loadRecords(CORRIDORS_FILE, 'corridors', Corridor, base, fetchFn, checkCorridorRecords);
  return { corridors: records, skipped };
}

/** The systems known but not drawn: a bad record is left out and named; the rest loads. */
export async function loadKnown(base: string, fetchFn: Fetch = fetch): Promise<WithSkipped<KnownSystemsFile>> {
  const { records, skipped } = await loadRecords(KNOWN_FILE, 'systems', KnownSystem, base, fetchFn, checkKnownRecords);
  return { systems: records, skipped };
}

/** The timeline: a bad event (an impossible date, a title past its cap, a repeated id) is
 * left out and named; the rest loads. */
export async function loadTimeline(base: string, fetchFn: Fetch = fetch): Promise<WithSkipped<TimelineFile>> {
  const { records, skipped } = await loadRecords(TIMELINE_FILE, 'events', TimelineEvent, base, fetchFn, checkTimelineRecords);
  return { events: records, skipped };
}

/** The countries: a bad record (a name past its cap, a missing field) is left out and named;
 * a repeated code keeps the first. */
export async function loadCountries(base: string, fetchFn: Fetch = fetch): Promise<WithSkipped<CountriesFile>> {
  const { records, skipped } = await loadRecords(COUNTRIES_FILE, 'countries', Country, base, fetchFn, (cs) => {
    const seen = new Set<string>();
    const problems: Problem[] = [];
    const kept = cs.filter((c) => {
      if (!seen.has(c.code)) return seen.add(c.code);
      problems.push({ file: COUNTRIES_FILE, id: c.code, field: 'code', message: 'repeats; the first is kept' });
      return false;
    });
    return { kept, problems };
  });
  return { countries: records, skipped };
}

/** The firms (operators.json): a bad record (a name past its cap, a repeated id) is left
 * out and named in the filter panel; the rest loads. */
export async function loadOperators(base: string, fetchFn: Fetch = fetch): Promise<WithSkipped<OperatorsFile>> {
  const { records, skipped } = await loadRecords(OPERATORS_FILE, 'operators', Operator, base, fetchFn, checkOperatorRecords);
  return { operators: records, skipped };
}

/** The paper in brief (paper.json): its title must load; a bad headline figure (a label
 * past its cap, a year outside the atlas's, a repeated id) or theme is left out and named
 * in the overview, the rest loads. */
export async function loadPaper(base: string, fetchFn: Fetch = fetch): Promise<WithSkipped<PaperFile>> {
  const json = await fetchJson(`${base}geodata/${PAPER_FILE}`, fetchFn);
  const title = PaperFile.shape.title.safeParse(
    typeof json === 'object' && json !== null ? (json as { title?: unknown }).title : undefined,
  );
  if (!title.success) {
    const problems = title.error.issues.map((i) => ({ file: PAPER_FILE, field: ['title', ...i.path].join('.'), message: i.message }));
    throw new LoadError('invalid', `${PAPER_FILE}: ${formatProblem(problems[0]!)}`, problems);
  }
  const headline = recordsIn(PAPER_FILE, json, 'headline', Headline, (h) => keepFirstById(PAPER_FILE, 'headline figure', h), false);
  const themes = recordsIn(PAPER_FILE, json, 'themes', Theme, undefined, false);
  return { title: title.data, headline: headline.records, themes: themes.records, skipped: [...headline.skipped, ...themes.skipped] };
}

/** Loads the text of one asset file's records (what split.ts leaves out of the map's part):
 * the file itself, checked record by record as CI checks it. A record that fails is named
 * in `skipped`; its panel says its text could not be read. Throws when no record is usable. */
export async function loadAssetTexts(type: AssetType, base: string, fetchFn: Fetch = fetch): Promise<LoadedTexts> {
  const file = ASSET_FILES[type];
  const json = await fetchJson(`${base}geodata/${file}`, fetchFn);
  const { features, problems } = checkAssetRecords(file, type, json);
  if (problems.length && !features.length) {
    throw new LoadError('invalid', `${file}: ${problems.length} problem(s), first: ${formatProblem(problems[0]!)}`, problems);
  }
  const texts: Record<string, AssetText> = {};
  for (const { properties: p } of features) texts[p.id] = textOf(p);
  return { type, texts, skipped: problems };
}

/** Every file the app loads, by what it is: the load worker runs these (load-client.ts). */
export const LOADERS = {
  assets: (type: AssetType, base: string) => loadAssetFile(type, base),
  texts: (type: AssetType, base: string) => loadAssetTexts(type, base),
  countries: (_: undefined, base: string) => loadCountries(base),
  timeline: (_: undefined, base: string) => loadTimeline(base),
  operators: (_: undefined, base: string) => loadOperators(base),
  paper: (_: undefined, base: string) => loadPaper(base),
  faults: (_: undefined, base: string) => loadFaults(base),
  corridors: (_: undefined, base: string) => loadCorridors(base),
  known: (_: undefined, base: string) => loadKnown(base),
} as const;
export type Loadable = keyof typeof LOADERS;
/** What each loader takes besides the base (an asset file's type) and gives. */
export type LoadArg<K extends Loadable> = Parameters<(typeof LOADERS)[K]>[0];
export type LoadResult<K extends Loadable> = Awaited<ReturnType<(typeof LOADERS)[K]>>;
