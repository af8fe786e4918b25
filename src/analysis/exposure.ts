/**
 * How exposed each country is: pure functions over the loaded data (no React, no store).
 * Sits at the level of src/state (imports data and model only; see eslint.config.js).
 *
 * What is counted, and what is not: counts of cable *systems* are a proxy. The capacity in
 * use on each system, and how traffic is routed, are not public; a country with five systems
 * may depend on one for most of its traffic. Landing stations are those this dataset draws
 * (sources name them); some systems' stations abroad are not named and not counted.
 */
import { FOCUS } from '../data/iso';
import type { AssetFeature, AssetProps, Corridor, Fault } from '../data/schema';
import { inServiceAt, localToday } from '../model/time';
import { pointInRing, preparePolygon } from './network/geo';

export interface ExposureData {
  /** Submarine-cable features (with landingPoints, events, operators, supplier). */
  cables: readonly AssetFeature[];
  /** Landing-point features (each with its country). */
  landings: readonly AssetFeature[];
  /** Land-fibre features (with their countries). */
  fibre: readonly AssetFeature[];
  faults: readonly Fault[];
  corridors: readonly Corridor[];
}

export interface Scenario {
  /** The day, YYYY-MM-DD. */
  day: string;
  /** Cable ids cut by the reader. */
  cut?: readonly string[];
  /** Corridor ids cut by the reader: every cable whose drawn route has a vertex inside. */
  corridors?: readonly string[];
  /** A system (or station) is a dependency when its loss would take away more than this
   * share of the country's systems. Default DEPENDENCY_SHARE. */
  threshold?: number;
  /** The reader's today (the recorded status holds from then on); default: the local date. */
  today?: string;
}

export interface StationDependency {
  station: string;
  systems: string[];
  share: number;
}

export interface CountryExposure {
  code: string;
  /** International submarine systems in service that day (land here and in another place). */
  systems: string[];
  /** Of those, impaired that day by a fault in the log. */
  impaired: string[];
  /** Domestic systems (every landing in this country) in service that day and impaired by a
   * fault in the log: not among its international systems, but an outage its readers felt. */
  domesticImpaired: string[];
  /** Landing stations (ids) of those systems in this country, as drawn in the data. */
  stations: string[];
  /** Distinct landing sites (towns) among those stations. */
  sites: string[];
  /** Land-fibre links in service that include this country and another. */
  landLinks: string[];
  /** Owners (operator names, as given) and suppliers (strings as given) of the systems. */
  owners: string[];
  suppliers: string[];
  /** Systems whose loss alone would take away more than the threshold share. */
  cableDependencies: string[];
  /** Stations whose loss would take away more than the threshold share. */
  stationDependencies: StationDependency[];
  /** What-if: systems cut by the scenario (directly or by a corridor). */
  cut: string[];
  /** Systems left: in service, not impaired, not cut. */
  remaining: string[];
  /** 'none' or 'one' when the scenario or the day's faults took systems away and left 0 or 1
   * (a country with none to begin with, landlocked Laos, is not flagged: nothing was taken). */
  flag: 'none' | 'one' | null;
}

/** The twelve states the analysis reports on: China (mainland only: Hong Kong and Macau are
 * places of their own, so a cable landing only in Hong Kong is not counted for China) and
 * the eleven ASEAN states. */
export const EXPOSURE_COUNTRIES: readonly string[] = FOCUS;

/** A system or station is a dependency when its loss alone would take away more than this
 * share of a country's systems (the panel's words read it from here). */
export const DEPENDENCY_SHARE = 0.25;

