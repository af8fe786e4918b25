/**
 * The network as a graph (built once per dataset and options; a date or a cut only
 * switches edges on and off, see scenario.ts).
 *
 * Nodes: landing stations (one per landing-point feature), the points of a cable's drawn
 * route where its parts meet (branching units), the loose ends of its parts, the vertices
 * of land links (their ends and border crossings), and one national-network hub per
 * country. Edges: cable segments between those nodes along the drawn line, land-link
 * pieces between consecutive vertices, a station's attachment to its cable's line end,
 * and the national network (each station or crossing to its country's hub, and to its
 * three nearest neighbours in the same country). Only cable segments and land-link pieces
 * are physical routes (capacity 1 in the max-flow); attachments and the national network
 * are assumptions (unbounded capacity, never counted as a route, never a single point of
 * failure). See docs/network-model.md.
 */
import type { AssetFeature } from '../../data/schema';
import { gcKm, lineKm, type Pos } from './geo';
import { HUB_BY_CODE, HUBS, REFERENCE_TOWNS } from './places';

export type NodeKind = 'station' | 'branch' | 'joint' | 'end' | 'land' | 'hub';
export type EdgeKind = 'segment' | 'land' | 'attach' | 'national';

export interface NetNode {
  /** lp-… for a station; `<cable>:n<k>` for a point on a cable's line; `<fibre>:v<k>` (or
   * the first link's id for a shared vertex) for a land-link vertex; `hub:<code>`. */
  id: string;
  kind: NodeKind;
  /** ISO code (HK, MO, TW are their own); null for points at sea on a cable. */
  country: string | null;
  lon: number;
  lat: number;
  /** The cable a point of a line belongs to; the land link(s) of a land vertex. */
  assets: string[];
}

export interface NetEdge {
  /** `<cable>:s<k>` for the k-th segment of a cable (in the order the drawn parts run);
   * `<fibre>:s<k>` for a land link's k-th piece; attach/national edges `a:`/`n:` ids. */
  id: string;
  kind: EdgeKind;
  u: number;
  v: number;
  km: number;
  /** 1 for a physical route (segment, land piece); UNBOUNDED for assumed links. */
  cap: number;
  /** The cable or land link; null for the national network. */
  asset: string | null;
  /** The drawn line of a segment or land piece. */
  coords: Pos[] | null;
}

export const UNBOUNDED = 1 << 28;

export interface GraphOptions {
  /** Vertices of one cable closer than this (degrees) are one point. Default 0.002 (~200 m). */
  snapDeg?: number;
  /** Countries whose stations and crossings are NOT joined by an assumed national network
   * (the hub then joins only what lies within metroKm of the hub point). */
  noNational?: readonly string[];
  /** Default 60 km. */
  metroKm?: number;
  /** National-network edge length = great-circle distance × this. Default 1. */
  nationalDetour?: number;
  /** Neighbours each station or crossing is joined to in its country. Default 3. */
  nationalNeighbours?: number;
}

export interface NetworkGraph {
  nodes: NetNode[];
  edges: NetEdge[];
  nodeIndex: Map<string, number>;
  edgeIndex: Map<string, number>;
  /** CSR adjacency over arcs: arc 2e runs u→v, arc 2e+1 runs v→u. */
  adjStart: Int32Array;
  adjArc: Int32Array;
  /** Country code → its hub node. */
  hubOf: Map<string, number>;
  /** Cable or land link id → its edges (segments and attachments, or pieces). */
  edgesOfAsset: Map<string, number[]>;
  /** Landings more than 30 km from every vertex of a cable that lists them. */
  attachWarnings: { cable: string; landing: string; km: number }[];
  /** Countries a land link lists that none of its drawn vertices stands for. */
  landWarnings: { link: string; country: string }[];
  /** Edge ends and capacities as typed arrays, for the hot loops. */
  eu: Int32Array;
  ev: Int32Array;
  ecap: Int32Array;
  ekm: Float64Array;
}

