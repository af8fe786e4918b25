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
