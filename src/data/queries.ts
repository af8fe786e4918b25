import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { loadOffThread } from './load-client';
import type { AssetText, LoadedLayer, LoadedTexts, WithSkipped } from './loaded';
import type { Problem } from './checks';
import { checkFaultCables } from './checks';
import { ASSET_TYPES, type AssetType } from './constants';
import { ASSET_FILES } from './files';
import type { FaultsFile } from './schema';

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
  queryOptions({ queryKey: ['assets', type], queryFn: () => loadOffThread('assets', type, BASE), ...common });

/** The text of one asset file's records (descriptions, sources, event notes): loaded when a
 * panel or an export first needs it, not by the first view (split.ts). */
export const textsQuery = (type: AssetType) =>
  queryOptions({ queryKey: ['texts', type], queryFn: () => loadOffThread('texts', type, BASE), ...common });

const textMaps = new WeakMap<LoadedTexts, ReadonlyMap<string, AssetText>>();
/** A loaded texts file as a map by id (built once per load; own keys only). */
export function textMap(loaded: LoadedTexts): ReadonlyMap<string, AssetText> {
  let m = textMaps.get(loaded);
  if (!m) textMaps.set(loaded, (m = new Map(Object.entries(loaded.texts))));
  return m;
}

/** One record's text, with the query (for its loading state, failure and Retry) and, when
 * the file loaded without this record's text, the problem that left it out. */
export function useAssetText(type: AssetType, id: string) {
  const q = useQuery(textsQuery(type));
  const text = q.data ? textMap(q.data).get(id) : undefined;
  const problem: Problem | undefined =
    q.data && !text ? (q.data.skipped.find((p) => p.id === id) ?? { file: ASSET_FILES[type], id, message: 'has no text' }) : undefined;
  return { q, text, problem };
}

/** Every asset file's record texts, in ASSET_TYPES order, loaded once `enabled` (the legend
 * asks once the first view is done, so a bad record's text is named without a panel being
 * opened, and the panels then open at once). */
export const useAllAssetTexts = (enabled: boolean) =>
  useQueries({ queries: ASSET_TYPES.map((type) => ({ ...textsQuery(type), enabled })) });

export const countriesQuery = queryOptions({
  queryKey: ['countries'],
  queryFn: () => loadOffThread('countries', undefined, BASE),
  ...common,
});
export const timelineQuery = queryOptions({
  queryKey: ['timeline'],
  queryFn: () => loadOffThread('timeline', undefined, BASE),
  ...common,
});

export const operatorsQuery = queryOptions({
  queryKey: ['operators'],
  queryFn: () => loadOffThread('operators', undefined, BASE),
  ...common,
});

export const paperQuery = queryOptions({
  queryKey: ['paper'],
  queryFn: () => loadOffThread('paper', undefined, BASE),
  ...common,
});

export const faultsQuery = queryOptions({
  queryKey: ['faults'],
  queryFn: () => loadOffThread('faults', undefined, BASE),
  ...common,
});

export const corridorsQuery = queryOptions({
  queryKey: ['corridors'],
  queryFn: () => loadOffThread('corridors', undefined, BASE),
  ...common,
});

/** The systems known but not drawn (known-systems.json): loaded when search is used or a
 * country panel opens, not by the first view. */
export const knownQuery = queryOptions({
  queryKey: ['known'],
  queryFn: () => loadOffThread('known', undefined, BASE),
  ...common,
});
export const useKnown = ({ enabled = true }: { enabled?: boolean } = {}) => useQuery({ ...knownQuery, enabled });

/** All asset files, loaded in parallel; results in ASSET_TYPES order. */
export const useAssetQueries = () => useQueries({ queries: ASSET_TYPES.map(assetQuery) });
export const useCountries = () => useQuery(countriesQuery);
export const useTimeline = () => useQuery(timelineQuery);
export const usePaper = () => useQuery(paperQuery);
/** `enabled: false` holds the fetch (the filters while closed, search before it is used). */
export const useOperators = ({ enabled = true }: { enabled?: boolean } = {}) => useQuery({ ...operatorsQuery, enabled });
/** `enabled: false` holds the fetch (derive/first-view.ts: not for the first view); any other
 * reader that asks fetches it, and every reader gets it then. */
export const useFaults = ({ enabled = true }: { enabled?: boolean } = {}) => {
  const q = useQuery({ ...faultsQuery, enabled });
  const cables = useQuery(assetQuery('submarine-cable')).data;
  const data = checkedFaults(q.data, cables);
  return data === q.data ? q : { ...q, data };
};
export const useCorridors = ({ enabled = true }: { enabled?: boolean } = {}) => useQuery({ ...corridorsQuery, enabled });

type Faults = WithSkipped<FaultsFile>;
let faultsChecked: { faults: Faults; cables: LoadedLayer; out: Faults } | null = null;
/** The faults checked against the cables that loaded (as `npm run validate` does): a cable
 * id the cable file lacks is named in `skipped` and no longer linked (moved to the fault's
 * other cables), so Replay does not cut a cable that is not there. Unchecked while the cable
 * file is loading or has failed. Built once per change of either file. */
export function checkedFaults(faults: Faults | undefined, cables: LoadedLayer | undefined): Faults | undefined {
  if (!faults || !cables) return faults;
  if (faultsChecked?.faults === faults && faultsChecked.cables === cables) return faultsChecked.out;
  const r = checkFaultCables(faults.faults, new Set(cables.features.map((f) => f.properties.id)));
  const out = r.problems.length ? { ...faults, faults: r.faults, skipped: [...faults.skipped, ...r.problems] } : faults;
  faultsChecked = { faults, cables, out };
  return out;
}
