/**
 * The route-based network model in the derived view (pure): which scenario to ask the
 * network worker for (the query key), and what the panels and the map read of its answer.
 * The worker computes; nothing here runs the model.
 */
import type { ExposureData } from '../analysis/exposure';
import type { NetworkResult } from '../analysis/network/analyse-network';
import type { CountryNetwork, Latency, SinglePoint } from '../analysis/network/measures';
import type { EdgeLine } from '../analysis/network/network-protocol';
import type { NetworkScenario } from '../analysis/network/scenario';
import type { Corridor } from '../data/schema';
import type { At } from '../model/time';
import type { WhatIf } from '../model/view';
import { memoLast } from './memo';

/** What the worker answers for one scenario: the day as it was, and with the reader's cuts. */
export interface NetworkAnswer {
  before: NetworkResult;
  after: NetworkResult;
}

/** The scenario the worker is asked for, and the places whose national network is off. */
export interface NetworkAsk {
  scenario: NetworkScenario;
  noNational: string[];
  /** TanStack Query key: the scenario, field by field. */
  key: readonly unknown[];
}

export const networkAskOf = memoLast((at: At, whatIf: WhatIf): NetworkAsk => {
  const scenario: NetworkScenario = { day: at.day, cut: whatIf.cut, segments: whatIf.segments, corridors: whatIf.corridors };
  const noNational = [...whatIf.national].sort();
  return {
    scenario,
    noNational,
    key: ['network', at.day, [...whatIf.cut].sort(), [...whatIf.segments].sort(), [...whatIf.corridors].sort(), noNational],
  };
});

/** A country's figures before and after the reader's cuts, and what they rest on. */
export interface CountryRoutes {
  code: string;
  before: CountryNetwork;
  after: CountryNetwork;
  /** The reader has cut something (after differs from before by construction only then). */
  active: boolean;
  /** Cables in service on the day that list the country but land at no station drawn there:
   * the routes through them are missing, so the figures may be too low. */
  unnamedLandings: string[];
  /** Land links that list the country but none of whose drawn points lies there. */
  landGaps: string[];
  /** Latency to each hub, before and after. */
  latency: Array<{ to: string; before: Latency; after: Latency | null }>;
  /** Single points of failure after the cuts. */
  spofs: SinglePoint[];
}

/** What the reader's cuts leave of a place's independent routes to outside the region:
 * none where it had some (cut off), fewer than on the day without the cuts (reduced), as
 * many (kept), or none with or without the cuts (none: nothing in service on the record). */
export type RouteLossState = 'cut-off' | 'reduced' | 'kept' | 'none';

export interface RouteLoss {
  code: string;
  /** Independent routes to outside the region on the day, without and with the cuts. */
  before: number;
  after: number;
  state: RouteLossState;
}

/** The state of a place's routes to outside, from its routes without and with the cuts. */
export const routeLossState = (before: number, after: number): RouteLossState =>
  after === 0 ? (before === 0 ? 'none' : 'cut-off') : after < before ? 'reduced' : 'kept';

/** The min cut between two places on the day, without and with the reader's cuts. */
export interface PairCut {
  before: number;
  after: number;
}

/** The pair matrix's entry for two places, or null (not in it, or the diagonal). */
function pairCutOf(matrix: NetworkResult['matrix'], a: string, b: string): number | null {
  if (!matrix) return null;
  const i = matrix.places.indexOf(a);
  const j = matrix.places.indexOf(b);
  return i < 0 || j < 0 ? null : (matrix.cuts[i]?.[j] ?? null);
}

export interface NetworkView {
  answer: NetworkAnswer;
  active: boolean;
  /** Per place measured (the answer's order): its routes to outside before and after the
   * cuts. The Resilience table and the what-if map fill both read this. */
  loss: readonly RouteLoss[];
  country: (code: string) => CountryRoutes | null;
  /** The min cut between two places (their independent routes to each other), without and
   * with the cuts, read from the pair matrix; null when either is not in the matrix or the
   * two are one place. */
  pair: (a: string, b: string) => PairCut | null;
  /** Faults of the day that impair a whole system (the log gives no location). */
  wholeSystemFaults: Array<{ fault: string; cable: string }>;
}

/** Cables in service (not in the model's out-of-service list) that list the country but
 * none of whose landing points is drawn there. */
function unnamedLandingsOf(data: ExposureData | null, out: ReadonlySet<string>, code: string): string[] {
  if (!data) return [];
  const stationCountry = new Map(data.landings.map((f) => [f.properties.id, f.properties.countries]));
  return data.cables
    .map((f) => f.properties)
    .filter(
      (c) => !out.has(c.id) && c.countries.includes(code) && !(c.landingPoints ?? []).some((id) => stationCountry.get(id)?.[0] === code),
    )
    .map((c) => c.id)
    .sort();
}

