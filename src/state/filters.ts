import type { AssetProps, NODE_KINDS, Status } from '../data/schema';

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
}

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
};

/** The firms a cable's supplier field names ("NEC / TE SubCom" → NEC, TE SubCom). */
export const suppliersOf = (p: Pick<AssetProps, 'supplier'>): string[] =>
  p.supplier
    ? p.supplier
        .split(/\s*(?:\/|,|&|\band\b)\s*/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** The years that place an asset in time: its first dated step (or its year), its
 * ready-for-service year and its retirement year; -1 where unknown. */
const lifeCache = new WeakMap<AssetProps, { start: number; rfs: number; end: number }>();
export function lifeYears(p: AssetProps): { start: number; rfs: number; end: number } {
  // asked for every asset on every filter change: computed once per (immutable) record
  let r = lifeCache.get(p);
  if (!r) lifeCache.set(p, (r = computeLifeYears(p)));
  return r;
}
function computeLifeYears(p: AssetProps): { start: number; rfs: number; end: number } {
  const ys = (kind?: string) => (p.events ?? []).filter((e) => !kind || e.kind === kind).map((e) => Number(e.date.slice(0, 4)));
  const all = ys();
  const rfs = ys('rfs');
  const end = ys('retired');
  const start = all.length ? Math.min(...all, ...(p.year !== null ? [p.year] : [])) : (p.year ?? -1);
  return { start, rfs: rfs.length ? Math.min(...rfs) : -1, end: end.length ? Math.max(...end) : -1 };
}

/**
 * An asset's status at the end of year `asOf` (null: as it stands now): retired once its
 * retirement year has come, in service from its ready-for-service year, under construction
 * before that (once its first dated step has come); otherwise its recorded status.
 */
export function statusAsOf(p: AssetProps, asOf: number | null): Status {
  if (asOf === null) return p.status;
  const { rfs, end } = lifeYears(p);
  if (end !== -1 && end <= asOf) return 'retired';
  if (rfs !== -1)
    return rfs <= asOf ? 'operational' : p.status === 'operational' || p.status === 'retired' ? 'under-construction' : p.status;
  return p.status === 'retired' ? 'operational' : p.status;
}

/** The JS predicate: the list, the counts and the tests use it. Retired assets are left
 * out unless the reader asks for them (status "Retired"). */
export function matches(p: AssetProps, f: Filters): boolean {
  if (f.countries.length && !p.countries.some((c) => f.countries.includes(c))) return false;
  const status = statusAsOf(p, f.asOf);
  if (f.statuses.length ? !f.statuses.includes(status) : status === 'retired') return false;
  if (f.operators.length && ![...p.operators, ...p.partners].some((o) => f.operators.includes(o))) return false;
  if (f.homes.length && !(p.ownerHomes ?? []).some((h) => f.homes.includes(h))) return false;
  if (f.suppliers.length && !suppliersOf(p).some((s) => f.suppliers.includes(s))) return false;
  if (f.nodeKinds.length && p.type === 'node' && !(p.nodeKind && f.nodeKinds.includes(p.nodeKind))) return false;
  if (f.yearFrom !== null || f.yearTo !== null) {
    if (p.year === null) return false;
    if (f.yearFrom !== null && p.year < f.yearFrom) return false;
    if (f.yearTo !== null && p.year > f.yearTo) return false;
  }
  if (f.asOf !== null) {
    const { start } = lifeYears(p);
    if (start !== -1 && start > f.asOf) return false;
  }
  return true;
}

/** Properties as the map sees them: flat, so style filters stay simple expressions.
 * Lists become ",A,B," strings that `in` can search for ",A,". */
export interface MapProps {
  id: string;
  type: string;
  status: string;
  year: number; // -1 when unknown
  /** lifeYears: first dated step, ready for service, retirement (-1 when unknown). */
  start: number;
  rfs: number;
  end: number;
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
  ...lifeYears(p),
  countries: `,${p.countries.join(',')},`,
  operators: `,${[...p.operators, ...p.partners].join(',')},`,
  homes: `,${(p.ownerHomes ?? []).join(',')},`,
  suppliers: `,${suppliersOf(p).join(',')},`,
  nodeKind: p.nodeKind ?? '',
  name_zh: p.name.zh,
  name_en: p.name.en,
});

