/**
 * The network model for React: the analysis runs in the network worker (or, without
 * Worker, the client's in-thread stand-in), asked through TanStack Query with the scenario
 * as the key, so each scenario is computed once and kept, and the main thread never runs it.
 */
import { useQuery } from '@tanstack/react-query';
import type { ExposureData } from '../analysis/exposure';
import type { AvailabilityRequest } from '../analysis/network/network-protocol';
import { createNetworkClient, type NetworkClient } from '../analysis/network/network-client';
import type { NetworkAnswer, NetworkAsk } from './network';

let client: NetworkClient | null = null;
const loaded = new WeakMap<ExposureData, Promise<unknown>>();
const ids = new WeakMap<ExposureData, number>();
let nextId = 0;

/** The one client, started on first use. */
function networkClient(): NetworkClient {
  return (client ??= createNetworkClient());
}

/** The client with this data loaded (sent once per data object). */
async function withData(data: ExposureData): Promise<NetworkClient> {
  const c = networkClient();
  let p = loaded.get(data);
  if (!p) {
    p = c.call('load', { data });
    loaded.set(data, p);
  }
  await p;
  return c;
}

const dataId = (data: ExposureData | null) => {
  if (!data) return null;
  let id = ids.get(data);
  if (id === undefined) ids.set(data, (id = ++nextId));
  return id;
};

const ANALYSIS = { staleTime: Infinity, gcTime: 10 * 60_000, retry: false, refetchOnWindowFocus: false } as const;

/** Every measure for the scenario, before and after the reader's cuts. */
export function useNetworkAnswer(ask: NetworkAsk, data: ExposureData | null) {
  return useQuery({
    queryKey: [...ask.key, dataId(data)],
    queryFn: async (): Promise<NetworkAnswer> =>
      (await withData(data!)).call('analyse', { scenario: ask.scenario, options: { noNational: ask.noNational } }),
    enabled: data !== null,
    ...ANALYSIS,
  });
}

/** The availability Monte Carlo for the scenario, with the seed. */
export function useAvailability(ask: NetworkAsk, data: ExposureData | null, seed: number, draws = 10_000) {
  return useQuery({
    queryKey: ['availability', ...ask.key.slice(1), seed, draws, dataId(data)],
    queryFn: async () => {
      const req: AvailabilityRequest = { scenario: ask.scenario, seed, draws, options: { noNational: ask.noNational } };
      return (await withData(data!)).call('availability', req);
    },
    enabled: data !== null,
    ...ANALYSIS,
  });
}

/** A cable's segments by their end stations: one query per cable and data, shared by the
 * cable's panel and the check of a link's `seg=` ids. */
export const cableSegmentsQuery = (cable: string, data: ExposureData | null) => ({
  queryKey: ['segments', cable, dataId(data)],
  queryFn: async () => (await withData(data!)).call('segments', { cable }),
  enabled: data !== null,
  ...ANALYSIS,
});

/** A cable's segments by their end stations (to cut one from its panel). */
export const useCableSegments = (cable: string, data: ExposureData | null) => useQuery(cableSegmentsQuery(cable, data));

/** The segment of a cable nearest where the reader clicked it on the map (null: not clicked). */
export function useNearestSegment(cable: string, at: { lon: number; lat: number } | null, data: ExposureData | null) {
  return useQuery({
    queryKey: ['nearestSegment', cable, at?.lon, at?.lat, dataId(data)],
    queryFn: async () => (await withData(data!)).call('nearestSegment', { cable, lon: at!.lon, lat: at!.lat }),
    enabled: data !== null && at !== null,
    ...ANALYSIS,
  });
}

/** The drawn lines of the given edges (the routes the map draws). */
export function useEdgeLines(ids: readonly string[], data: ExposureData | null) {
  return useQuery({
    queryKey: ['edgeLines', ids, dataId(data)],
    queryFn: async () => (await withData(data!)).call('edgeLines', { ids: [...ids] }),
    enabled: data !== null && ids.length > 0,
    ...ANALYSIS,
  });
}