export const networkViewOf = memoLast((answer: NetworkAnswer | null, data: ExposureData | null, active: boolean): NetworkView | null => {
  if (!answer) return null;
  const { before, after } = answer;
  const out = new Set(after.outOfService);
  const cache = new Map<string, CountryRoutes | null>();
  return {
    answer,
    active,
    loss: after.countries.map((a) => {
      const was = before.countries.find((x) => x.code === a.code)?.outside.routes ?? a.outside.routes;
      return { code: a.code, before: was, after: a.outside.routes, state: routeLossState(was, a.outside.routes) };
    }),
    wholeSystemFaults: before.faultCuts.filter((f) => f.mode === 'whole').map((f) => ({ fault: f.fault, cable: f.cable })),
    pair(a, b) {
      const was = pairCutOf(before.matrix, a, b);
      const now = pairCutOf(after.matrix, a, b);
      return was === null || now === null ? null : { before: was, after: now };
    },
    country(code) {
      if (cache.has(code)) return cache.get(code)!;
      const b = before.countries.find((x) => x.code === code);
      const a = after.countries.find((x) => x.code === code);
      let r: CountryRoutes | null = null;
      if (b && a) {
        const gap = new RegExp(`^(\\S+) lists ${code},`);
        r = {
          code,
          before: b,
          after: a,
          active,
          unnamedLandings: unnamedLandingsOf(data, out, code),
          landGaps: before.warnings.flatMap((w) => gap.exec(w)?.[1] ?? []),
          latency: b.latency.map((l) => ({ to: l.to, before: l, after: a.latency.find((x) => x.to === l.to) ?? null })),
          spofs: a.spofs,
        };
      }
      cache.set(code, r);
      return r;
    },
  };
});

/** The edges of the surviving routes to outside of the given places (after the cuts),
 * sorted: what the map asks the worker to draw. */
export const routeEdgeIdsOf = memoLast((answer: NetworkAnswer | null | undefined, codes: string): readonly string[] => {
  if (!answer || !codes) return [];
  const want = new Set(codes.split(','));
  const ids = new Set<string>();
  for (const c of answer.after.countries) if (want.has(c.code)) for (const p of c.outside.paths) for (const e of p.edges) ids.add(e);
  return [...ids].sort();
});

/** What the map draws of the route model: the surviving routes of the selected place (or
 * the compared pair), and the corridors cut. */
export interface RouteOverlay {
  routes: {
    type: 'FeatureCollection';
    features: Array<{
      type: 'Feature';
      geometry: { type: 'LineString'; coordinates: number[][] };
      properties: { id: string; asset: string };
    }>;
  };
  corridors: {
    type: 'FeatureCollection';
    features: Array<{ type: 'Feature'; geometry: { type: 'Polygon'; coordinates: number[][][] }; properties: { id: string } }>;
  };
  /** The places whose routes are drawn. */
  places: string[];
}

/** One empty collection: an overlay with nothing to draw is the same object each time, so
 * the map has nothing to send again. */
const NO_FEATURES = { type: 'FeatureCollection' as const, features: [] as never[] };

const routeLinesOf = memoLast((lines: readonly EdgeLine[] | undefined, ids: readonly string[]): RouteOverlay['routes'] => {
  const want = new Set(ids);
  const features = (lines ?? [])
    .filter((l) => want.has(l.id))
    .map((l) => ({
      type: 'Feature' as const,
      geometry: { type: 'LineString' as const, coordinates: l.coords },
      properties: { id: l.id, asset: l.asset },
    }));
  return features.length ? { type: 'FeatureCollection', features } : NO_FEATURES;
});

const cutCorridorsOf = memoLast((corridors: readonly Corridor[] | undefined, cut: readonly string[]): RouteOverlay['corridors'] => {
  const features = (corridors ?? [])
    .filter((c) => cut.includes(c.id))
    .map((c) => {
      const ring = c.polygon.map((p) => [p[0], p[1]]);
      const closed = ring.length && (ring[0]![0] !== ring.at(-1)![0] || ring[0]![1] !== ring.at(-1)![1]) ? [...ring, ring[0]!] : ring;
      return { type: 'Feature' as const, geometry: { type: 'Polygon' as const, coordinates: [closed] }, properties: { id: c.id } };
    });
  return features.length ? { type: 'FeatureCollection', features } : NO_FEATURES;
});

export const routeOverlayOf = memoLast(
  (
    lines: readonly EdgeLine[] | undefined,
    ids: readonly string[],
    places: string,
    corridors: readonly Corridor[] | undefined,
    cut: readonly string[],
  ): RouteOverlay => ({
    routes: routeLinesOf(lines, ids),
    corridors: cutCorridorsOf(corridors, cut),
    places: places ? places.split(',') : [],
  }),
);
