/**
 * Dataset checks beyond the per-feature schema: ids unique across files, each file holds
 * only its own type, coordinates inside the region (and a hint when [lat, lon] looks
 * swapped), cables name landing points that exist, timeline events name assets that exist.
 * Pure: takes parsed JSON, returns problems naming file, feature id and field.
 */
import type { z } from 'zod';
import { nationalFiveG, stationStatus, unresolvedNames } from './derived';
import {
  ASSET_FILES,
  CORRIDORS_FILE,
  COUNTRIES_FILE,
  FAULTS_FILE,
  KNOWN_FILE,
  OPERATORS_FILE,
  PAPER_FILE,
  RELEASE_FILE,
  TIMELINE_FILE,
} from './files';
import { FOCUS } from './iso';
import { mapPart } from './split';
import {
  AssetFeature,
  AssetRecord,
  Corridor,
  CountriesFile,
  deriveHomes,
  OperatorsFile,
  PaperFile,
  Fault,
  FaultsFile,
  KnownSystem,
  ReleaseFile,
  LINE_WORLD_BOUNDS,
  REGION_BOUNDS,
  TimelineFile,
  WORLD_BOUNDS,
  type AssetProps,
  type AssetRecordProps,
  type AssetType,
  type Geometry,
  type Source,
  type KnownStatus,
  type LifeEvent,
  type Operator,
  type TimelineEvent,
} from './schema';
import { checkFaultCables, crossCheck, GEOMETRY_OF, type CheckedFile, type Problem } from './checks';
import { sourceUrls, unciteableSource } from './source-hosts';
export { checkFaultCables, crossCheck, formatProblem, GEOMETRY_OF, type CheckedFile, type Problem } from './checks';

type Bounds = { west: number; south: number; east: number; north: number };
const within = (b: Bounds, lon: number, lat: number): boolean => lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;
const inBounds = (lon: number, lat: number): boolean => within(REGION_BOUNDS, lon, lat);
/** Cables are drawn whole (their landings abroad too); other assets stay in the region. */
const boundsOf = (type: AssetType): Bounds =>
  type === 'submarine-cable' ? LINE_WORLD_BOUNDS : type === 'landing-point' ? WORLD_BOUNDS : REGION_BOUNDS;

/** Every position of a geometry, as [lon, lat, path] so problems can name the field. */
function positions(g: Geometry): Array<[number, number, string]> {
  if (g.type === 'Point') return [[g.coordinates[0], g.coordinates[1], 'geometry.coordinates']];
  if (g.type === 'LineString') return g.coordinates.map((p, i) => [p[0], p[1], `geometry.coordinates[${i}]`]);
  return g.coordinates.flatMap((line, j) => line.map((p, i): [number, number, string] => [p[0], p[1], `geometry.coordinates[${j}][${i}]`]));
}

function zodProblems(file: string, error: z.ZodError, id?: string, prefix = ''): Problem[] {
  return error.issues.map((i) => ({ file, id, field: prefix + i.path.join('.'), message: i.message }));
}

/** Checks one asset file's features; returns the valid ones and the problems. */
export function checkAssetFile(file: string, type: AssetType, json: unknown): { features: AssetFeature[]; problems: Problem[] } {
  return checkFeatures(file, type, mapPart(json), AssetFeature);
}

/** Checks one asset file's records as the dataset holds them, text included (CI, and a
 * panel reading a record's text); returns the valid ones and the problems. */
export function checkAssetRecords(file: string, type: AssetType, json: unknown): { features: AssetRecord[]; problems: Problem[] } {
  return checkFeatures(file, type, json, AssetRecord);
}

