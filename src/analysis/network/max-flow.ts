/**
 * Edge-disjoint routes by max-flow (Menger: in an undirected graph the largest number of
 * edge-disjoint paths between two sets equals the smallest number of edges whose removal
 * separates them). Dinic's algorithm on the undirected graph: each edge is two arcs with the edge's capacity each; physical edges have capacity
 * 1, assumed links (attachments, national networks) an unbounded one, so only physical
 * edges are counted and cut. Many sources and sinks are handled by searches that start
 * from every source and stop at the first sink (no super-nodes).
 */
import { UNBOUNDED, type NetworkGraph } from './graph';

/** The part of a graph max-flow reads: node and edge counts, edge ends and capacities,
 * and CSR adjacency over arcs (arc 2e runs eu→ev, 2e+1 back). */
export interface FlowGraph {
  n: number;
  m: number;
  eu: Int32Array;
  ev: Int32Array;
  ecap: Int32Array;
  adjStart: Int32Array;
  adjArc: Int32Array;
}

/** A NetworkGraph as a FlowGraph (same nodes and edges). */
export const asFlowGraph = (g: NetworkGraph): FlowGraph => ({
  n: g.nodes.length,
  m: g.edges.length,
  eu: g.eu,
  ev: g.ev,
  ecap: g.ecap,
  adjStart: g.adjStart,
  adjArc: g.adjArc,
});

interface Scratch {
  res: Int32Array;
  queue: Int32Array;
  level: Int32Array;
  iter: Int32Array;
  stackN: Int32Array;
  stackA: Int32Array;
}
const scratchOf = new WeakMap<FlowGraph, Scratch>();
function scratch(g: FlowGraph): Scratch {
  let s = scratchOf.get(g);
  if (!s) {
    const n = g.n;
    s = {
      res: new Int32Array(g.m * 2),
      queue: new Int32Array(n),
      level: new Int32Array(n),
      iter: new Int32Array(n),
      stackN: new Int32Array(n + 1),
      stackA: new Int32Array(n + 1),
    };
    scratchOf.set(g, s);
  }
  return s;
}

export interface FlowResult {
  /** Number of edge-disjoint routes (Infinity when a source is a sink or only assumed
   * links join them; capped at `limit` when one is given). */
  value: number;
  /** Residual capacities after the flow (arc 2e: u→v, 2e+1: v→u). A copy when
   * keepResidual, else the shared scratch buffer (valid until the next call). */
  res: Int32Array;
}

/**
 * Max-flow from `sources` to the nodes marked in `sink`, over the edges marked alive:
 * Dinic's algorithm (BFS levels from every source, then blocking flows by an iterative
 * DFS), stopping once the flow reaches `limit` (a cheap "at least k" test).
 */
export function maxFlow(
  g: FlowGraph,
  alive: Uint8Array,
  sources: readonly number[],
  sink: Uint8Array,
  limit = Infinity,
  keepResidual = true,
): FlowResult {
  const sc = scratch(g);
  const { res, queue, level, iter, stackN, stackA } = sc;
  const { ecap, eu, ev, adjStart, adjArc } = g;
  const { m, n } = g;
  const done = (value: number): FlowResult => ({ value, res: keepResidual ? res.slice() : res });
  for (let e = 0; e < m; e++) {
    const c = alive[e] ? ecap[e]! : 0;
    res[2 * e] = c;
    res[2 * e + 1] = c;
  }
  for (const s of sources) if (sink[s]) return done(Infinity);
  let value = 0;
  while (value < limit) {
    // levels
    level.fill(-1);
    let head = 0;
    let tail = 0;
    for (const s of sources) {
      level[s] = 0;
      queue[tail++] = s;
    }
    let reached = false;
    while (head < tail) {
      const x = queue[head++]!;
      if (sink[x]) {
        reached = true;
        continue; // a route ends at the first sink it meets
      }
      for (let k = adjStart[x]!, end = adjStart[x + 1]!; k < end; k++) {
        const a = adjArc[k]!;
        if (res[a] === 0) continue;
        const y = a & 1 ? eu[a >> 1]! : ev[a >> 1]!;
        if (level[y]! >= 0) continue;
        level[y] = level[x]! + 1;
        queue[tail++] = y;
      }
    }
    if (!reached) break;
    for (let x = 0; x < n; x++) iter[x] = adjStart[x]!;
    // blocking flow
    for (const s of sources) {
      let top = 0;
      stackN[0] = s;
      while (top >= 0 && value < limit) {
        const x = stackN[top]!;
        if (sink[x] && top > 0) {
          let b = UNBOUNDED;
          for (let i = 1; i <= top; i++) if (res[stackA[i]!]! < b) b = res[stackA[i]!]!;
          // a path of assumed links only (no physical edge on it): no finite cut
          if (b >= UNBOUNDED >> 1) return done(Infinity);
          if (b > limit - value) b = limit - value;
          for (let i = 1; i <= top; i++) {
            const a = stackA[i]!;
            res[a] = res[a]! - b;
            res[a ^ 1] = res[a ^ 1]! + b;
          }
          value += b;
          if (value >= UNBOUNDED >> 1) return done(Infinity);
          top = 0; // restart from the source; the arc pointers keep the progress
          continue;
        }
        let advanced = false;
        for (let end = adjStart[x + 1]!; iter[x]! < end; iter[x]!++) {
          const a = adjArc[iter[x]!]!;
          if (res[a] === 0) continue;
          const y = a & 1 ? eu[a >> 1]! : ev[a >> 1]!;
          if (level[y] !== level[x]! + 1) continue;
          stackN[++top] = y;
          stackA[top] = a;
          advanced = true;
          break;
        }
        if (!advanced) {
          level[x] = -1; // dead end for this phase
          top--;
          if (top >= 0) iter[stackN[top]!]!++;
        }
      }
      if (value >= limit) break;
    }
  }
  return done(value);
}