export interface GraphInput {
  cables: readonly AssetFeature[];
  landings: readonly AssetFeature[];
  fibre: readonly AssetFeature[];
}

/** A feature's drawn parts (a point is a one-vertex part). */
export const partsOf = (f: AssetFeature): Pos[][] =>
  f.geometry.type === 'MultiLineString'
    ? f.geometry.coordinates
    : f.geometry.type === 'LineString'
      ? [f.geometry.coordinates]
      : [[f.geometry.coordinates]];

/** Groups points closer than `tol` (degrees, per axis) into clusters; returns the cluster
 * of each point and each cluster's first point. */
function cluster(points: Pos[], tol: number): { of: Int32Array; first: number[] } {
  const grid = new Map<number, number[]>();
  const of = new Int32Array(points.length);
  const first: number[] = [];
  const key = (x: number, y: number) => x * 1_000_003 + y;
  points.forEach((p, i) => {
    const gx = Math.floor(p[0]! / tol);
    const gy = Math.floor(p[1]! / tol);
    let found = -1;
    for (let dx = -1; dx <= 1 && found < 0; dx++)
      for (let dy = -1; dy <= 1 && found < 0; dy++) {
        for (const c of grid.get(key(gx + dx, gy + dy)) ?? []) {
          const q = points[first[c]!]!;
          if (Math.abs(q[0]! - p[0]!) <= tol && Math.abs(q[1]! - p[1]!) <= tol) {
            found = c;
            break;
          }
        }
      }
    if (found < 0) {
      found = first.length;
      first.push(i);
      const k = key(gx, gy);
      const cell = grid.get(k);
      if (cell) cell.push(found);
      else grid.set(k, [found]);
    }
    of[i] = found;
  });
  return { of, first };
}

/** Which country a land-link vertex is in: the nearest reference point (hub, border-region
 * town, landing station) among the link's own countries. Then a country the link lists
 * that no vertex stands for takes the vertex nearest it among those that sit within 40 km
 * of a neighbouring vertex (a border pair drawn as two close points) and are not at a
 * reference town of their own country (within 5 km), so such a crossing is
 * not read as lying wholly on one side; a country still left without a vertex is reported. */
function landCountries(line: Pos[], countries: readonly string[], refs: Map<string, [number, number][]>): string[] {
  const dist = (p: Pos, c: string) => Math.min(...(refs.get(c) ?? [[Infinity, 0]]).map(([x, y]) => gcKm(p[0]!, p[1]!, x, y)));
  const d = line.map((p) => countries.map((c) => dist(p, c)));
  const out = line.map((_, i) => {
    const row = d[i]!;
    return countries[row.indexOf(Math.min(...row))]!;
  });
  for (const [ci, c] of countries.entries()) {
    if (out.includes(c)) continue;
    // the vertex nearest this country whose own country keeps another vertex
    let best = -1;
    const near = (i: number, j: number) => j >= 0 && j < line.length && gcKm(line[i]![0]!, line[i]![1]!, line[j]![0]!, line[j]![1]!) <= 40;
    for (let i = 0; i < line.length; i++) {
      const pinned = d[i]![countries.indexOf(out[i]!)]! <= 5; // a reference town of its own country
      if (pinned || out.filter((x) => x === out[i]).length < 2 || !(near(i, i - 1) || near(i, i + 1))) continue;
      if (best < 0 || d[i]![ci]! < d[best]![ci]!) best = i;
    }
    if (best >= 0) out[best] = c;
  }
  return out;
}