/** statusAsOf as a MapLibre expression over MapProps. */
export function statusAsOfExpr(asOf: number | null): unknown {
  if (asOf === null) return ['get', 'status'];
  return [
    'case',
    ['all', ['!=', ['get', 'end'], -1], ['<=', ['get', 'end'], asOf]],
    'retired',
    ['!=', ['get', 'rfs'], -1],
    [
      'case',
      ['<=', ['get', 'rfs'], asOf],
      'operational',
      ['in', ['get', 'status'], ['literal', ['operational', 'retired']]],
      'under-construction',
      ['get', 'status'],
    ],
    ['==', ['get', 'status'], 'retired'],
    'operational',
    ['get', 'status'],
  ];
}

/** The same predicate as `matches`, as a MapLibre filter expression over MapProps. */
export function mapFilter(f: Filters): unknown[] {
  const all: unknown[] = ['all'];
  const anyIn = (field: string, values: string[]) => ['any', ...values.map((v) => ['in', `,${v},`, ['get', field]])];
  if (f.countries.length) all.push(anyIn('countries', f.countries));
  const status = statusAsOfExpr(f.asOf);
  all.push(f.statuses.length ? ['in', status, ['literal', f.statuses]] : ['!=', status, 'retired']);
  if (f.operators.length) all.push(anyIn('operators', f.operators));
  if (f.homes.length) all.push(anyIn('homes', f.homes));
  if (f.suppliers.length) all.push(anyIn('suppliers', f.suppliers));
  if (f.nodeKinds.length) all.push(['any', ['!=', ['get', 'type'], 'node'], ['in', ['get', 'nodeKind'], ['literal', f.nodeKinds]]]);
  if (f.yearFrom !== null || f.yearTo !== null) {
    all.push(['!=', ['get', 'year'], -1]);
    if (f.yearFrom !== null) all.push(['>=', ['get', 'year'], f.yearFrom]);
    if (f.yearTo !== null) all.push(['<=', ['get', 'year'], f.yearTo]);
  }
  if (f.asOf !== null) all.push(['any', ['==', ['get', 'start'], -1], ['<=', ['get', 'start'], f.asOf]]);
  return all;
}

/**
 * Landing points carry no operators or years of their own in the data (a station serves
 * several cables), so under the status, operator and "as of" filters they follow their
 * cables: a landing point shows when one of its cables does. The country filter stays the
 * landing point's own (a cable to Cambodia should not bring Japan's stations along).
 */
export const landingFollowsCables = (_f: Filters): boolean => true; // retired cables are hidden by default, so always

/** `matches`, with landing points judged through their cables (`cablesOf`). */
export function matchesWith(p: AssetProps, f: Filters, cablesOf: (landingId: string) => readonly AssetProps[]): boolean {
  if (p.type !== 'landing-point' || !landingFollowsCables(f)) return matches(p, f);
  if (f.countries.length && !p.countries.some((c) => f.countries.includes(c))) return false;
  const cables = cablesOf(p.id);
  if (!cables.length) return matches(p, f);
  const rest = { ...f, countries: [] };
  return cables.some((c) => matches(c, rest));
}

/** The landing points whose cables pass the non-country filters, or null when landing
 * points need no such test (see landingFollowsCables). */
export function landingIdsShown(cables: readonly AssetProps[], f: Filters): string[] | null {
  if (!landingFollowsCables(f)) return null;
  const rest = { ...f, countries: [] };
  return [...new Set(cables.filter((c) => matches(c, rest)).flatMap((c) => c.landingPoints ?? []))];
}

/** The map filter for the landing-point layer: its own country test, and membership in
 * `ids` (from landingIdsShown) for the rest. */
export function landingMapFilter(f: Filters, ids: readonly string[] | null): unknown[] {
  if (ids === null) return mapFilter(f);
  return ['all', ...mapFilter({ ...NO_FILTERS, countries: f.countries }).slice(1), ['in', ['get', 'id'], ['literal', [...ids]]]];
}
