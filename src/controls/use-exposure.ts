/**
 * The exposure analysis (src/analysis) for the view: the day (the scenario's, else the end of
 * the "as of" year, else today), the cut cables and corridors. Computed once per change of
 * the data or the scenario (well under a millisecond at 1x; see README, Performance).
 */
import { useMemo } from 'react';
import { analyse, dayOfYear, type CountryExposure, type ExposureData } from '../analysis/exposure';
import { useAssetIndex } from '../data';
import { useCorridors, useFaults } from '../data/queries';
import { useView } from '../state/store';

export const today = (): string => new Date().toISOString().slice(0, 10);

export interface Exposure {
  /** null while the cables, landing points, faults or corridors are loading (or failed). */
  rows: CountryExposure[] | null;
  day: string;
  data: ExposureData | null;
  /** True when something is cut. */
  active: boolean;
}

/** The analysed day for the view. */
export function useExposureDay(): string {
  const day = useView((s) => s.whatIf.day);
  const asOf = useView((s) => s.filters.asOf);
  return day ?? (asOf !== null ? dayOfYear(asOf) : today());
}

export function useExposureData(): ExposureData | null {
  const { byType } = useAssetIndex();
  const faults = useFaults().data;
  const corridors = useCorridors().data;
  const cables = byType['submarine-cable']?.features;
  const landings = byType['landing-point']?.features;
  const fibre = byType['land-fibre']?.features;
  return useMemo(
    () =>
      cables && landings && faults && corridors
        ? { cables, landings, fibre: fibre ?? [], faults: faults.faults, corridors: corridors.corridors }
        : null,
    [cables, landings, fibre, faults, corridors],
  );
}

export function useExposure(): Exposure {
  const data = useExposureData();
  const day = useExposureDay();
  const cut = useView((s) => s.whatIf.cut);
  const corridors = useView((s) => s.whatIf.corridors);
  const rows = useMemo(() => (data ? analyse(data, { day, cut, corridors }) : null), [data, day, cut, corridors]);
  return { rows, day, data, active: cut.length > 0 || corridors.length > 0 };
}
