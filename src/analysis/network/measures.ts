/**
 * What the model measures on a graph whose live edges are given: independent routes
 * (edge-disjoint, by max-flow) to outside the region, to mainland China and to Singapore;
 * the min-cut matrix between places; single points of failure; and latency along the
 * shortest surviving route.
 */
import { gcKm } from './geo';
import type { NetworkGraph, NodeKind } from './graph';
import { flowAlive, flowView, type FlowView } from './flow-view';
import { edgeFlows, flowPaths, maxFlow, sourceSide } from './max-flow';
import { HUB_BY_CODE, HUBS, isOutside } from './places';

/** Round-trip time per km of route: light in fibre covers ~204 km per ms (group index
 * ~1.47), so 4.9 µs per km each way. */
export const FIBRE_MS_PER_KM = 0.0049;

export interface Route {
  /** Physical edges (cable segments, land pieces) in order, source to target. */
  edges: string[];
  /** Cables and land links it runs on, in order (consecutive repeats merged). */
  assets: string[];
}

export interface RouteSet {
  /** Edge-disjoint routes (Menger); Infinity only from a place to itself. */
  routes: number;
  paths: Route[];
}

export interface SinglePoint {
  kind: 'segment' | 'land' | 'station' | 'branch' | 'crossing';
  /** Edge id (segment or land piece) or node id (station, branching unit, crossing). */
  id: string;
  /** Cable or land link (segments), or the systems at a station or branching unit. */
  assets: string[];
  /** Routes to outside left without it. */
  routesAfter: number;
}

export interface Latency {
  /** Hub place code. */
  to: string;
  /** Shortest surviving route, km; null when none survives. */
  km: number | null;
  /** km × 2 × 4.9 µs/km + the stated overhead. */
  rttMs: number | null;
  /** Great-circle distance between the hubs and the same formula on it (a lower bound). */
  gcKm: number;
  gcRttMs: number;
  assets: string[];
}

export interface CountryNetwork {
  code: string;
  outside: RouteSet;
  /** null for China itself. Paths listed only with `paths: 'all'`. */
  china: RouteSet | null;
  /** null for Singapore itself. Paths listed only with `paths: 'all'`. */
  singapore: RouteSet | null;
  /** Losses that disconnect the country from outside or leave half its routes or fewer. */
  spofs: SinglePoint[];
  latency: Latency[];
}

export interface MeasureOptions {
  /** Fixed overhead added to every round trip (equipment, routing), ms. Default 0. */
  overheadMs?: number;
  /** Hubs latency is measured to (place codes). Default Singapore, Hong Kong, Beijing. */
  latencyTo?: readonly string[];
  /** Which route sets list their paths: 'outside' (default), 'all', or 'none'. */
  paths?: 'outside' | 'all' | 'none';
  /** Compute single points of failure (the costly part). Default true. */
  spof?: boolean;
  /** Paths listed per route set (default 12). */
  maxPaths?: number;
}

const physical = (g: NetworkGraph, e: number) => g.edges[e]!.kind === 'segment' || g.edges[e]!.kind === 'land';

/** A graph with the day's live edges, in both indexings (graph and flow view). */
export interface Live {
  g: NetworkGraph;
  alive: Uint8Array;
  view: FlowView;
  falive: Uint8Array;
}

export function liveGraph(g: NetworkGraph, alive: Uint8Array): Live {
  const view = flowView(g);
  return { g, alive, view, falive: flowAlive(view, alive) };
}

function toRoute(L: Live, flowPath: number[]): Route {
  const edges: string[] = [];
  const assets: string[] = [];
  for (const fe of flowPath) {
    const e = L.view.orig[fe]!;
    const ed = L.g.edges[e]!;
    if (!physical(L.g, e)) continue;
    edges.push(ed.id);
    if (assets[assets.length - 1] !== ed.asset) assets.push(ed.asset!);
  }
  return { edges, assets };
}

const sinkCache = new WeakMap<NetworkGraph, Map<string, Uint8Array>>();
/** The flow nodes a target stands for: 'outside' (every node in a country outside the
 * region) or a place (its national network). */