function checkFeatures<F extends AssetFeature>(
  file: string,
  type: AssetType,
  json: unknown,
  schema: z.ZodType<F>,
): { features: F[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const features: F[] = [];
  /** Ids already taken in this file, with the index of the feature that took them. */
  const seen = new Map<string, number>();
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { type?: unknown }).type !== 'FeatureCollection' ||
    !Array.isArray((json as { features?: unknown }).features)
  ) {
    return { features, problems: [{ file, message: 'is not a GeoJSON FeatureCollection' }] };
  }
  (json as { features: unknown[] }).features.forEach((raw, index) => {
    const rawId = (raw as { properties?: { id?: unknown } })?.properties?.id;
    const id = typeof rawId === 'string' ? rawId : `#${index}`;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error, id));
      return;
    }
    const f = parsed.data;
    if (f.properties.type !== type) {
      problems.push({ file, id, field: 'properties.type', message: `is "${f.properties.type}" but this file holds "${type}"` });
      return;
    }
    const wantPoint = GEOMETRY_OF[type] === 'point';
    if (wantPoint !== (f.geometry.type === 'Point')) {
      problems.push({ file, id, field: 'geometry.type', message: `${f.geometry.type} does not suit a ${type}` });
      return;
    }
    let bad = false;
    const bounds = boundsOf(type);
    for (const [lon, lat, field] of positions(f.geometry)) {
      if (!within(bounds, lon, lat)) {
        bad = true;
        const hint = inBounds(lat, lon) ? ' (looks like [lat, lon]: GeoJSON wants [lon, lat])' : '';
        problems.push({ file, id, field, message: `[${lon}, ${lat}] lies outside the atlas region${hint}` });
      }
    }
    const p = f.properties;
    if (p.status === 'retired' && type === 'submarine-cable' && !p.events?.some((e) => e.kind === 'retired')) {
      bad = true;
      problems.push({ file, id, field: 'properties.events', message: 'a retired cable needs a dated "retired" event' });
    }
    if (bad) return;
    // the first feature with an id keeps it; a repeat would hide it from the list and the links
    const first = seen.get(p.id);
    if (first !== undefined) {
      problems.push({ file, id, field: 'properties.id', message: `repeats the id of feature #${first} in this file` });
      return;
    }
    seen.set(p.id, index);
    features.push(f);
  });
  return { features, problems };
}

export interface ValidateOptions {
  /** The day (YYYY-MM-DD) a planned or under-construction record's expected date is judged
   * against: `npm run validate` and the dataset test pass today; without it, not judged. */
  today?: string;
}

