import type { FilterSpecification } from 'maplibre-gl';
import type { AssetProps, NODE_KINDS, Status } from '../data/schema';
import { supplierNames } from '../data/derived';
import { localToday, mapLife, stateExpr, stateOn, viewDay, type At } from '../model/time';

/** What the user narrows the assets to. Empty lists mean "all". */
export interface Filters {
  countries: string[];
  statuses: Status[];
  operators: string[];
  /** "As of" year: assets whose year is later are hidden; assets with no year stay. */
  asOf: number | null;
  /** Home economies of the owners / operators / provider ("Chinese carriers": ['CN']). */
  homes: string[];
  /** Cable suppliers (NEC, SubCom, ASN, HMN Technologies…). */
  suppliers: string[];
  /** Kinds of communication node (exchange points, gateways, the paper's nodes); other types pass. */
  nodeKinds: NodeKind[];
  /** A range of years (the year the status refers to: ready for service, launch). Assets
   * with no known year are left out while a range is set, and counted apart. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Corridors (geodata/corridors.json ids) a submarine cable's drawn route must cross: at
   * least one of them. Other asset types pass; landing points follow their cables. */
  through: string[];
  /** Corridors a submarine cable's drawn route must cross none of. */
  avoiding: string[];
}

/** Cable id → the corridors its drawn route crosses (corridor-crossings.ts); null while the
 * corridors are loading or failed (the corridor filters then wait: nothing is left out). */
export type CrossingsOf = ((cableId: string) => readonly string[]) | null;

export type NodeKind = (typeof NODE_KINDS)[number];

export const NO_FILTERS: Filters = {
  countries: [],
  statuses: [],
  operators: [],
  asOf: null,
  homes: [],
  suppliers: [],
  nodeKinds: [],
  yearFrom: null,
  yearTo: null,
  through: [],
  avoiding: [],
};

/** The firms a cable's supplier field names ("NEC / SubCom" → NEC, SubCom): canonical
 * names of operators.json entities, joined by " / " (the validator checks them). */
export const suppliersOf = (p: Pick<AssetProps, 'supplier'>): string[] => supplierNames(p.supplier);

/** The moment the filters are judged at: the view's day (see viewDay) and the reader's
 * today. Without one, the "as of" year's last day (or today). */
export const atFor = (f: Pick<Filters, 'asOf'>, today: string = localToday()): At => ({ day: viewDay(null, f.asOf, today), today });

/** States left out unless the reader asks for them: no longer (or never) in service. */
const HIDDEN_BY_DEFAULT: readonly Status[] = ['retired', 'cancelled'];

/** An asset's status on the filters' day (see src/model/time.ts), null before it began. */
export const statusOn = (p: AssetProps, at: At): Status | null => stateOn(p, at);

/** The JS predicate: the list, the counts and the tests use it. An asset shows when it had
 * begun by the day; retired and cancelled assets are left out unless the reader asks for
 * them (status "Retired", "Cancelled"). */
/** Whether a record passes the corridor filters: a submarine cable crossing at least one
 * `through` corridor and none of the `avoiding` ones; any other type passes. */
export function passesCorridors(p: AssetProps, f: Pick<Filters, 'through' | 'avoiding'>, crossings: CrossingsOf): boolean {
  if (!crossings || p.type !== 'submarine-cable' || (!f.through.length && !f.avoiding.length)) return true;
  const crossed = crossings(p.id);
  if (f.through.length && !f.through.some((c) => crossed.includes(c))) return false;
  return !f.avoiding.some((c) => crossed.includes(c));
}

export function matches(p: AssetProps, f: Filters, at: At = atFor(f), crossings: CrossingsOf = null): boolean {
  if (f.countries.length && !p.countries.some((c) => f.countries.includes(c))) return false;
  const status = stateOn(p, at);
  if (status === null) return false;
  if (f.statuses.length ? !f.statuses.includes(status) : HIDDEN_BY_DEFAULT.includes(status)) return false;
  if (f.operators.length && ![...p.operators, ...p.partners].some((o) => f.operators.includes(o))) return false;
  if (f.homes.length && !(p.ownerHomes ?? []).some((h) => f.homes.includes(h))) return false;
  if (f.suppliers.length && !suppliersOf(p).some((s) => f.suppliers.includes(s))) return false;
  if (f.nodeKinds.length && p.type === 'node' && !(p.nodeKind && f.nodeKinds.includes(p.nodeKind))) return false;
  if (f.yearFrom !== null || f.yearTo !== null) {
    if (p.year === null) return false;
    if (f.yearFrom !== null && p.year < f.yearFrom) return false;
    if (f.yearTo !== null && p.year > f.yearTo) return false;
  }
  return passesCorridors(p, f, crossings);
}

/** Properties as the map sees them: flat, so style filters stay simple expressions.
 * Lists become ",A,B," strings that `in` can search for ",A,". */
