import { useMemo } from 'react';
import { useAssetIndex, type AssetIndex } from '../data';
import type { AssetProps } from '../data/schema';
import { matchesWith, type Filters } from '../state/filters';
import { useView } from '../state/store';

/** Each landing point's cables, from the loaded cable file. */
export function cablesByLanding(index: AssetIndex): (landingId: string) => readonly AssetProps[] {
  const map = new Map<string, AssetProps[]>();
  for (const c of index.byType['submarine-cable']?.features ?? [])
    for (const id of c.properties.landingPoints ?? []) map.set(id, [...(map.get(id) ?? []), c.properties]);
  return (id) => map.get(id) ?? [];
}

/** The filter predicate the list, counts and panels share: the current filters (or the
 * ones given), with landing points following their cables (see matchesWith). */
export function useMatches(): (p: AssetProps, f?: Filters) => boolean {
  const filters = useView((s) => s.filters);
  const index = useAssetIndex();
  return useMemo(() => {
    const cablesOf = cablesByLanding(index);
    return (p: AssetProps, f: Filters = filters) => matchesWith(p, f, cablesOf);
  }, [filters, index]);
}