/** Checks the whole dataset, keyed by file name. */
export function validateDataset(files: Record<string, unknown>, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const checked: CheckedFile<AssetRecord>[] = [];
  for (const [type, file] of Object.entries(ASSET_FILES) as Array<[AssetType, string]>) {
    if (!(file in files)) {
      problems.push({ file, message: 'is missing' });
      continue;
    }
    const r = checkAssetRecords(file, type, files[file]);
    problems.push(...r.problems);
    checked.push({ type, file, features: r.features });
  }
  const cross = crossCheck(checked);
  problems.push(...cross.problems);
  const byId = new Set([...cross.kept.values()].flat().map((f) => f.properties.id));
  const keptWithFile = checked.flatMap(({ file, type }) => (cross.kept.get(type) ?? []).map((feature) => ({ file, feature })));
  const countries = CountriesFile.safeParse(files[COUNTRIES_FILE]);
  if (!countries.success) problems.push(...zodProblems(COUNTRIES_FILE, countries.error));
  else {
    const codes = countries.data.countries.map((c) => c.code);
    if (new Set(codes).size !== codes.length)
      problems.push({ file: COUNTRIES_FILE, field: 'countries', message: 'a country code repeats' });
    // the national 5G year is derived from the operators' launches, never typed by hand
    const fiveG = nationalFiveG(keptWithFile.map((x) => x.feature.properties));
    for (const c of countries.data.countries) {
      const have = c.indicators.find((i) => i.id === '5g-launch-year')?.value ?? null;
      const want = fiveG.get(c.code)?.year ?? null;
      if (have !== want)
        problems.push({
          file: COUNTRIES_FILE,
          id: c.code,
          field: 'indicators.5g-launch-year',
          message: `is ${have ?? 'missing'} but the 5G launch entries give ${want ?? 'none'} (run npm run derive)`,
        });
    }
  }
  const operators = OperatorsFile.safeParse(files[OPERATORS_FILE]);
  if (!operators.success) problems.push(...zodProblems(OPERATORS_FILE, operators.error));
  else {
    problems.push(...checkOperatorRecords(operators.data.operators).problems);
    const seen = new Map<string, string>();
    for (const o of operators.data.operators)
      for (const n of o.names) {
        if (seen.has(n))
          problems.push({ file: OPERATORS_FILE, id: o.id, field: 'names', message: `"${n}" is already a name of ${seen.get(n)}` });
        seen.set(n, o.id);
      }
    for (const { file, feature } of keptWithFile)
      for (const n of unresolvedNames(feature.properties, operators.data))
        problems.push({
          file,
          id: feature.properties.id,
          field: feature.properties.supplier?.includes(n) ? 'properties.supplier' : 'properties.operators',
          message: `names "${n}", which no entity in ${OPERATORS_FILE} carries (add it to an entity's names, with its Chinese name)`,
        });
    for (const { file, feature } of keptWithFile) {
      const want = deriveHomes(feature.properties, operators.data);
      const have = feature.properties.ownerHomes ?? [];
      if (want.join() !== have.join())
        problems.push({
          file,
          id: feature.properties.id,
          field: 'properties.ownerHomes',
          message: `is [${have.join(', ')}] but its operators and provider give [${want.join(', ')}] (run npm run derive)`,
        });
    }
  }
  const timeline = TimelineFile.safeParse(files[TIMELINE_FILE]);
  if (!timeline.success) problems.push(...zodProblems(TIMELINE_FILE, timeline.error));
  else {
    const ids = new Set<string>();
    for (const ev of timeline.data.events) {
      if (ids.has(ev.id)) problems.push({ file: TIMELINE_FILE, id: ev.id, field: 'id', message: 'repeats' });
      ids.add(ev.id);
      for (const a of ev.assets)
        if (!byId.has(a))
          problems.push({ file: TIMELINE_FILE, id: ev.id, field: 'assets', message: `names asset "${a}", which does not exist` });
    }
  }
  const byIdKept = new Map(keptWithFile.map((x) => [x.feature.properties.id, x]));
  problems.push(...stationProblems(keptWithFile));
  if (options.today) problems.push(...staleProblems(keptWithFile, options.today));
  problems.push(...checkFaultsAndCorridors(files, byIdKept));
  problems.push(...releaseProblems(files, keptWithFile));
  problems.push(...sourceHostProblems(files));
  if (KNOWN_FILE in files) {
    const r = checkRecords(KNOWN_FILE, files[KNOWN_FILE], 'systems', KnownSystem, idField);
    if (!r) problems.push({ file: KNOWN_FILE, message: 'is not an object with a "systems" list' });
    else {
      const own = checkKnownRecords(r.records);
      problems.push(...r.problems, ...own.problems);
      const cables = keptWithFile.filter((x) => x.feature.properties.type === 'submarine-cable').map((x) => x.feature.properties);
      problems.push(...knownDrawnProblems(own.kept, cables));
      if (operators.success)
        for (const k of own.kept)
          for (const n of unresolvedNames({ ...k, partners: [] }, operators.data))
            problems.push({
              file: KNOWN_FILE,
              id: k.id,
              field: k.supplier?.includes(n) ? 'supplier' : 'operators',
              message: `names "${n}", which no entity in ${OPERATORS_FILE} carries (add it to an entity's names, with its Chinese name)`,
            });
      if (options.today)
        problems.push(
          ...staleIn(
            own.kept.map((p) => ({ file: KNOWN_FILE, p, field: 'status' })),
            options.today,
          ),
        );
    }
  }
  return problems;
}

const REGION_PLACES: ReadonlySet<string> = new Set([...FOCUS, 'HK', 'MO']);
/** known-systems.json's own checks (the browser runs them too): an id once, real dates, and
 * each system lands in the region (China, Hong Kong, Macau or an ASEAN state). */
