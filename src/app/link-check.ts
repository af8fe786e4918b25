import { useEffect } from 'react';
import { useAssetIndex } from '../data';
import type { AssetFeature } from '../data/schema';
import { suppliersOf, type Filters } from '../state/filters';
import { useAssetQueries, useCountries } from '../data/queries';
import { useFirstViewCorridors } from '../derive/first-view';
import type { LinkProblem } from '../state/link-problems';
import { addNotice } from '../state/notice';

export { addNotice };
import { selectedCountryOf, useView } from '../state/store';
import { replacing } from '../state/url-sync';

type FilterLists = Pick<Filters, 'operators' | 'suppliers' | 'homes' | 'nodeKinds'>;

/** The operators, suppliers, home economies and node kinds a view filters on that no loaded
 * asset has (each would silently empty the map), as problems, and the lists without them. */
export function filterValuesNotInData(f: FilterLists, all: readonly AssetFeature[]): { problems: LinkProblem[]; kept: FilterLists } {
  const none = { problems: [], kept: f };
  if (!f.operators.length && !f.suppliers.length && !f.homes.length && !f.nodeKinds.length) return none;
  const known = {
    op: new Set<string>(all.flatMap((a) => [...a.properties.operators, ...a.properties.partners])),
    sup: new Set<string>(all.flatMap((a) => suppliersOf(a.properties))),
    home: new Set<string>(all.flatMap((a) => a.properties.ownerHomes ?? [])),
    nk: new Set<string>(all.flatMap((a) => (a.properties.nodeKind ? [a.properties.nodeKind] : []))),
  };
  const lists = { op: f.operators, sup: f.suppliers, home: f.homes, nk: f.nodeKinds } as const;
  const problems: LinkProblem[] = [];
  for (const key of ['op', 'sup', 'home', 'nk'] as const)
    for (const value of lists[key]) if (!known[key].has(value)) problems.push({ code: 'not-in-data', key, value });
  if (!problems.length) return none;
  return {
    problems,
    kept: {
      operators: f.operators.filter((v) => known.op.has(v)),
      suppliers: f.suppliers.filter((v) => known.sup.has(v)),
      homes: f.homes.filter((v) => known.home.has(v)),
      nodeKinds: f.nodeKinds.filter((v) => known.nk.has(v)),
    },
  };
}

/** The corridors the corridor filters name that corridors.json does not have, as problems,
 * and the filters without them. */
export function corridorsNotInData(
  f: Pick<Filters, 'through' | 'avoiding'>,
  known: ReadonlySet<string>,
): {
  problems: LinkProblem[];
  kept: Pick<Filters, 'through' | 'avoiding'>;
} {
  const problems: LinkProblem[] = [
    ...f.through.filter((v) => !known.has(v)).map((value) => ({ code: 'not-in-data' as const, key: 'thru' as const, value })),
    ...f.avoiding.filter((v) => !known.has(v)).map((value) => ({ code: 'not-in-data' as const, key: 'avoid' as const, value })),
  ];
  return {
    problems,
    kept: problems.length ? { through: f.through.filter((v) => known.has(v)), avoiding: f.avoiding.filter((v) => known.has(v)) } : f,
  };
}

/**
 * What a link names that the data does not have: an operator no asset has, a supplier no
 * cable has, a home economy no owner has, a node kind no node has (each filter would
 * silently show "0 of N"), a corridor corridors.json lacks, a country the atlas has no record of. Checked once the data has
 * loaded (while a file has failed, the value may be in it, so nothing is dropped); each is
 * said in the link notice and dropped without adding a history step.
 */
export function useLinkCheck(): void {
  const { all } = useAssetIndex();
  const settled = useAssetQueries().every((q) => q.isSuccess);
  const filters = useView((s) => s.filters);
  const country = useView(selectedCountryOf);
  const countries = useCountries().data;
  const corridors = useFirstViewCorridors().data?.corridors;

  useEffect(() => {
    if (!settled) return;
    const { problems, kept } = filterValuesNotInData(filters, all);
    if (!problems.length) return;
    addNotice(problems);
    replacing(() => useView.getState().setFilters(kept));
  }, [settled, filters, all]);

  useEffect(() => {
    if (!corridors) return;
    const { problems, kept } = corridorsNotInData(filters, new Set(corridors.map((c) => c.id)));
    if (!problems.length) return;
    addNotice(problems);
    replacing(() => useView.getState().setFilters(kept));
  }, [corridors, filters]);

  useEffect(() => {
    if (!countries || !country || countries.countries.some((c) => c.code === country)) return;
    addNotice([{ code: 'not-in-data', key: 'country', value: country }]);
    replacing(() => useView.getState().selectCountry(null));
  }, [countries, country]);
}