export function sinkOf(L: Live, target: string): Uint8Array {
  let m = sinkCache.get(L.g);
  if (!m) sinkCache.set(L.g, (m = new Map<string, Uint8Array>()));
  const hit = m.get(target);
  if (hit) return hit;
  const s = new Uint8Array(L.view.fg.n);
  if (target === 'outside') L.g.nodes.forEach((n, i) => isOutside(n.country) && (s[L.view.comp[i]!] = 1));
  else {
    const h = L.g.hubOf.get(target);
    if (h !== undefined) s[L.view.comp[h]!] = 1;
  }
  m.set(target, s);
  return s;
}

const sourceOf = (L: Live, code: string): number | undefined => {
  const h = L.g.hubOf.get(code);
  return h === undefined ? undefined : L.view.comp[h];
};

/** Edge-disjoint routes from a place (its national network) to a target ('outside' or a
 * place code), with up to maxPaths of them listed. */
export function routesBetween(L: Live, from: string, to: string, maxPaths = 12): RouteSet {
  const src = sourceOf(L, from);
  if (src === undefined) return { routes: 0, paths: [] };
  const sink = sinkOf(L, to);
  const { value, res } = maxFlow(L.view.fg, L.falive, [src], sink, Infinity, maxPaths > 0);
  if (!Number.isFinite(value)) return { routes: Infinity, paths: [] };
  const paths =
    value > 0 && maxPaths > 0
      ? flowPaths(L.view.fg, edgeFlows(L.view.fg, L.falive, res), [src], sink, maxPaths).map((p) => toRoute(L, p))
      : [];
  return { routes: value, paths };
}

/** The min-cut (= number of edge-disjoint routes) between every two places; the
 * diagonal is null. Gusfield's algorithm: n − 1 max-flows give a flow-equivalent tree of
 * the places, whose smallest edge on the path between two places is their min-cut. */
export function cutMatrix(L: Live, places: readonly string[]): (number | null)[][] {
  const fg = L.view.fg;
  const out = places.map((_, i): (number | null)[] => places.map((__, j) => (i === j ? null : 0)));
  // the places that have a node (a place with none is cut 0 from everything)
  const idx = places.map((_, i) => i).filter((i) => sourceOf(L, places[i]!) !== undefined);
  const nodes = idx.map((i) => sourceOf(L, places[i]!)!);
  const n = idx.length;
  const parent = new Array<number>(n).fill(0);
  const weight = new Array<number>(n).fill(0);
  for (let i = 1; i < n; i++) {
    const s = nodes[i]!;
    const sink = new Uint8Array(fg.n);
    sink[nodes[parent[i]!]!] = 1;
    const { value, res } = maxFlow(fg, L.falive, [s], sink, Infinity, false);
    weight[i] = value;
    const side = sourceSide(fg, res, [s]);
    for (let j = i + 1; j < n; j++) if (parent[j] === parent[i] && side[nodes[j]!]) parent[j] = i;
  }
  const adj: [number, number][][] = nodes.map(() => []);
  for (let k = 1; k < n; k++) {
    adj[k]!.push([parent[k]!, weight[k]!]);
    adj[parent[k]!]!.push([k, weight[k]!]);
  }
  for (let i = 0; i < n; i++) {
    // the smallest weight on the tree path from i to every other place
    const best = new Array<number>(n).fill(-1);
    best[i] = Infinity;
    const stack = [i];
    while (stack.length) {
      const x = stack.pop()!;
      for (const [y, w] of adj[x]!) {
        if (best[y]! >= 0) continue;
        best[y] = Math.min(best[x]!, w);
        stack.push(y);
      }
    }
    for (let j = 0; j < n; j++) if (j !== i) out[idx[i]!]![idx[j]!] = best[j]!;
  }
  return out;
}