export function checkKnownRecords(systems: readonly KnownSystem[]): { kept: KnownSystem[]; problems: Problem[] } {
  const r = keepFirstById(KNOWN_FILE, 'system', systems);
  const problems = [...r.problems];
  const kept = r.kept.filter((k) => {
    const bad = (k.events ?? []).findIndex((e) => !realDate(e.date));
    if (bad >= 0) {
      problems.push({ file: KNOWN_FILE, id: k.id, field: `events.${bad}.date`, message: `${k.events![bad]!.date} is not a real date` });
      return false;
    }
    if (k.countries.some((c) => REGION_PLACES.has(c))) return true;
    problems.push({
      file: KNOWN_FILE,
      id: k.id,
      field: 'countries',
      message: 'names no place in the region (China, Hong Kong, Macau, an ASEAN state)',
    });
    return false;
  });
  return { kept, problems };
}

/** Lower-cased, space-folded, for comparing names across files. */
const nameKey = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
/** A system is drawn or known, never both: a known system whose name or alias is a drawn
 * cable's name or alias is named (once drawn, its known record goes). */
export function knownDrawnProblems(
  known: readonly KnownSystem[],
  cables: ReadonlyArray<Pick<AssetProps, 'id' | 'name' | 'aliases'>>,
): Problem[] {
  const drawn = new Map<string, string>();
  for (const c of cables) for (const n of [c.name.en, c.name.zh, ...(c.aliases ?? [])]) drawn.set(nameKey(n), c.id);
  const problems: Problem[] = [];
  for (const k of known) {
    const hit = [k.name.en, k.name.zh, ...(k.aliases ?? [])].find((n) => drawn.has(nameKey(n)));
    if (hit)
      problems.push({
        file: KNOWN_FILE,
        id: k.id,
        field: 'name',
        message: `"${hit}" is also the drawn cable ${drawn.get(nameKey(hit))}: a system is drawn or known, not both`,
      });
  }
  return problems;
}

/** A landing station's status is derived from its cables (npm run derive writes it): a
 * station only planned or retired cables use is not in service. */
function stationProblems(kept: ReadonlyArray<{ file: string; feature: AssetFeature }>): Problem[] {
  const problems: Problem[] = [];
  const statusesAt = new Map<string, AssetProps['status'][]>();
  for (const { feature } of kept)
    if (feature.properties.type === 'submarine-cable')
      for (const lp of feature.properties.landingPoints ?? [])
        statusesAt.set(lp, [...(statusesAt.get(lp) ?? []), feature.properties.status]);
  for (const { file, feature } of kept) {
    const p = feature.properties;
    if (p.type !== 'landing-point') continue;
    const want = stationStatus(statusesAt.get(p.id) ?? []);
    if (want !== null && want !== p.status)
      problems.push({
        file,
        id: p.id,
        field: 'properties.status',
        message: `is "${p.status}" but the cables landing here give "${want}" (run npm run derive)`,
      });
  }
  return problems;
}

/** The last day of a date given at any precision. */
const endOf = (date: string): string => (date.length === 10 ? date : date.length === 7 ? `${date}-31` : `${date}-12-31`);
/** A year after a YYYY-MM-DD day. */
const yearAfter = (day: string): string => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;

/**
 * Staleness: a planned or under-construction record whose expected date (its latest
 * expected-rfs event, else its year) lies more than a year before `today`, with no dated
 * event after that expected date. Such a record says something no source supports any more;
 * a later source must date its progress, a new expectation, its completion or its end.
 */
export function staleProblems(kept: ReadonlyArray<{ file: string; feature: AssetFeature }>, today: string): Problem[] {
  return staleIn(
    kept.map(({ file, feature }) => ({ file, p: feature.properties, field: 'properties.status' })),
    today,
  );
}

/** A dated record whose state can go stale: an asset's properties, a known system. */
interface Dated {
  id: string;
  status: AssetProps['status'] | KnownStatus;
  year: number | null;
  events?: ReadonlyArray<Pick<LifeEvent, 'kind' | 'date'>>;
}

