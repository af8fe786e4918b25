import { useMemo } from 'react';
import { useAssetIndex } from '../data';
import type { AssetProps } from '../data/schema';
import { matchesWith, type Filters } from '../state/filters';
import { useView } from '../state/store';

/** The filter predicate the list, counts and panels share: the current filters (or the
 * ones given), with landing points following their cables (see matchesWith). */
export function useMatches(): (p: AssetProps, f?: Filters) => boolean {
  const filters = useView((s) => s.filters);
  const { cablesOf } = useAssetIndex();
  return useMemo(
    () =>
      (p: AssetProps, f: Filters = filters) =>
        matchesWith(p, f, cablesOf),
    [filters, cablesOf],
  );
}