/** Compares two dates of any precision on the precision they share (-1, 0, 1). */
export function cmpDate(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether a system is in service on `day` (the one time model, src/model/time.ts). */
export function inServiceOn(p: AssetProps, day: string, today: string = localToday()): boolean {
  return inServiceAt(p, { day, today });
}

/** Why a fault's counted end is where it is: a sourced repair date, the latest dated report
 * that it was still impaired (no repair date sourced), or neither (its first month only). */
export type FaultEndBasis = 'repaired' | 'last-report' | 'first-month';

export interface FaultEnd {
  /** The last day (YYYY-MM-DD) the fault counts as impairing its cables. */
  day: string;
  basis: FaultEndBasis;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
/** The last day of a period given at any precision (2023 → 2023-12-31, 2023-02 → 2023-02-28). */
function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date}-${pad2(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}
/** The first day of a date given at any precision (2023 → 2023-01-01). */
export const firstDay = (date: string): string => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
/** The day before a date given at any precision (a repair dated 2023-05 counts from 1 May). */
function dayBefore(date: string): string {
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  const t = new Date(Date.UTC(y, m - 1, d - 1));
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** The last day a fault counts, and on what basis: the day before its repair; else its
 * last dated report of impairment (inclusive, at that report's precision); else the end of
 * the month (or year) it began. The panels say which basis applied. */
export function faultEnd(f: Fault): FaultEnd {
  if (f.repaired !== null) {
    const before = dayBefore(f.repaired);
    const first = firstDay(f.start);
    // a fault repaired the day it began (an outage of hours) still counts on that day
    return { day: before < first ? first : before, basis: 'repaired' };
  }
  if (f.lastImpaired) return { day: lastDayOf(f.lastImpaired.date), basis: 'last-report' };
  return { day: lastDayOf(f.start.slice(0, 7)), basis: 'first-month' };
}

/** Whether a fault impairs its cables on `day` (YYYY-MM-DD): from its start until its end
 * (faultEnd): start ≤ day < repaired, each compared at its own precision (and on the day it
 * began, even when repaired that day); with no repair date,
 * until its last dated report that it was still impaired (inclusive); with neither, only in
 * the month (or year) it began: the atlas does not guess how long a repair took. */
export function faultActiveOn(f: Fault, day: string): boolean {
  if (cmpDate(f.start, day) > 0) return false;
  // counted at least on the day it began, even when repaired that same day
  if (f.repaired !== null) return cmpDate(day, f.repaired) < 0 || cmpDate(day, f.start) === 0;
  if (f.lastImpaired) return cmpDate(day, f.lastImpaired.date) <= 0;
  const n = Math.min(f.start.length, 7);
  return day.slice(0, n) === f.start.slice(0, n);
}

/** The faults whose reports name a place as affected (in `countriesAffected` or in a reported
 * impact), newest first: what the country panel lists. */
export function faultsAffecting(faults: readonly Fault[], code: string): Fault[] {
  return faults
    .filter((f) => f.countriesAffected.includes(code) || (f.impacts ?? []).some((i) => i.country === code))
    .sort((x, y) => y.start.localeCompare(x.start) || x.id.localeCompare(y.id));
}

/** The scenario a fault from the log stands for: its cables cut on the day it began. */
export function faultScenario(f: Fault): Scenario {
  const day = f.start.length === 4 ? `${f.start}-01-01` : f.start.length === 7 ? `${f.start}-01` : f.start;
  return { day, cut: f.cables };
}

/** Even-odd point-in-polygon test on a closed ring (one copy, in network/geo.ts). */
export { pointInRing };

function vertices(f: AssetFeature): number[][] {
  const g = f.geometry;
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString') return g.coordinates;
  return g.coordinates.flat();
}

const corridorCache = new WeakMap<readonly AssetFeature[], WeakMap<Corridor, Set<string>>>();

/** The cables whose drawn route has a vertex inside the corridor (longitudes east of 180°
 * tried both ways). Cached per cable array and corridor. */
export function cablesThrough(cables: readonly AssetFeature[], corridor: Corridor): Set<string> {
  let byCorridor = corridorCache.get(cables);
  if (!byCorridor) corridorCache.set(cables, (byCorridor = new WeakMap()));
  const hit = byCorridor.get(corridor);
  if (hit) return hit;
  const { ring, w, s, e, n } = preparePolygon(corridor.polygon);
  const out = new Set<string>();
  for (const c of cables) {
    for (const v of vertices(c)) {
      const y = v[1]!;
      if (y < s || y > n) continue;
      const hits = [v[0]!, v[0]! - 360, v[0]! + 360].some((x) => x >= w && x <= e && pointInRing(x, y, ring));
      if (hits) {
        out.add(c.properties.id);
        break;
      }
    }
  }
  byCorridor.set(corridor, out);
  return out;
}

/** Whether a cable lands in a country: a station there, or the country in its sources' list
 * (some stations are not named). The country panel counts the same way (src/derive). */
export const landsIn = (c: AssetProps, code: string, stationCountry: (id: string) => readonly string[] | undefined): boolean =>
  c.countries.includes(code) || (c.landingPoints ?? []).some((lp) => stationCountry(lp)?.includes(code));

const uniq = (xs: Iterable<string>): string[] => [...new Set(xs)].sort((a, b) => a.localeCompare(b));

/** Every cable the scenario cuts: named cables plus those through a cut corridor. */
export function cutCables(data: ExposureData, scenario: Scenario): Set<string> {
  const out = new Set(scenario.cut ?? []);
  for (const id of scenario.corridors ?? []) {
    const c = data.corridors.find((x) => x.id === id);
    if (c) for (const cable of cablesThrough(data.cables, c)) out.add(cable);
  }
  return out;
}

/** Per country: what it has that day, what is impaired, what a cut would leave. */
export function analyse(data: ExposureData, scenario: Scenario, codes: readonly string[] = EXPOSURE_COUNTRIES): CountryExposure[] {
  const { day } = scenario;
  const threshold = scenario.threshold ?? DEPENDENCY_SHARE;
  const today = scenario.today ?? localToday();
  const landingById = new Map(data.landings.map((l) => [l.properties.id, l.properties]));
  const stationCountry = (id: string) => landingById.get(id)?.countries;
  const active = data.cables.filter((c) => inServiceOn(c.properties, day, today)).map((c) => c.properties);
  const impairedIds = new Set(data.faults.filter((f) => faultActiveOn(f, day)).flatMap((f) => f.cables));
  const cut = cutCables(data, scenario);
  const links = data.fibre.filter((f) => inServiceOn(f.properties, day, today)).map((f) => f.properties);

  return codes.map((code) => {
    const systems = active.filter((c) => landsIn(c, code, stationCountry) && c.countries.some((x) => x !== code));
    const ids = systems.map((c) => c.id);
    const stationSystems = new Map<string, string[]>();
    for (const c of systems)
      for (const lp of c.landingPoints ?? [])
        if (landingById.get(lp)?.countries.includes(code)) stationSystems.set(lp, [...(stationSystems.get(lp) ?? []), c.id]);
    const stations = uniq(stationSystems.keys());
    const n = systems.length;
    const impaired = ids.filter((id) => impairedIds.has(id));
    const domesticImpaired = active
      .filter((c) => impairedIds.has(c.id) && landsIn(c, code, stationCountry) && c.countries.every((x) => x === code))
      .map((c) => c.id);
    const cutHere = ids.filter((id) => cut.has(id));
    const remaining = ids.filter((id) => !impairedIds.has(id) && !cut.has(id));
    return {
      code,
      systems: ids,
      impaired,
      domesticImpaired,
      stations,
      sites: uniq(stations.map((s) => landingById.get(s)?.name.en ?? s)),
      landLinks: links.filter((l) => l.countries.includes(code) && l.countries.some((x) => x !== code)).map((l) => l.id),
      owners: uniq(systems.flatMap((c) => c.operators)),
      suppliers: uniq(systems.flatMap((c) => (c.supplier ? [c.supplier] : []))),
      cableDependencies: n && 1 / n > threshold ? ids : [],
      stationDependencies: [...stationSystems.entries()]
        .map(([station, sys]) => ({ station, systems: sys, share: sys.length / n }))
        .filter((d) => d.share > threshold)
        .sort((a, b) => b.share - a.share || a.station.localeCompare(b.station)),
      cut: cutHere,
      remaining,
      flag: remaining.length === n || remaining.length > 1 ? null : remaining.length === 0 ? 'none' : 'one',
    };
  });
}