function staleIn(records: ReadonlyArray<{ file: string; p: Dated; field: string }>, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const { file, p, field } of records) {
    if (p.status !== 'planned' && p.status !== 'under-construction') continue;
    const expected = (p.events ?? []).filter((e) => e.kind === 'expected-rfs').map((e) => e.date);
    const exp = expected.length
      ? expected.sort((a, b) => endOf(a).localeCompare(endOf(b)))[expected.length - 1]!
      : p.year !== null
        ? String(p.year)
        : null;
    if (exp === null) continue;
    const due = endOf(exp);
    if (yearAfter(due) >= today) continue;
    const later = (p.events ?? []).some((e) => e.kind !== 'expected-rfs' && endOf(e.date) > due);
    if (!later)
      problems.push({
        file,
        id: p.id,
        field,
        message: `is "${p.status}" but was expected in service by ${exp}, more than a year before ${today}, and no later dated event says what became of it`,
      });
  }
  return problems;
}

/** Every source a record cites (its own, its events', a fault's reports and impacts'). */
function sourcesOf(x: AssetRecordProps | Fault): Source[] {
  if ('type' in x) return [...x.sources, ...(x.events ?? []).flatMap((e) => (e.source ? [e.source] : []))];
  return [
    ...x.sources,
    ...(x.lastImpaired ? [x.lastImpaired.source] : []),
    ...(x.restoredReport ? [x.restoredReport.source] : []),
    ...(x.impacts ?? []).map((i) => i.source),
  ];
}

/** release.json, when present: ids of the baseline release still exist or are listed as
 * removed; records added since cite sources that say their kind. */
function releaseProblems(files: Record<string, unknown>, kept: ReadonlyArray<{ file: string; feature: AssetRecord }>): Problem[] {
  if (!(RELEASE_FILE in files)) return [];
  const release = ReleaseFile.safeParse(files[RELEASE_FILE]);
  if (!release.success) return zodProblems(RELEASE_FILE, release.error);
  const problems: Problem[] = [];
  const faults = FaultsFile.safeParse(files[FAULTS_FILE]);
  const records: Array<{ file: string; record: AssetRecordProps | Fault }> = [
    ...kept.map(({ file, feature }) => ({ file, record: feature.properties })),
    ...(faults.success ? faults.data.faults.map((f) => ({ file: FAULTS_FILE, record: f })) : []),
  ];
  const now = new Set(records.map((r) => r.record.id));
  const removed = new Set(release.data.removed.map((r) => r.id));
  const baseline = new Set(release.data.baseline.ids);
  for (const id of baseline)
    if (!now.has(id) && !removed.has(id))
      problems.push({
        file: RELEASE_FILE,
        id,
        field: 'baseline.ids',
        message: `was in release ${release.data.baseline.version} but is gone: ids are stable (keep it, or list it in removed)`,
      });
  for (const r of release.data.removed)
    if (now.has(r.id)) problems.push({ file: RELEASE_FILE, id: r.id, field: 'removed', message: 'is listed as removed but still exists' });
  for (const { file, record } of records) {
    if (baseline.has(record.id)) continue;
    if (sourcesOf(record).some((s) => s.kind === undefined))
      problems.push({
        file,
        id: record.id,
        field: 'sources',
        message: `is new since release ${release.data.baseline.version}: each of its sources needs a kind (primary, secondary or aggregator)`,
      });
  }
  return problems;
}

/** A source on a development or test host, or an AI-written encyclopaedia (source-hosts.ts),
 * in any file: the publisher's own page, or a better source, is cited instead. */
export function sourceHostProblems(files: Record<string, unknown>): Problem[] {
  return Object.entries(files).flatMap(([file, json]) =>
    sourceUrls(json).flatMap(({ id, url }) => {
      const why = unciteableSource(id, url);
      return why
        ? [{ file, id, field: 'sources', message: `cites ${url}: ${why}; cite the publisher's own page or a primary source` }]
        : [];
    }),
  );
}

/** Compares two dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD) on the precision they share. */
const cmpDate = (a: string, b: string): number => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
};

