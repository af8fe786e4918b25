import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNBOUNDED } from './graph';
import { edgeFlows, flowPaths, maxFlow, type FlowGraph } from './max-flow';

/** A FlowGraph from an edge list (capacity 1 each, or `big` for the marked ones). */
function flowGraph(n: number, edges: [number, number, boolean][]): FlowGraph {
  const m = edges.length;
  const eu = Int32Array.from(edges, (e) => e[0]);
  const ev = Int32Array.from(edges, (e) => e[1]);
  const ecap = Int32Array.from(edges, (e) => (e[2] ? UNBOUNDED : 1));
  const adjStart = new Int32Array(n + 1);
  for (const [u, v] of edges) {
    adjStart[u + 1]!++;
    adjStart[v + 1]!++;
  }
  for (let i = 0; i < n; i++) adjStart[i + 1]! += adjStart[i]!;
  const fill = adjStart.slice(0, n);
  const adjArc = new Int32Array(2 * m);
  edges.forEach(([u, v], e) => {
    adjArc[fill[u]!++] = 2 * e;
    adjArc[fill[v]!++] = 2 * e + 1;
  });
  return { n, m, eu, ev, ecap, adjStart, adjArc };
}

/** The minimum number of unit edges whose removal separates 0 from n−1: every node set
 * holding 0 and not n−1, by brute force (an unbounded edge may not be cut). */
function bruteMinCut(n: number, edges: [number, number, boolean][], alive: Uint8Array): number {
  let best = Infinity;
  for (let mask = 0; mask < 1 << (n - 2); mask++) {
    const inS = (x: number) => x === 0 || (x !== n - 1 && ((mask >> (x - 1)) & 1) === 1);
    let cut = 0;
    for (const [e, [u, v, big]] of edges.entries()) if (alive[e] && inS(u) !== inS(v)) cut += big ? Infinity : 1;
    best = Math.min(best, cut);
  }
  return best;
}

const graphs = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc
      .array(
        fc.tuple(
          fc.nat(n - 1),
          fc.nat(n - 1),
          fc.integer({ min: 0, max: 9 }).map((x) => x < 2),
        ),
        { maxLength: 24 },
      )
      .map((es) => es.filter(([u, v]) => u !== v)),
    dead: fc.array(fc.nat(23), { maxLength: 4 }),
  }),
);

describe('max-flow', () => {
  it('min-cut equals the number of edge-disjoint routes found (Menger)', () => {
    fc.assert(
      fc.property(graphs, ({ n, edges, dead }) => {
        const g = flowGraph(n, edges);
        const alive = new Uint8Array(edges.length).fill(1);
        for (const d of dead) if (d < edges.length) alive[d] = 0;
        const sink = new Uint8Array(n);
        sink[n - 1] = 1;
        const { value, res } = maxFlow(g, alive, [0], sink);
        expect(value).toBe(bruteMinCut(n, edges, alive));
        if (!Number.isFinite(value)) return void expect(maxFlow(g, alive, [0], sink, 1, false).value).toBeGreaterThanOrEqual(1);
        const paths = flowPaths(g, edgeFlows(g, alive, res), [0], sink, value + 1);
        expect(paths).toHaveLength(value);
        // each path runs from 0 to n−1 over live edges, and no unit edge is used twice
        const used = new Map<number, number>();
        for (const p of paths) {
          let at = 0;
          for (const e of p) {
            expect(alive[e]).toBe(1);
            const [u, v] = [g.eu[e]!, g.ev[e]!];
            expect(at === u || at === v).toBe(true);
            at = at === u ? v : u;
            used.set(e, (used.get(e) ?? 0) + 1);
          }
          expect(at).toBe(n - 1);
        }
        for (const [e, k] of used) if (g.ecap[e] === 1) expect(k).toBe(1);
        // and a capped search stops at the cap
        expect(maxFlow(g, alive, [0], sink, 1, false).value).toBe(Math.min(1, value));
      }),
      { numRuns: 300, seed: 21 },
    );
  });
});