export interface MapProps {
  id: string;
  type: string;
  status: string;
  year: number; // -1 when unknown
  /** The dated life as day numbers (see src/model/time.ts; -1 when unknown). */
  startD: number;
  rfsD: number;
  retD: number;
  canD: number;
  countries: string;
  operators: string;
  homes: string;
  suppliers: string;
  nodeKind: string;
  name_zh: string;
  name_en: string;
}

export const toMapProps = (p: AssetProps): MapProps => ({
  id: p.id,
  type: p.type,
  status: p.status,
  year: p.year ?? -1,
  ...mapLife(p),
  countries: `,${p.countries.join(',')},`,
  operators: `,${[...p.operators, ...p.partners].join(',')},`,
  homes: `,${(p.ownerHomes ?? []).join(',')},`,
  suppliers: `,${suppliersOf(p).join(',')},`,
  nodeKind: p.nodeKind ?? '',
  name_zh: p.name.zh,
  name_en: p.name.en,
});

/** The same predicate as `matches`, as a MapLibre filter expression over MapProps. The
 * corridor filters become the list of cables that pass them (`corridorPass`, from
 * cablesPassingCorridors), null when they do not apply. */
export function mapFilter(f: Filters, at: At = atFor(f), corridorPass: readonly string[] | null = null): FilterSpecification {
  const all: unknown[] = ['all'];
  const anyIn = (field: string, values: string[]) => ['any', ...values.map((v) => ['in', `,${v},`, ['get', field]])];
  if (f.countries.length) all.push(anyIn('countries', f.countries));
  const status = stateExpr(at);
  all.push(['!=', status, 'none']);
  all.push(f.statuses.length ? ['in', status, ['literal', f.statuses]] : ['!', ['in', status, ['literal', HIDDEN_BY_DEFAULT]]]);
  if (f.operators.length) all.push(anyIn('operators', f.operators));
  if (f.homes.length) all.push(anyIn('homes', f.homes));
  if (f.suppliers.length) all.push(anyIn('suppliers', f.suppliers));
  if (f.nodeKinds.length) all.push(['any', ['!=', ['get', 'type'], 'node'], ['in', ['get', 'nodeKind'], ['literal', f.nodeKinds]]]);
  if (f.yearFrom !== null || f.yearTo !== null) {
    all.push(['!=', ['get', 'year'], -1]);
    if (f.yearFrom !== null) all.push(['>=', ['get', 'year'], f.yearFrom]);
    if (f.yearTo !== null) all.push(['<=', ['get', 'year'], f.yearTo]);
  }
  if (corridorPass) all.push(['any', ['!=', ['get', 'type'], 'submarine-cable'], ['in', ['get', 'id'], ['literal', [...corridorPass]]]]);
  // built as plain arrays above (the spec's tuple types do not compose); checked against the
  // style spec in filters.test.ts
  return all as FilterSpecification;
}

/**
 * Landing points carry no operators or years of their own in the data (a station serves
 * several cables), so under the status, operator and "as of" filters they follow their
 * cables: a landing point shows when one of its cables does. The country filter stays the
 * landing point's own (a cable to Cambodia should not bring Japan's stations along).
 */
export function matchesWith(
  p: AssetProps,
  f: Filters,
  cablesOf: (landingId: string) => readonly AssetProps[],
  at: At = atFor(f),
  crossings: CrossingsOf = null,
): boolean {
  if (p.type !== 'landing-point') return matches(p, f, at, crossings);
  if (f.countries.length && !p.countries.some((c) => f.countries.includes(c))) return false;
  const cables = cablesOf(p.id);
  if (!cables.length) return matches(p, f, at, crossings);
  const rest = { ...f, countries: [] };
  return cables.some((c) => matches(c, rest, at, crossings));
}

/** The landing points whose cables pass the non-country filters. */
export function landingIdsShown(cables: readonly AssetProps[], f: Filters, at: At = atFor(f), crossings: CrossingsOf = null): string[] {
  const rest = { ...f, countries: [] };
  return [...new Set(cables.filter((c) => matches(c, rest, at, crossings)).flatMap((c) => c.landingPoints ?? []))];
}

/** The cables that pass the corridor filters (the map filter's list), or null when those
 * filters are off or cannot be judged yet. */
export function cablesPassingCorridors(cables: readonly AssetProps[], f: Filters, crossings: CrossingsOf): string[] | null {
  if (!crossings || (!f.through.length && !f.avoiding.length)) return null;
  return cables.filter((c) => passesCorridors(c, f, crossings)).map((c) => c.id);
}

/** The map filter for the landing-point layer: its own country test, and membership in
 * `ids` (from landingIdsShown) for the rest. */
export function landingMapFilter(f: Filters, ids: readonly string[]): FilterSpecification {
  const all: unknown[] = ['all', ['in', ['get', 'id'], ['literal', [...ids]]]];
  if (f.countries.length) all.push(['any', ...f.countries.map((v) => ['in', `,${v},`, ['get', 'countries']])]);
  return all as FilterSpecification;
}