/** faults.json and corridors.json, when present (older datasets and the bench's scaled copies
 * have none; geodata.test.ts checks that geodata/ holds both): the same record checks the
 * browser runs on what loaded (loadFaults, loadCorridors, checkFaultCables). */
function checkFaultsAndCorridors(files: Record<string, unknown>, byId: Map<string, { feature: AssetFeature }>): Problem[] {
  const problems: Problem[] = [];
  if (FAULTS_FILE in files) {
    const r = checkRecords(FAULTS_FILE, files[FAULTS_FILE], 'faults', Fault, idField);
    if (!r) problems.push({ file: FAULTS_FILE, message: 'is not an object with a "faults" list' });
    else {
      const own = checkFaultRecords(r.records);
      const cables = new Set([...byId].filter(([, v]) => v.feature.properties.type === 'submarine-cable').map(([id]) => id));
      problems.push(...r.problems, ...own.problems, ...checkFaultCables(own.kept, cables).problems);
      // what the record's later fields say must hold too: impacts name existing cables and are
      // not dated before the fault; reports of impairment and of service back come after it
      for (const f of own.kept) {
        if (!f.cables.length && !f.otherCables.length)
          problems.push({ file: FAULTS_FILE, id: f.id, field: 'cables', message: 'a fault needs at least one cable (an id or a name)' });
        for (const i of f.impacts ?? []) {
          for (const c of i.cables)
            if (!cables.has(c))
              problems.push({ file: FAULTS_FILE, id: f.id, field: 'impacts.cables', message: `names cable "${c}", which does not exist` });
          if (cmpDate(i.from, f.start) < 0)
            problems.push({
              file: FAULTS_FILE,
              id: f.id,
              field: 'impacts.from',
              message: `${i.from} is before the fault began (${f.start})`,
            });
        }
        for (const [field, rep] of [
          ['lastImpaired', f.lastImpaired],
          ['restoredReport', f.restoredReport],
        ] as const)
          if (rep && cmpDate(rep.date, f.start) < 0)
            problems.push({ file: FAULTS_FILE, id: f.id, field, message: `${rep.date} is before the fault began (${f.start})` });
      }
    }
  }
  if (PAPER_FILE in files) {
    const paper = PaperFile.safeParse(files[PAPER_FILE]);
    if (!paper.success) problems.push(...zodProblems(PAPER_FILE, paper.error));
    else problems.push(...keepFirstById(PAPER_FILE, 'headline figure', paper.data.headline).problems);
  }
  if (CORRIDORS_FILE in files) {
    const r = checkRecords(CORRIDORS_FILE, files[CORRIDORS_FILE], 'corridors', Corridor, idField);
    if (!r) problems.push({ file: CORRIDORS_FILE, message: 'is not an object with a "corridors" list' });
    else problems.push(...r.problems, ...checkCorridorRecords(r.records).problems);
  }
  return problems;
}

/** A record's `id` (a country's `code`), if it has one, to name it in a problem. */
export const idField = (r: unknown): unknown =>
  typeof r === 'object' && r !== null ? ((r as { id?: unknown }).id ?? (r as { code?: unknown }).code) : undefined;

/** A real calendar date of any precision (YYYY, YYYY-MM, YYYY-MM-DD): no 2023-02-30. */
export function realDate(d: string): boolean {
  const [y, m, day] = d.split('-').map(Number);
  if (m === undefined || day === undefined) return true;
  const t = new Date(Date.UTC(y!, m - 1, day));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === day;
}

/**
 * A records file (faults, corridors, countries) read one record at a time: a record that
 * fails its schema is left out and named (by id, else by position), the rest is kept. Throws
 * only when the file itself is not an object holding the array `key` (then nothing is usable).
 */
export function checkRecords<T>(
  file: string,
  json: unknown,
  key: string,
  record: z.ZodType<T>,
  idOf: (r: unknown) => unknown,
): { records: T[]; problems: Problem[] } | null {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as Record<string, unknown>)[key])) return null;
  const problems: Problem[] = [];
  const records: T[] = [];
  ((json as Record<string, unknown[]>)[key] ?? []).forEach((raw, i) => {
    const rawId = idOf(raw);
    const id = typeof rawId === 'string' && rawId.length <= 100 ? rawId : `${key}[${i}]`;
    const r = record.safeParse(raw);
    if (r.success) records.push(r.data);
    else problems.push(...zodProblems(file, r.error, id));
  });
  return { records, problems };
}

