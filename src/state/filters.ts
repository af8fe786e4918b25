import type { AssetProps, Status } from '../data/schema';

/** What the user narrows the assets to. Empty lists mean "all". */
export interface Filters {
  countries: string[];
  statuses: Status[];
  operators: string[];
  /** "As of" year: assets whose year is later are hidden; assets with no year stay. */
  asOf: number | null;
}

export const NO_FILTERS: Filters = { countries: [], statuses: [], operators: [], asOf: null };

/** The JS predicate: the list, the counts and the tests use it. */
export function matches(p: AssetProps, f: Filters): boolean {
  if (f.countries.length && !p.countries.some((c) => f.countries.includes(c))) return false;
  if (f.statuses.length && !f.statuses.includes(p.status)) return false;
  if (f.operators.length && ![...p.operators, ...p.partners].some((o) => f.operators.includes(o))) return false;
  if (f.asOf !== null && p.year !== null && p.year > f.asOf) return false;
  return true;
}

/** Properties as the map sees them: flat, so style filters stay simple expressions.
 * Lists become ",A,B," strings that `in` can search for ",A,". */
export interface MapProps {
  id: string;
  type: string;
  status: string;
  year: number; // -1 when unknown
  countries: string;
  operators: string;
  name_zh: string;
  name_en: string;
}

export const toMapProps = (p: AssetProps): MapProps => ({
  id: p.id,
  type: p.type,
  status: p.status,
  year: p.year ?? -1,
  countries: `,${p.countries.join(',')},`,
  operators: `,${[...p.operators, ...p.partners].join(',')},`,
  name_zh: p.name.zh,
  name_en: p.name.en,
});

/** The same predicate as `matches`, as a MapLibre filter expression over MapProps. */
export function mapFilter(f: Filters): unknown[] {
  const all: unknown[] = ['all'];
  const anyIn = (field: string, values: string[]) => ['any', ...values.map((v) => ['in', `,${v},`, ['get', field]])];
  if (f.countries.length) all.push(anyIn('countries', f.countries));
  if (f.statuses.length) all.push(['in', ['get', 'status'], ['literal', f.statuses]]);
  if (f.operators.length) all.push(anyIn('operators', f.operators));
  if (f.asOf !== null) all.push(['<=', ['get', 'year'], f.asOf]);
  return all;
}

/**
 * Landing points carry no operators or years of their own in the data (a station serves
 * several cables), so under the status, operator and "as of" filters they follow their
 * cables: a landing point shows when one of its cables does. The country filter stays the
 * landing point's own (a cable to Cambodia should not bring Japan's stations along).
 */
export const landingFollowsCables = (f: Filters): boolean => f.statuses.length > 0 || f.operators.length > 0 || f.asOf !== null;

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
