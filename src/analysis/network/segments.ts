/**
 * A cable's segments as a reader can name them: each segment of the drawn route with its
 * length and, at each end, the landing stations attached there (or, where none is, the kind
 * of point: a branching unit, a joint, a loose end). For cutting one segment from a cable's
 * panel.
 */
import type { NetworkGraph, NodeKind } from './graph';

export interface SegmentEnd {
  /** Landing-point ids attached at this end (empty at sea). */
  stations: string[];
  kind: NodeKind;
}

export interface CableSegment {
  /** `<cable>:s<k>` (the URL's `seg=` and the scenario's `segments`). */
  id: string;
  km: number;
  ends: [SegmentEnd, SegmentEnd];
}

function endOf(g: NetworkGraph, node: number): SegmentEnd {
  const stations: string[] = [];
  for (let k = g.adjStart[node]!; k < g.adjStart[node + 1]!; k++) {
    const a = g.adjArc[k]!;
    const e = g.edges[a >> 1]!;
    if (e.kind !== 'attach') continue;
    const other = g.nodes[a & 1 ? e.u : e.v]!;
    if (other.kind === 'station' && !stations.includes(other.id)) stations.push(other.id);
  }
  return { stations: stations.sort(), kind: g.nodes[node]!.kind };
}

/** The cable's segments, in the order the drawn parts run. */
export function cableSegments(g: NetworkGraph, cable: string): CableSegment[] {
  return (g.edgesOfAsset.get(cable) ?? [])
    .filter((i) => g.edges[i]!.kind === 'segment')
    .map((i) => {
      const e = g.edges[i]!;
      return { id: e.id, km: Math.round(e.km), ends: [endOf(g, e.u), endOf(g, e.v)] as [SegmentEnd, SegmentEnd] };
    });
}