/** Every pair's min-cut by its own max-flow (the slow reference for cutMatrix). */
export function cutMatrixPairwise(L: Live, places: readonly string[]): (number | null)[][] {
  const out = places.map((): (number | null)[] => places.map(() => null));
  for (let i = 0; i < places.length; i++)
    for (let j = i + 1; j < places.length; j++) {
      const v = routesBetween(L, places[i]!, places[j]!, 0).routes;
      out[i]![j] = v;
      out[j]![i] = v;
    }
  return out;
}

const SPOF_KIND: Partial<Record<NodeKind, SinglePoint['kind']>> = { station: 'station', branch: 'branch', land: 'crossing' };

/** Single points of failure for a place's routes to outside (k of them): a physical edge,
 * or a station, branching unit or land-link vertex, whose loss leaves none or at most
 * k/2. Only candidates the max-flow shows could matter are tested: an edge's loss takes at
 * most one route (so edges only when k ≤ 2, and only one carrying flow), a node's at most
 * the flow on its own edges. */
export function singlePoints(L: Live, from: string): SinglePoint[] {
  const { g, view } = L;
  const fg = view.fg;
  const src = sourceOf(L, from);
  if (src === undefined) return [];
  const sink = sinkOf(L, 'outside');
  const { value: k, res } = maxFlow(fg, L.falive, [src], sink);
  if (k === 0 || !Number.isFinite(k)) return [];
  const half = Math.floor(k / 2);
  const need = k - half; // the loss must take at least this many routes
  const flow = edgeFlows(fg, L.falive, res);
  const out: SinglePoint[] = [];
  const test = (kill: number[]) => {
    const a = L.falive.slice();
    for (const fe of kill) a[fe] = 0;
    return maxFlow(fg, a, [src], sink, half + 1, false).value;
  };
  if (k <= 2) {
    for (let fe = 0; fe < fg.m; fe++) {
      const e = view.orig[fe]!;
      if (!flow[fe] || !physical(g, e)) continue;
      const after = test([fe]);
      if (after <= half) {
        const ed = g.edges[e]!;
        out.push({ kind: ed.kind === 'land' ? 'land' : 'segment', id: ed.id, assets: [ed.asset!], routesAfter: after });
      }
    }
  }
  for (let v = 0; v < g.nodes.length; v++) {
    const kind = SPOF_KIND[g.nodes[v]!.kind];
    if (!kind) continue;
    const kill: number[] = [];
    let through = 0;
    for (let q = g.adjStart[v]!; q < g.adjStart[v + 1]!; q++) {
      const fe = view.flowEdgeOf[g.adjArc[q]! >> 1]!;
      if (fe < 0) continue;
      kill.push(fe);
      through += Math.abs(flow[fe]!);
    }
    if (through < need) continue;
    const after = test(kill);
    if (after <= half) {
      const assets = [...new Set(kill.filter((fe) => L.falive[fe]).map((fe) => g.edges[view.orig[fe]!]!.asset!))].sort();
      out.push({ kind, id: g.nodes[v]!.id, assets, routesAfter: after });
    }
  }
  return out.sort((a, b) => a.routesAfter - b.routesAfter || a.id.localeCompare(b.id));
}

/** Dijkstra by km from one node over live edges: distance and the arc each node was
 * reached by. */
