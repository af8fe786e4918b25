/**
 * What the network worker is asked and answers: typed requests with ids, and the handler
 * both the worker and the in-thread fallback run.
 */
import { compareNetwork, networkGraph, type NetworkData, type NetworkOptions, type NetworkResult } from './analyse-network';
import { faultStatistics, monteCarlo, type FaultStatistics, type MonteCarloResult } from './availability';
import { liveGraph, routesBetween, type RouteSet } from './measures';
import { NETWORK_COUNTRIES } from './places';
import { applyScenario, nearestSegment, type NetworkScenario } from './scenario';
import { cableSegments, type CableSegment } from './segments';

export interface AvailabilityRequest {
  scenario: NetworkScenario;
  seed: number;
  draws?: number;
  /** Overrides the log's rate (faults per 1,000 km·year). */
  ratePer1000KmYear?: number;
  /** Overrides the log's repair times (days). */
  repairDays?: number[];
  options?: NetworkOptions;
}

/** Requests by type: what is sent (without the id) and what comes back. */
export interface NetworkCalls {
  /** The data, sent once (and again when it changes). */
  load: { args: { data: NetworkData }; result: { nodes: number; edges: number } };
  /** Every measure on the day as it was, and with the scenario's cuts. */
  analyse: { args: { scenario: NetworkScenario; options?: NetworkOptions }; result: { before: NetworkResult; after: NetworkResult } };
  /** One pair's routes with their paths (to draw them): to is 'outside' or a place code. */
  routes: { args: { scenario: NetworkScenario; from: string; to: string; options?: NetworkOptions }; result: RouteSet };
  /** The log's inputs and the Monte Carlo. */
  availability: { args: AvailabilityRequest; result: { inputs: FaultStatistics; result: MonteCarloResult } };
  /** A cable's segments by their end stations (to cut one). */
  segments: { args: { cable: string }; result: CableSegment[] };
  /** The segment of a cable nearest a point (a click on the map), or null. */
  nearestSegment: { args: { cable: string; lon: number; lat: number }; result: string | null };
  /** The drawn lines of physical edges (segments, land pieces), to draw routes. */
  edgeLines: { args: { ids: string[] }; result: EdgeLine[] };
}

export interface EdgeLine {
  id: string;
  asset: string;
  coords: number[][];
}
export type NetworkCall = keyof NetworkCalls;
export type NetworkRequest = { [K in NetworkCall]: { id: number; type: K } & NetworkCalls[K]['args'] }[NetworkCall];
export type NetworkResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** The worker's state: the data it was sent. */
export interface NetworkHost {
  data: NetworkData | null;
}

function need(host: NetworkHost): NetworkData {
  if (!host.data) throw new Error('no data loaded: send a load request first');
  return host.data;
}

/** Answers one request (throws on a bad one). */
export function handleNetworkRequest(host: NetworkHost, req: NetworkRequest): NetworkCalls[NetworkCall]['result'] {
  switch (req.type) {
    case 'load': {
      host.data = req.data;
      const g = networkGraph(req.data);
      return { nodes: g.nodes.length, edges: g.edges.length };
    }
    case 'analyse':
      return compareNetwork(need(host), req.scenario, req.options);
    case 'routes': {
      const data = need(host);
      const g = networkGraph(data, req.options);
      const st = applyScenario(g, data, req.scenario);
      return routesBetween(liveGraph(g, st.alive), req.from, req.to, req.options?.maxPaths ?? 64);
    }
    case 'availability': {
      const data = need(host);
      const g = networkGraph(data, req.options);
      const st = applyScenario(g, data, req.scenario);
      const inputs = faultStatistics(data.cables, data.faults);
      const result = monteCarlo(liveGraph(g, st.alive), {
        seed: req.seed,
        draws: req.draws,
        ratePer1000KmYear: req.ratePer1000KmYear ?? inputs.ratePer1000KmYear,
        repairDays: req.repairDays ?? inputs.repairDays,
        countries: req.options?.countries ?? NETWORK_COUNTRIES,
      });
      return { inputs, result };
    }
    case 'segments':
      return cableSegments(networkGraph(need(host)), req.cable);
    case 'nearestSegment': {
      const g = networkGraph(need(host));
      const i = nearestSegment(g, req.cable, req.lon, req.lat);
      return i === null ? null : g.edges[i]!.id;
    }
    case 'edgeLines': {
      const g = networkGraph(need(host));
      return req.ids.flatMap((id) => {
        const e = g.edges[g.edgeIndex.get(id) ?? -1];
        return e?.coords && e.asset ? [{ id, asset: e.asset, coords: e.coords.map((p) => [p[0]!, p[1]!]) }] : [];
      });
    }
  }
}
