/**
 * The graph as max-flow sees it: every national network (unbounded, never cut) contracted
 * into one node per country, so a flow search does not wander through it. Attachments
 * stay (a station's loss is the loss of its attachments and land pieces); a land piece
 * inside one country, which the national network already bypasses, drops out.
 */
import type { NetworkGraph } from './graph';
import type { FlowGraph } from './max-flow';

export interface FlowView {
  fg: FlowGraph;
  /** Flow edge → graph edge. */
  orig: Int32Array;
  /** Graph edge → flow edge, or −1 when contracted away. */
  flowEdgeOf: Int32Array;
  /** Graph node → flow node. */
  comp: Int32Array;
}

const cache = new WeakMap<NetworkGraph, FlowView>();

export function flowView(g: NetworkGraph): FlowView {
  const hit = cache.get(g);
  if (hit) return hit;
  const n = g.nodes.length;
  const up = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (up[x] !== x) {
      up[x] = up[up[x]!]!;
      x = up[x]!;
    }
    return x;
  };
  g.edges.forEach((e) => {
    if (e.kind === 'national') up[find(e.u)] = find(e.v);
  });
  const comp = new Int32Array(n);
  const idOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let c = idOf.get(r);
    if (c === undefined) idOf.set(r, (c = idOf.size));
    comp[i] = c;
  }
  const orig: number[] = [];
  const flowEdgeOf = new Int32Array(g.edges.length).fill(-1);
  g.edges.forEach((e, i) => {
    if (e.kind === 'national' || comp[e.u] === comp[e.v]) return;
    flowEdgeOf[i] = orig.length;
    orig.push(i);
  });
  const fn = idOf.size;
  const m = orig.length;
  const eu = Int32Array.from(orig, (i) => comp[g.eu[i]!]!);
  const ev = Int32Array.from(orig, (i) => comp[g.ev[i]!]!);
  const ecap = Int32Array.from(orig, (i) => g.ecap[i]!);
  const adjStart = new Int32Array(fn + 1);
  for (let e = 0; e < m; e++) {
    adjStart[eu[e]! + 1]!++;
    adjStart[ev[e]! + 1]!++;
  }
  for (let i = 0; i < fn; i++) adjStart[i + 1]! += adjStart[i]!;
  const fill = adjStart.slice(0, fn);
  const adjArc = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    adjArc[fill[eu[e]!]!++] = 2 * e;
    adjArc[fill[ev[e]!]!++] = 2 * e + 1;
  }
  const view: FlowView = { fg: { n: fn, m, eu, ev, ecap, adjStart, adjArc }, orig: Int32Array.from(orig), flowEdgeOf, comp };
  cache.set(g, view);
  return view;
}

/** The live mask in flow-edge indexing. */
export function flowAlive(v: FlowView, alive: Uint8Array): Uint8Array {
  const out = new Uint8Array(v.orig.length);
  for (let e = 0; e < out.length; e++) out[e] = alive[v.orig[e]!]!;
  return out;
}
