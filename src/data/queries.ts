import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { CORRIDORS_FILE, COUNTRIES_FILE, FAULTS_FILE, OPERATORS_FILE, PAPER_FILE, TIMELINE_FILE } from './files';
import { loadAssetFile, loadJsonFile } from './load';
import { ASSET_TYPES, CorridorsFile, CountriesFile, FaultsFile, OperatorsFile, PaperFile, TimelineFile, type AssetType } from './schema';

/** The app's base URL (vite `base`), so data loads under any sub-path. */
export const BASE = import.meta.env.BASE_URL;

/** Data never changes while the app runs: fetched once, kept for the session. Retries are
 * the user's (the legend's Retry button), so a broken file shows its error at once and
 * stays until they ask (no silent refetch when the window regains focus or another panel
 * that reads the same file mounts). */
const common = {
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  refetchOnWindowFocus: false,
  refetchOnMount: false,
  retryOnMount: false,
} as const;

export const assetQuery = (type: AssetType) =>
  queryOptions({ queryKey: ['assets', type], queryFn: () => loadAssetFile(type, BASE), ...common });

export const countriesQuery = queryOptions({
  queryKey: ['countries'],
  queryFn: () => loadJsonFile(COUNTRIES_FILE, CountriesFile, BASE),
  ...common,
});
export const timelineQuery = queryOptions({
  queryKey: ['timeline'],
  queryFn: () => loadJsonFile(TIMELINE_FILE, TimelineFile, BASE),
  ...common,
});

export const operatorsQuery = queryOptions({
  queryKey: ['operators'],
  queryFn: () => loadJsonFile(OPERATORS_FILE, OperatorsFile, BASE),
  ...common,
});

export const paperQuery = queryOptions({
  queryKey: ['paper'],
  queryFn: () => loadJsonFile(PAPER_FILE, PaperFile, BASE),
  ...common,
});

export const faultsQuery = queryOptions({
  queryKey: ['faults'],
  queryFn: () => loadJsonFile(FAULTS_FILE, FaultsFile, BASE),
  ...common,
});

export const corridorsQuery = queryOptions({
  queryKey: ['corridors'],
  queryFn: () => loadJsonFile(CORRIDORS_FILE, CorridorsFile, BASE),
  ...common,
});

/** All asset files, loaded in parallel; results in ASSET_TYPES order. */
export const useAssetQueries = () => useQueries({ queries: ASSET_TYPES.map(assetQuery) });
export const useCountries = () => useQuery(countriesQuery);
export const useTimeline = () => useQuery(timelineQuery);
export const usePaper = () => useQuery(paperQuery);
export const useOperators = () => useQuery(operatorsQuery);
export const useFaults = () => useQuery(faultsQuery);
export const useCorridors = () => useQuery(corridorsQuery);