/** The nodes on the source side of a minimum cut: reachable from the sources through
 * arcs with residual capacity left. */
export function sourceSide(g: FlowGraph, res: Int32Array, sources: readonly number[]): Uint8Array {
  const seen = new Uint8Array(g.n);
  const queue: number[] = [];
  for (const s of sources) {
    seen[s] = 1;
    queue.push(s);
  }
  for (let h = 0; h < queue.length; h++) {
    const x = queue[h]!;
    for (let k = g.adjStart[x]!; k < g.adjStart[x + 1]!; k++) {
      const a = g.adjArc[k]!;
      if (res[a] === 0) continue;
      const y = a & 1 ? g.eu[a >> 1]! : g.ev[a >> 1]!;
      if (seen[y]) continue;
      seen[y] = 1;
      queue.push(y);
    }
  }
  return seen;
}

/** Net flow on each edge (positive: u→v), from a residual. */
export function edgeFlows(g: FlowGraph, alive: Uint8Array, res: Int32Array): Int32Array {
  const f = new Int32Array(g.m);
  for (let e = 0; e < g.m; e++) if (alive[e]) f[e] = (res[2 * e + 1]! - res[2 * e]!) / 2;
  return f;
}

/** Splits a flow into paths (edge indices, source to sink): each the shortest path (by
 * hops) through the edges still carrying flow, so flow cycles are never walked. */
export function flowPaths(g: FlowGraph, flow: Int32Array, sources: readonly number[], sink: Uint8Array, max: number): number[][] {
  const f = flow.slice();
  const n = g.n;
  const parent = new Int32Array(n);
  const seen = new Uint8Array(n);
  const paths: number[][] = [];
  const { eu, ev, adjStart, adjArc } = g;
  while (paths.length < max) {
    seen.fill(0);
    const queue: number[] = [];
    for (const s of sources) {
      seen[s] = 1;
      parent[s] = -1;
      queue.push(s);
    }
    let t = -1;
    for (let h = 0; h < queue.length && t < 0; h++) {
      const x = queue[h]!;
      for (let k = adjStart[x]!; k < adjStart[x + 1]!; k++) {
        const a = adjArc[k]!;
        const e = a >> 1;
        // arc 2e runs u→v: usable when flow is positive; arc 2e+1 when negative
        if (a & 1 ? f[e]! >= 0 : f[e]! <= 0) continue;
        const y = a & 1 ? eu[e]! : ev[e]!;
        if (seen[y]) continue;
        seen[y] = 1;
        parent[y] = a;
        if (sink[y]) {
          t = y;
          break;
        }
        queue.push(y);
      }
    }
    if (t < 0) break;
    const path: number[] = [];
    for (let y = t; parent[y]! >= 0;) {
      const a = parent[y]!;
      const e = a >> 1;
      f[e] = f[e]! + (a & 1 ? 1 : -1);
      path.push(e);
      y = a & 1 ? ev[e]! : eu[e]!;
    }
    paths.push(path.reverse());
  }
  return paths;
}