/**
 * Records read one at a time, kept in order: one whose id repeats an earlier kept record's,
 * or that fails `check` (the field and why), is left out and named; the first of an id is kept.
 */
export function keepFirstById<T extends { id: string }>(
  file: string,
  what: string,
  records: readonly T[],
  check: (r: T) => readonly [field: string, message: string] | null = () => null,
): { kept: T[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const kept: T[] = [];
  const ids = new Set<string>();
  for (const r of records) {
    const why = ids.has(r.id) ? (['id', `repeats an earlier ${what}’s id; the first is kept`] as const) : check(r);
    if (why) problems.push({ file, id: r.id, field: why[0], message: why[1] });
    else {
      ids.add(r.id);
      kept.push(r);
    }
  }
  return { kept, problems };
}

/** The faults' checks that need no other file: ids unique (the first kept), real dates, a
 * repair not before its fault, at least one cable. A failing fault is left out and named. */
export const checkFaultRecords = (faults: readonly Fault[]) =>
  keepFirstById(FAULTS_FILE, 'fault', faults, (f) =>
    !realDate(f.start)
      ? ['start', `${f.start} is not a real date`]
      : f.repaired !== null && !realDate(f.repaired)
        ? ['repaired', `${f.repaired} is not a real date`]
        : f.repaired !== null && cmpDate(f.repaired, f.start) < 0
          ? ['repaired', `${f.repaired} is before the fault began (${f.start})`]
          : !f.cables.length && !f.otherCables.length
            ? ['cables', 'a fault needs at least one cable (an id or a name)']
            : null,
  );

/** The timeline's checks beyond its schema: ids unique (the first kept), real dates (no
 * 2023-02-30). A failing event is left out and named. */
export const checkTimelineRecords = (events: readonly TimelineEvent[]) =>
  keepFirstById(TIMELINE_FILE, 'event', events, (e) => (realDate(e.date) ? null : ['date', `${e.date} is not a real date`]));

/** Operators: ids unique (the first kept). */
export const checkOperatorRecords = (operators: readonly Operator[]) => keepFirstById(OPERATORS_FILE, 'operator', operators);

/** Largest extent of a corridor, in degrees: a strait or a sea, never half the globe. */
export const MAX_CORRIDOR_SPAN = 40;

/** The corridors' checks: ids unique (the first kept), a closed ring of at least four
 * points, not spanning more than MAX_CORRIDOR_SPAN degrees. A failing corridor is left out
 * and named. */
export function checkCorridorRecords(corridors: readonly Corridor[]): { kept: Corridor[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const kept: Corridor[] = [];
  const ids = new Set<string>();
  for (const c of corridors) {
    const bad = (field: string, message: string) => problems.push({ file: CORRIDORS_FILE, id: c.id, field, message });
    const first = c.polygon[0];
    const last = c.polygon.at(-1);
    const lons = c.polygon.map((p) => p[0]);
    const lats = c.polygon.map((p) => p[1]);
    const span = Math.max(Math.max(...lons) - Math.min(...lons), Math.max(...lats) - Math.min(...lats));
    if (ids.has(c.id)) bad('id', 'repeats an earlier corridor’s id; the first is kept');
    else if (c.polygon.length < 4) bad('polygon', `a ring needs at least four points (has ${c.polygon.length})`);
    else if (!first || !last || first[0] !== last[0] || first[1] !== last[1])
      bad('polygon', 'the ring is not closed (last point must equal the first)');
    else if (span > MAX_CORRIDOR_SPAN) bad('polygon', `spans ${Math.round(span)}°, more than a corridor’s ${MAX_CORRIDOR_SPAN}°`);
    else {
      ids.add(c.id);
      kept.push(c);
    }
  }
  return { kept, problems };
}