export function shortestFrom(g: NetworkGraph, alive: Uint8Array, src: number): { dist: Float64Array; via: Int32Array } {
  const n = g.nodes.length;
  const dist = new Float64Array(n).fill(Infinity);
  const via = new Int32Array(n).fill(-1);
  const heapN: number[] = [];
  const heapD: number[] = [];
  const push = (v: number, d: number) => {
    let i = heapN.length;
    heapN.push(v);
    heapD.push(d);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heapD[p]! <= d) break;
      heapN[i] = heapN[p]!;
      heapD[i] = heapD[p]!;
      i = p;
    }
    heapN[i] = v;
    heapD[i] = d;
  };
  const pop = (): [number, number] => {
    const v = heapN[0]!;
    const d = heapD[0]!;
    const lv = heapN.pop()!;
    const ld = heapD.pop()!;
    const len = heapN.length;
    if (len) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= len) break;
        if (c + 1 < len && heapD[c + 1]! < heapD[c]!) c++;
        if (heapD[c]! >= ld) break;
        heapN[i] = heapN[c]!;
        heapD[i] = heapD[c]!;
        i = c;
      }
      heapN[i] = lv;
      heapD[i] = ld;
    }
    return [v, d];
  };
  dist[src] = 0;
  push(src, 0);
  const { adjStart, adjArc, eu, ev, ekm } = g;
  while (heapN.length) {
    const [x, d] = pop();
    if (d > dist[x]!) continue;
    for (let k = adjStart[x]!; k < adjStart[x + 1]!; k++) {
      const a = adjArc[k]!;
      const e = a >> 1;
      if (!alive[e]) continue;
      const y = a & 1 ? eu[e]! : ev[e]!;
      const nd = d + ekm[e]!;
      if (nd < dist[y]!) {
        dist[y] = nd;
        via[y] = a;
        push(y, nd);
      }
    }
  }
  return { dist, via };
}

/** Shortest surviving routes from a hub to every place's hub (one Dijkstra; the graph is
 * undirected, so this is also every place's latency to that hub). Keyed by place code. */
export function latencyTo(L: Live, hub: string, overheadMs = 0): Map<string, Latency> {
  const { g, alive } = L;
  const out = new Map<string, Latency>();
  const src = g.hubOf.get(hub);
  const h0 = HUB_BY_CODE.get(hub);
  if (!h0) return out;
  const sp = src === undefined ? null : shortestFrom(g, alive, src);
  for (const h of HUBS) {
    if (h.code === hub) continue;
    const gc = gcKm(h0.lon, h0.lat, h.lon, h.lat);
    const t = g.hubOf.get(h.code);
    const km = !sp || t === undefined || !Number.isFinite(sp.dist[t]!) ? null : sp.dist[t]!;
    // walk back from the place to the hub: the route from the place's side
    const assets: string[] = [];
    if (km !== null && sp)
      for (let y = t!; sp.via[y]! >= 0;) {
        const a = sp.via[y]!;
        const e = g.edges[a >> 1]!;
        if ((e.kind === 'segment' || e.kind === 'land') && assets[assets.length - 1] !== e.asset) assets.push(e.asset!);
        y = a & 1 ? g.ev[a >> 1]! : g.eu[a >> 1]!;
      }
    out.set(h.code, {
      to: hub,
      km,
      rttMs: km === null ? null : km * 2 * FIBRE_MS_PER_KM + overheadMs,
      gcKm: gc,
      gcRttMs: gc * 2 * FIBRE_MS_PER_KM,
      assets,
    });
  }
  return out;
}

/** Every measure for the given places: routes, single points of failure, latency. */
export function measurePlaces(
  L: Live,
  codes: readonly string[],
  matrix: Map<string, number | null>,
  o: MeasureOptions = {},
): CountryNetwork[] {
  const maxPaths = o.maxPaths ?? 12;
  const mode = o.paths ?? 'outside';
  const hubs = (o.latencyTo ?? ['SG', 'HK', 'CN']).filter((c) => HUB_BY_CODE.has(c));
  const lat = hubs.map((h) => latencyTo(L, h, o.overheadMs ?? 0));
  const pair = (from: string, to: string): RouteSet =>
    mode === 'all'
      ? routesBetween(L, from, to, maxPaths)
      : { routes: matrix.get(`${from}>${to}`) ?? routesBetween(L, from, to, 0).routes, paths: [] };
  return codes.map((code) => ({
    code,
    outside: routesBetween(L, code, 'outside', mode === 'none' ? 0 : maxPaths),
    china: code === 'CN' ? null : pair(code, 'CN'),
    singapore: code === 'SG' ? null : pair(code, 'SG'),
    spofs: o.spof === false ? [] : singlePoints(L, code),
    latency: lat.map((m) => m.get(code)).filter((x): x is Latency => x !== undefined),
  }));
}
