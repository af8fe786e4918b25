/**
 * A date and a what-if on the graph: which edges are up. Nothing is rebuilt; a system not
 * in service on the day, a fault active that day, a cut cable, a cut segment and a cut
 * corridor only switch edges off.
 */
import type { AssetFeature, Corridor, Fault } from '../../data/schema';
import { faultActiveOn, inServiceOn } from '../exposure';
import { lineHitsPolygon, pointLineKm, preparePolygon } from './geo';
import type { NetworkGraph } from './graph';

export interface NetworkScenario {
  /** The day, YYYY-MM-DD. */
  day: string;
  /** Whole cables (or land links) cut by the reader. */
  cut?: readonly string[];
  /** Single segments cut by the reader (edge ids such as `cable-apg:s3`). */
  segments?: readonly string[];
  /** Corridors cut: every segment whose drawn line crosses the polygon. */
  corridors?: readonly string[];
  /** Apply the faults of the log active that day (default true). */
  faults?: boolean;
}

export interface ScenarioData {
  cables: readonly AssetFeature[];
  fibre: readonly AssetFeature[];
  faults: readonly Fault[];
  corridors: readonly Corridor[];
}

/** How a fault of the log acts on the day: the segment of its cable nearest the fault's
 * location, or, when the log gives no location, the whole system. */
export interface FaultCut {
  fault: string;
  cable: string;
  mode: 'segment' | 'whole';
  segments: string[];
}

export interface CorridorCut {
  corridor: string;
  /** Segments (in service that day) whose drawn line crosses the corridor. */
  segments: string[];
  cables: string[];
}

export interface ScenarioState {
  day: string;
  /** 1 when the edge is up. */
  alive: Uint8Array;
  /** Cables and land links not in service that day (left out). */
  outOfService: string[];
  faultCuts: FaultCut[];
  corridorCuts: CorridorCut[];
  /** Every physical edge (segment or land piece) that a fault, the reader or a corridor
   * took down, as ids. */
  down: string[];
}

const crossCache = new WeakMap<NetworkGraph, WeakMap<Corridor, number[]>>();

/** The segments whose drawn line crosses the corridor (every cable, whatever its date).
 * Cached per graph and corridor. */
export function segmentsCrossing(g: NetworkGraph, corridor: Corridor): number[] {
  let m = crossCache.get(g);
  if (!m) crossCache.set(g, (m = new WeakMap()));
  const hit = m.get(corridor);
  if (hit) return hit;
  const poly = preparePolygon(corridor.polygon);
  const out: number[] = [];
  g.edges.forEach((e, i) => {
    if (e.kind === 'segment' && e.coords && lineHitsPolygon(e.coords, poly)) out.push(i);
  });
  m.set(corridor, out);
  return out;
}

/** The cables whose drawn route crosses the corridor (for "through" / "avoiding" filters). */
export function cablesCrossing(g: NetworkGraph, corridor: Corridor): Set<string> {
  return new Set(segmentsCrossing(g, corridor).map((i) => g.edges[i]!.asset!));
}

/** The segment of a cable nearest a point (the fault's location). */
export function nearestSegment(g: NetworkGraph, cable: string, lon: number, lat: number): number | null {
  let best: number | null = null;
  let bestKm = Infinity;
  for (const i of g.edgesOfAsset.get(cable) ?? []) {
    const e = g.edges[i]!;
    if (e.kind !== 'segment' || !e.coords) continue;
    const km = pointLineKm(lon, lat, e.coords);
    if (km < bestKm) [best, bestKm] = [i, km];
  }
  return best;
}

/** Which edges are up on the scenario's day with its cuts. */
export function applyScenario(g: NetworkGraph, data: ScenarioData, s: NetworkScenario): ScenarioState {
  const alive = new Uint8Array(g.edges.length).fill(1);
  const outOfService: string[] = [];
  const kill = (ids: Iterable<number>) => {
    for (const i of ids) alive[i] = 0;
  };
  for (const f of [...data.cables, ...data.fibre]) {
    if (inServiceOn(f.properties, s.day)) continue;
    outOfService.push(f.properties.id);
    kill(g.edgesOfAsset.get(f.properties.id) ?? []);
  }
  const physical = (i: number) => g.edges[i]!.kind === 'segment' || g.edges[i]!.kind === 'land';
  const down = new Set<number>();
  const cutDown = (ids: Iterable<number>) => {
    for (const i of ids) {
      if (!alive[i]) continue;
      if (physical(i)) down.add(i);
      alive[i] = 0;
    }
  };
  const faultCuts: FaultCut[] = [];
  if (s.faults !== false) {
    for (const f of data.faults) {
      if (!faultActiveOn(f, s.day)) continue;
      for (const cable of f.cables) {
        if (!g.edgesOfAsset.has(cable)) continue;
        const loc = f.location?.coordinates;
        const seg = loc ? nearestSegment(g, cable, loc[0], loc[1]) : null;
        if (seg !== null) {
          faultCuts.push({ fault: f.id, cable, mode: 'segment', segments: [g.edges[seg]!.id] });
          cutDown([seg]);
        } else {
          const ids = (g.edgesOfAsset.get(cable) ?? []).filter(physical);
          faultCuts.push({ fault: f.id, cable, mode: 'whole', segments: ids.map((i) => g.edges[i]!.id) });
          cutDown(g.edgesOfAsset.get(cable) ?? []);
        }
      }
    }
  }
  for (const id of s.cut ?? []) cutDown(g.edgesOfAsset.get(id) ?? []);
  for (const id of s.segments ?? []) {
    const i = g.edgeIndex.get(id);
    if (i !== undefined && physical(i)) cutDown([i]);
  }
  const corridorCuts: CorridorCut[] = [];
  for (const id of s.corridors ?? []) {
    const c = data.corridors.find((x) => x.id === id);
    if (!c) continue;
    const hit = segmentsCrossing(g, c).filter((i) => alive[i] || down.has(i));
    corridorCuts.push({
      corridor: id,
      segments: hit.map((i) => g.edges[i]!.id),
      cables: [...new Set(hit.map((i) => g.edges[i]!.asset!))].sort(),
    });
    cutDown(hit);
  }
  return {
    day: s.day,
    alive,
    outOfService: outOfService.sort(),
    faultCuts,
    corridorCuts,
    down: [...down].sort((a, b) => a - b).map((i) => g.edges[i]!.id),
  };
}