/** Builds the whole graph (every cable and land link, whatever its date). */
export function buildGraph(input: GraphInput, options: GraphOptions = {}): NetworkGraph {
  const tol = options.snapDeg ?? 0.002;
  const metroKm = options.metroKm ?? 60;
  const detour = options.nationalDetour ?? 1;
  const kNear = options.nationalNeighbours ?? 3;
  const noNational = new Set(options.noNational ?? []);
  const nodes: NetNode[] = [];
  const edges: NetEdge[] = [];
  const nodeIndex = new Map<string, number>();
  const edgeIndex = new Map<string, number>();
  const edgesOfAsset = new Map<string, number[]>();
  const attachWarnings: NetworkGraph['attachWarnings'] = [];
  const landWarnings: NetworkGraph['landWarnings'] = [];

  const addNode = (n: NetNode) => {
    nodeIndex.set(n.id, nodes.length);
    nodes.push(n);
    return nodes.length - 1;
  };
  const addEdge = (e: NetEdge) => {
    edgeIndex.set(e.id, edges.length);
    edges.push(e);
    if (e.asset) {
      const l = edgesOfAsset.get(e.asset);
      if (l) l.push(edges.length - 1);
      else edgesOfAsset.set(e.asset, [edges.length - 1]);
    }
    return edges.length - 1;
  };

  // stations
  const landingById = new Map<string, AssetFeature>();
  for (const l of input.landings) {
    landingById.set(l.properties.id, l);
    const [lon, lat] = l.geometry.type === 'Point' ? l.geometry.coordinates : partsOf(l)[0]![0]!;
    addNode({ id: l.properties.id, kind: 'station', country: l.properties.countries[0] ?? null, lon: lon!, lat: lat!, assets: [] });
  }

  // cables
  for (const c of input.cables) {
    const cid = c.properties.id;
    const parts = partsOf(c);
    const pts: Pos[] = [];
    const partOf: number[] = [];
    const isEnd: boolean[] = [];
    parts.forEach((part, pi) =>
      part.forEach((p, i) => {
        pts.push(p);
        partOf.push(pi);
        isEnd.push(i === 0 || i === part.length - 1);
      }),
    );
    if (pts.length < 2) continue;
    const { of, first } = cluster(pts, tol);
    const nc = first.length;
    const partsAt: Set<number>[] = Array.from({ length: nc }, () => new Set());
    const endAt = new Uint8Array(nc);
    pts.forEach((_, i) => {
      partsAt[of[i]!]!.add(partOf[i]!);
      if (isEnd[i]) endAt[of[i]!] = 1;
    });
    // attach each landing to its nearest line end, or a vertex when one is >5 km nearer
    const attachAt = new Map<number, string[]>();
    for (const lp of c.properties.landingPoints ?? []) {
      const l = landingById.get(lp);
      if (!l || l.geometry.type !== 'Point') continue;
      const [x, y] = l.geometry.coordinates;
      let bestEnd = -1,
        dEnd = Infinity,
        bestAny = -1,
        dAny = Infinity;
      for (let k = 0; k < nc; k++) {
        const p = pts[first[k]!]!;
        // a landing point lies in −180…180; the line may be unwrapped east of 180°
        const d = gcKm(p[0]! > 180 ? x + 360 : x, y, p[0]!, p[1]!);
        if (d < dAny) [dAny, bestAny] = [d, k];
        if (endAt[k] && d < dEnd) [dEnd, bestEnd] = [d, k];
      }
      const k = bestEnd >= 0 && dEnd <= dAny + 5 ? bestEnd : bestAny;
      const dk = k === bestEnd ? dEnd : dAny;
      if (dk > 30) attachWarnings.push({ cable: cid, landing: lp, km: Math.round(dk) });
      const l2 = attachAt.get(k);
      if (l2) l2.push(lp);
      else attachAt.set(k, [lp]);
    }
    // nodes: part ends, points shared by two or more parts, attachment points
    const nodeOf = new Int32Array(nc).fill(-1);
    let nk = 0;
    const mkNode = (k: number) => {
      if (nodeOf[k]! >= 0) return nodeOf[k]!;
      const p = pts[first[k]!]!;
      const kind: NodeKind = partsAt[k]!.size >= 2 ? 'branch' : attachAt.has(k) ? 'joint' : 'end';
      nodeOf[k] = addNode({ id: `${cid}:n${nk++}`, kind, country: null, lon: p[0]!, lat: p[1]!, assets: [cid] });
      return nodeOf[k];
    };
    for (let k = 0; k < nc; k++) if (endAt[k] || partsAt[k]!.size >= 2 || attachAt.has(k)) mkNode(k);
    // segments: each part split at nodes
    let sk = 0;
    let i0 = 0;
    for (const part of parts) {
      let start = -1;
      let line: Pos[] = [];
      for (let i = 0; i < part.length; i++) {
        const k = of[i0 + i]!;
        line.push(part[i]!);
        if (nodeOf[k]! < 0) continue;
        if (start >= 0 && start !== nodeOf[k]) {
          addEdge({ id: `${cid}:s${sk++}`, kind: 'segment', u: start, v: nodeOf[k]!, km: lineKm(line), cap: 1, asset: cid, coords: line });
        }
        start = nodeOf[k]!;
        line = [part[i]!];
      }
      i0 += part.length;
    }
    for (const [k, lps] of attachAt) {
      for (const lp of lps) {
        const s = nodeIndex.get(lp)!;
        const st = nodes[s]!;
        st.assets.push(cid);
        const n = nodes[nodeOf[k]!]!;
        const km = Math.min(gcKm(st.lon, st.lat, n.lon, n.lat), gcKm(st.lon + 360, st.lat, n.lon, n.lat));
        addEdge({ id: `a:${cid}:${lp}`, kind: 'attach', u: s, v: nodeOf[k]!, km, cap: UNBOUNDED, asset: cid, coords: null });
      }
    }
  }

  // land links: vertices are nodes (shared between links when they coincide)
  const refs = new Map<string, [number, number][]>();
  const addRef = (code: string, lon: number, lat: number) => {
    const l = refs.get(code);
    if (l) l.push([lon, lat]);
    else refs.set(code, [[lon, lat]]);
  };
  for (const h of [...HUBS, ...REFERENCE_TOWNS]) addRef(h.code, h.lon, h.lat);
  for (const n of nodes) if (n.kind === 'station' && n.country) addRef(n.country, n.lon, n.lat);
  const landKey = new Map<string, number>();
  for (const f of input.fibre) {
    const fid = f.properties.id;
    for (const line of partsOf(f)) {
      const cs = landCountries(line, f.properties.countries, refs);
      for (const c of f.properties.countries) if (!cs.includes(c)) landWarnings.push({ link: fid, country: c });
      const ids = line.map((p, i) => {
        const key = `${Math.round(p[0]! / tol)},${Math.round(p[1]! / tol)}`;
        const have = landKey.get(key);
        if (have !== undefined) {
          nodes[have]!.assets.push(fid);
          return have;
        }
        const n = addNode({ id: `${fid}:v${i}`, kind: 'land', country: cs[i]!, lon: p[0]!, lat: p[1]!, assets: [fid] });
        landKey.set(key, n);
        return n;
      });
      for (let i = 1; i < line.length; i++) {
        if (ids[i] === ids[i - 1]) continue;
        const coords = [line[i - 1]!, line[i]!];
        addEdge({ id: `${fid}:s${i - 1}`, kind: 'land', u: ids[i - 1]!, v: ids[i]!, km: lineKm(coords), cap: 1, asset: fid, coords });
      }
    }
  }

  // national networks: a hub per country, joined to its stations and crossings
  const byCountry = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (!n.country) return;
    const l = byCountry.get(n.country);
    if (l) l.push(i);
    else byCountry.set(n.country, [i]);
  });
  const hubOf = new Map<string, number>();
  for (const code of [...byCountry.keys()].sort()) {
    const members = byCountry.get(code)!;
    const h = HUB_BY_CODE.get(code);
    const lon = h ? h.lon : members.reduce((s, i) => s + nodes[i]!.lon, 0) / members.length;
    const lat = h ? h.lat : members.reduce((s, i) => s + nodes[i]!.lat, 0) / members.length;
    const hub = addNode({ id: `hub:${code}`, kind: 'hub', country: code, lon, lat, assets: [] });
    hubOf.set(code, hub);
    const off = noNational.has(code);
    const near = new Set<string>();
    // members by latitude: a great circle is at least 111.19 km per degree of latitude apart,
    // so the search for a node's nearest neighbours stops once that bound passes the k-th
    const byLat = [...members].sort((a, b) => nodes[a]!.lat - nodes[b]!.lat);
    const rank = new Map(byLat.map((v, r) => [v, r]));
    for (const i of members) {
      const n = nodes[i]!;
      const km = gcKm(lon, lat, n.lon, n.lat);
      if (off && km > metroKm) continue;
      addEdge({ id: `n:${code}:${n.id}`, kind: 'national', u: hub, v: i, km: km * detour, cap: UNBOUNDED, asset: null, coords: null });
      if (off || kNear <= 0) continue;
      // and its nearest neighbours in the country, so a transit does not detour via the hub
      const best: [number, number][] = [];
      const r0 = rank.get(i)!;
      for (let lo = r0 - 1, hi = r0 + 1; lo >= 0 || hi < byLat.length;) {
        const dLo = lo >= 0 ? (n.lat - nodes[byLat[lo]!]!.lat) * 111.19 : Infinity;
        const dHi = hi < byLat.length ? (nodes[byLat[hi]!]!.lat - n.lat) * 111.19 : Infinity;
        const j = dLo <= dHi ? byLat[lo--]! : byLat[hi++]!;
        if (best.length === kNear && Math.min(dLo, dHi) > best[kNear - 1]![1]) break;
        const d = gcKm(n.lon, n.lat, nodes[j]!.lon, nodes[j]!.lat);
        if (best.length < kNear || d < best[kNear - 1]![1]) {
          best.push([j, d]);
          best.sort((a, b) => a[1] - b[1]);
          if (best.length > kNear) best.pop();
        }
      }
      for (const [j, d] of best) {
        const key = i < j ? `${i}-${j}` : `${j}-${i}`;
        if (near.has(key)) continue;
        near.add(key);
        addEdge({
          id: `n:${n.id}~${nodes[j]!.id}`,
          kind: 'national',
          u: i,
          v: j,
          km: d * detour,
          cap: UNBOUNDED,
          asset: null,
          coords: null,
        });
      }
    }
  }

  // a point where parts meet is a branching unit when three or more segments meet there
  const segDeg = new Int32Array(nodes.length);
  for (const e of edges)
    if (e.kind === 'segment') {
      segDeg[e.u]!++;
      segDeg[e.v]!++;
    }
  nodes.forEach((n, i) => {
    if (n.kind === 'branch' && segDeg[i]! < 3) n.kind = 'joint';
  });

  // CSR adjacency over arcs
  const deg = new Int32Array(nodes.length + 1);
  for (const e of edges) {
    deg[e.u]!++;
    deg[e.v]!++;
  }
  const adjStart = new Int32Array(nodes.length + 1);
  for (let i = 0; i < nodes.length; i++) adjStart[i + 1] = adjStart[i]! + deg[i]!;
  const fill = adjStart.slice(0, nodes.length);
  const adjArc = new Int32Array(edges.length * 2);
  edges.forEach((e, i) => {
    adjArc[fill[e.u]!++] = 2 * i;
    adjArc[fill[e.v]!++] = 2 * i + 1;
  });
  return {
    nodes,
    edges,
    nodeIndex,
    edgeIndex,
    adjStart,
    adjArc,
    hubOf,
    edgesOfAsset,
    attachWarnings,
    landWarnings,
    eu: Int32Array.from(edges, (e) => e.u),
    ev: Int32Array.from(edges, (e) => e.v),
    ecap: Int32Array.from(edges, (e) => e.cap),
    ekm: Float64Array.from(edges, (e) => e.km),
  };
}
