/**
 * Schematic submarine-cable routing at sea over the Natural Earth 1:10m sea/land grid
 * (see grid.mjs and README.md).
 *
 *   routeSystem(landings, { trunk?, allowLand? }) → GeoJSON MultiLineString
 *
 * 1. Each search is A* from one or more source cells to the nearest of one or more goal
 *    cells (heuristic: great-circle distance to the nearest goal) over the grid's sea
 *    cells, 8-neighbour, step cost = geodesic length of the step × a small penalty for
 *    cells near land (so lines keep a few km offshore). Land cells are passable only within
 *    ~15 km of a landing (the cable's last few km ashore) and inside `allowLand` boxes
 *    (a documented land crossing, e.g. Suez or the Thai isthmus).
 * 2. A system is the trunk (consecutive `trunk` landings joined in order) or, without one,
 *    a greedy Steiner tree: the first landing joined to its nearest landing by sea, then
 *    repeatedly the landing nearest (by sea) to the network drawn so far is joined to its
 *    nearest point, where the network gets a branching vertex.
 * 3. Each grid path is smoothed by string pulling: from each vertex, the furthest later
 *    vertex whose great-circle chord stays on passable cells no nearer land than the grid
 *    path was (capped at 2 cells) and, near the coast, off the exact 1:10m land. Every kept
 *    chord is then sampled every 0.25 km against the exact land (islets smaller than a
 *    cell): a chord over land falls back to its stretch of grid path, pulled again with the
 *    precise test, and a grid vertex on an islet is nudged to the nearest point at sea
 *    (atSea). Long chords are then densified along the great circle and checked as drawn.
 * 4. Longitudes are unwrapped so every line is continuous (a Japan–California segment runs
 *    lon 139.84 → 241.6, not across the whole map); the whole system is then shifted by a
 *    multiple of 360° so that as many landing vertices as possible keep their own longitude
 *    (on a tie, the frame centred nearest lon 120: Asia as given, America beyond 180).
 *    Coordinates are rounded to 3 decimals.
 */
import { LAND, MAX_DIST, cellOf, getGrid, latOf, lonOf, rowOf } from './grid.mjs';
import { isLand } from './over-land.mjs';

const R = 6371.0088;
const D2R = Math.PI / 180;
/** Cost multiplier of a sea cell by its distance to land in cells (index = distance). */
const SEA_MULT = [0, 1.6, 1.25, 1.08, 1, 1, 1, 1];
/** Cost multiplier of a land cell near a landing (leave land by the shortest way). */
const NEAR_LANDING_MULT = 3;
/** Cost multiplier of a land cell inside an allowLand box. */
const BOX_MULT = 1;
/** Smoothed chords keep at least this many cells off land, unless the grid path came nearer. */
const CLEARANCE = 2;
/** Longest chord drawn straight; longer ones are densified along the great circle. */
const MAX_CHORD_KM = 250;
const MAX_CHORD_DLON = 4;
/** Sampling step (km) of the precise over-land check of each simplified chord. */
const FINE_KM = 0.25;
/** Nudging a vertex off an islet: search step and reach (degrees of latitude). */
const NUDGE_STEP = 0.0025;
const NUDGE_MAX = 0.1;

/**
 * @typedef {{ id: string, coordinates: [number, number] | number[] }} Landing
 * @typedef {object} RouteOptions
 * @property {string[]} [trunk]          ordered landing ids of the main trunk
 * @property {number[][]} [allowLand]    [west, south, east, north] boxes whose land counts as sea
 * @property {number} [landRadiusKm]     land passable this near a landing (default 15, more if the sea is further)
 * @property {number} [lonCentre]       tie-break for the 360° frame of a line across the antimeridian (default 120)
 * @property {number} [maxVertices]      aim per routed segment (default 150): long chords are densified less to stay under it
 * @property {import('./grid.mjs').Grid} [grid]
 * @typedef {{ kind: 'trunk' | 'branch', from: string, to: string, km: number, cells: number, vertices: number, ms: number }} SegmentInfo
 */

/* ------------------------------------------------------------------ search space */

/** @type {WeakMap<object, Space>} */
const spaces = new WeakMap();

/** Per-grid reusable search state (typed arrays over every cell, reset by generation). */
class Space {
  /** @param {import('./grid.mjs').Grid} grid */
  constructor(grid) {
    const { width: W, height: H, res } = grid;
    this.grid = grid;
    const n = W * H;
    this.g = new Float32Array(n);
    this.stamp = new Uint32Array(n); // 2*gen: open, 2*gen+1: closed
    this.from = new Uint8Array(n); // direction index into DIRS, 8 = seed
    this.gen = 0;
    const cellKm = R * res * D2R;
    this.cellKm = cellKm;
    this.dx = new Float64Array(H);
    this.diagUp = new Float64Array(H); // row r to row r-1
    this.rowCos = new Float64Array(H);
    this.rowSin = new Float64Array(H);
    for (let r = 0; r < H; r++) {
      const lat = latOf(grid, r) * D2R;
      this.rowCos[r] = Math.cos(lat);
      this.rowSin[r] = Math.sin(lat);
      this.dx[r] = Math.max(1e-6, cellKm * Math.cos(lat));
    }
    for (let r = 0; r < H; r++) {
      const up = r > 0 ? this.dx[r - 1] : this.dx[r];
      const mx = (this.dx[r] + up) / 2;
      this.diagUp[r] = Math.sqrt(mx * mx + cellKm * cellKm);
    }
    this.colCos = new Float64Array(W);
    this.colSin = new Float64Array(W);
    for (let c = 0; c < W; c++) {
      const lon = lonOf(grid, c) * D2R;
      this.colCos[c] = Math.cos(lon);
      this.colSin[c] = Math.sin(lon);
    }
    this.heap = new Heap();
  }

  /** Great-circle km between two cells' centres. @param {number} a @param {number} b */
  km(a, b) {
    const W = this.grid.width;
    const ra = (a / W) | 0,
      ca = a - ra * W,
      rb = (b / W) | 0,
      cb = b - rb * W;
    return this.kmRC(ra, ca, rb, cb);
  }

  /** @param {number} ra @param {number} ca @param {number} rb @param {number} cb */
  kmRC(ra, ca, rb, cb) {
    const cosDLat = this.rowCos[ra] * this.rowCos[rb] + this.rowSin[ra] * this.rowSin[rb];
    const cosDLon = this.colCos[ca] * this.colCos[cb] + this.colSin[ca] * this.colSin[cb];
    let h = (1 - cosDLat) / 2 + this.rowCos[ra] * this.rowCos[rb] * ((1 - cosDLon) / 2);
    if (h < 0) h = 0;
    else if (h > 1) h = 1;
    return 2 * R * Math.asin(Math.sqrt(h));
  }
}

/** Neighbour directions: [dRow, dCol]. */
const DIRS = [
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
];

class Heap {
  constructor() {
    this.keys = new Float64Array(1 << 16);
    this.vals = new Int32Array(1 << 16);
    this.size = 0;
  }
  clear() {
    this.size = 0;
  }
  /** @param {number} key @param {number} val */
  push(key, val) {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
      const v = new Int32Array(this.size * 2);
      v.set(this.vals);
      this.vals = v;
    }
    const keys = this.keys,
      vals = this.vals;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] <= key) break;
      keys[i] = keys[p];
      vals[i] = vals[p];
      i = p;
    }
    keys[i] = key;
    vals[i] = val;
  }
  /** Pops the minimum; returns its value (key in this.lastKey). */
  pop() {
    const keys = this.keys,
      vals = this.vals;
    const top = vals[0];
    this.lastKey = keys[0];
    const n = --this.size;
    if (n > 0) {
      const key = keys[n],
        val = vals[n];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && keys[c + 1] < keys[c]) c++;
        if (keys[c] >= key) break;
        keys[i] = keys[c];
        vals[i] = vals[c];
        i = c;
      }
      keys[i] = key;
      vals[i] = val;
    }
    return top;
  }
}

/**
 * Cheapest path over passable cells from any seed to a goal.
 * @param {Space} sp
 * @param {Map<number, number>} overlay  land cells that are passable → cost multiplier
 * @param {number[]} seeds
 * @param {(cell: number) => boolean} isGoal
 * @param {number[]} goals  the goal cells: the heuristic is the great-circle distance to the nearest
 * @returns {number[] | null} cells from a seed to the goal
 */
function search(sp, overlay, seeds, isGoal, goals) {
  const { grid, g, stamp, from, heap, dx, diagUp, cellKm } = sp;
  const { width: W, height: H, cells } = grid;
  sp.gen++;
  if (sp.gen >= 0x7fffffff) {
    stamp.fill(0);
    sp.gen = 1;
  }
  const open = 2 * sp.gen,
    closed = open + 1;
  heap.clear();
  const ng = goals.length;
  const gr = Int32Array.from(goals, (c) => (c / W) | 0);
  const gc = Int32Array.from(goals, (c, k) => c - gr[k] * W);
  const hScale = 0.999; // < 1: float slack; every step costs at least its length
  const h = (/** @type {number} */ r, /** @type {number} */ c) => {
    let m = Infinity;
    for (let k = 0; k < ng; k++) {
      const d = sp.kmRC(r, c, gr[k], gc[k]);
      if (d < m) m = d;
    }
    return m * hScale;
  };
  const mult = (/** @type {number} */ j) => {
    const v = cells[j];
    return v !== LAND ? SEA_MULT[v] : (overlay.get(j) ?? 0);
  };
  for (const s of seeds) {
    if (stamp[s] === open) continue;
    stamp[s] = open;
    g[s] = 0;
    from[s] = 8;
    const r = (s / W) | 0;
    heap.push(h(r, s - r * W), s);
  }
  while (heap.size) {
    const i = heap.pop();
    if (stamp[i] === closed) continue;
    stamp[i] = closed;
    if (isGoal(i)) {
      const path = [i];
      let k = i;
      while (from[k] !== 8) {
        const [dr, dc] = DIRS[from[k]];
        const r = ((k / W) | 0) - dr;
        let c = (k % W) - dc;
        if (c < 0) c += W;
        else if (c >= W) c -= W;
        k = r * W + c;
        path.push(k);
      }
      return path.reverse();
    }
    const gi = g[i];
    const r = (i / W) | 0,
      c = i - r * W;
    const mi = mult(i) || 1; // a seed on land (a landing) leaves at its own cost
    for (let d = 0; d < 8; d++) {
      const dr = DIRS[d][0],
        dc = DIRS[d][1];
      const rr = r + dr;
      if (rr < 0 || rr >= H) continue;
      let cc = c + dc;
      if (cc < 0) cc += W;
      else if (cc >= W) cc -= W;
      const j = rr * W + cc;
      if (stamp[j] === closed) continue;
      const mj = mult(j);
      if (!mj) continue;
      let len;
      if (dr === 0) len = dx[r];
      else if (dc === 0) len = cellKm;
      else {
        // no cutting a corner: both cells beside a diagonal step must be passable
        let c2 = c + dc;
        if (c2 < 0) c2 += W;
        else if (c2 >= W) c2 -= W;
        if (!mult(r * W + c2) || !mult(rr * W + c)) continue;
        len = dr < 0 ? diagUp[r] : diagUp[rr];
      }
      const gj = gi + (len * (mi + mj)) / 2;
      if (stamp[j] === open && g[j] <= gj) continue;
      stamp[j] = open;
      g[j] = gj;
      from[j] = d;
      heap.push(gj + h(rr, cc), j);
    }
  }
  return null;
}

/* ------------------------------------------------------------------ geometry helpers */

/** @param {number[]} a @param {number[]} b */
function gcKm(a, b) {
  const p1 = a[1] * D2R,
    p2 = b[1] * D2R;
  const h = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(((b[0] - a[0]) * D2R) / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** @param {number[]} p */
const toVec = (p) => {
  const la = p[1] * D2R,
    lo = p[0] * D2R;
  return [Math.cos(la) * Math.cos(lo), Math.cos(la) * Math.sin(lo), Math.sin(la)];
};

/**
 * Points along the great circle from a to b (both included), `n` intervals, longitudes
 * continuous from a's.
 * @param {number[]} a @param {number[]} b @param {number} n
 * @returns {number[][]}
 */
function greatCircle(a, b, n) {
  const va = toVec(a),
    vb = toVec(b);
  const dot = Math.max(-1, Math.min(1, va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2]));
  const om = Math.acos(dot);
  const out = [[a[0], a[1]]];
  let prevLon = a[0];
  for (let k = 1; k < n; k++) {
    const t = k / n;
    let x, y, z;
    if (om < 1e-9) {
      x = va[0];
      y = va[1];
      z = va[2];
    } else {
      const s = Math.sin(om),
        wa = Math.sin((1 - t) * om) / s,
        wb = Math.sin(t * om) / s;
      x = wa * va[0] + wb * vb[0];
      y = wa * va[1] + wb * vb[1];
      z = wa * va[2] + wb * vb[2];
    }
    let lon = Math.atan2(y, x) / D2R;
    const lat = Math.atan2(z, Math.hypot(x, y)) / D2R;
    lon += Math.round((prevLon - lon) / 360) * 360;
    prevLon = lon;
    out.push([lon, lat]);
  }
  out.push([b[0] + Math.round((prevLon - b[0]) / 360) * 360, b[1]]);
  return out;
}

/** Shifts each longitude by a multiple of 360 to be within 180 of the previous one. @param {number[][]} pts @param {number} [startLon] */
function unwrap(pts, startLon) {
  let prev = startLon ?? pts[0][0];
  for (const p of pts) {
    p[0] += Math.round((prev - p[0]) / 360) * 360;
    prev = p[0];
  }
  return pts;
}

/* ------------------------------------------------------------------ smoothing */

/**
 * String pulling over a grid path. pts[0] and pts[n-1] are the exact end points, the rest
 * cell centres (longitudes continuous); cls[k] is the distance class of the k-th path cell
 * (0 on land). A chord may cross land (raster or exact 1:10m) only inside an allowLand box
 * or within `exitKm` of a landing end (as far as the grid path itself went ashore).
 * Returns the indices of kept vertices, with the chord test it used.
 * @param {Space} sp
 * @param {Map<number, number>} overlay
 * @param {number[][]} pts
 * @param {number[]} cls
 * @param {{ ends: [number[] | null, number[] | null], exitKm: [number, number], boxes: number[][] }} land
 */
function pull(sp, overlay, pts, cls, land) {
  const { grid } = sp;
  const cells = grid.cells;
  const stepDeg = grid.res * 0.4;
  const landOK = landAllowed(land);
  const visible = (/** @type {number} */ i, /** @type {number} */ j) => {
    let minCls = MAX_DIST;
    for (let k = i; k <= j; k++) if (cls[k] < minCls) minCls = cls[k];
    const need = Math.max(1, Math.min(CLEARANCE, minCls));
    const a = pts[i],
      b = pts[j];
    const km = gcKm(a, b);
    const n = Math.max(1, Math.ceil(km / (stepDeg * D2R * R)));
    const line = n > 1 ? greatCircle(a, b, n) : [a, b];
    for (const p of line) {
      const cell = cellOf(grid, p[0], p[1]);
      const v = cells[cell];
      if (v === LAND) {
        if (!overlay.has(cell) || !landOK(p)) return false;
      } else if (v < need) {
        if (!landOK(p)) return false;
      } else if (v <= 2 && isLand(p[0], p[1]) && !landOK(p)) return false;
    }
    return true;
  };
  return { keep: furthest(visible, 0, pts.length - 1), visible };
}

/**
 * Where land may be crossed: within `exitKm` of a landing end, or in an allowLand box.
 * @param {{ ends: [number[] | null, number[] | null], exitKm: [number, number], boxes: number[][] }} land
 * @returns {(p: number[]) => boolean}
 */
function landAllowed(land) {
  const inBox = (/** @type {number[]} */ p) => {
    for (const [w, s, e, n] of land.boxes) {
      if (p[1] < s || p[1] > n) continue;
      const lon = p[0] + Math.round(((w + e) / 2 - p[0]) / 360) * 360;
      if (lon >= w && lon <= e) return true;
    }
    return false;
  };
  return (p) => {
    for (let k = 0; k < 2; k++) {
      const end = land.ends[k];
      if (end && gcKm(end, p) <= land.exitKm[k]) return true;
    }
    return inBox(p);
  };
}

/**
 * Greedy string pulling between path indices `first` and `last`: from each kept index, the
 * furthest later one `visible` from it (exponential then binary search; the next index is
 * always accepted). Returns the kept indices, `first` and `last` included.
 * @param {(i: number, j: number) => boolean} visible @param {number} first @param {number} last
 */
function furthest(visible, first, last) {
  const keep = [first];
  let i = first;
  while (i < last) {
    let lo = i + 1,
      hi = -1,
      step = 2;
    for (;;) {
      const j = Math.min(i + step, last);
      if (j <= lo) break;
      if (visible(i, j)) {
        lo = j;
        if (j === last) break;
        step *= 2;
      } else {
        hi = j;
        break;
      }
    }
    if (hi > 0) {
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (visible(i, mid)) lo = mid;
        else hi = mid;
      }
    }
    keep.push(lo);
    i = lo;
  }
  return keep;
}

/**
 * True when the great-circle chord a→b, sampled every ≤ FINE_KM (and as drawn, straight in
 * lon/lat), is off the exact 1:10m land wherever land is not allowed.
 * @param {number[]} a @param {number[]} b @param {(p: number[]) => boolean} landOK
 */
function chordAtSea(a, b, landOK) {
  return landOn(a, b, landOK, true) === null;
}

/**
 * The first sample of the chord a→b (every ≤ FINE_KM; along the great circle when `gc`, and
 * straight in lon/lat as drawn) on exact 1:10m land where land is not allowed, or null.
 * @param {number[]} a @param {number[]} b @param {(p: number[]) => boolean} landOK @param {boolean} gc
 */
function landOn(a, b, landOK, gc) {
  const n = Math.max(1, Math.ceil(gcKm(a, b) / FINE_KM));
  const arc = gc && n > 1 ? greatCircle(a, b, n) : null;
  for (let k = 0; k <= n; k++) {
    if (arc) {
      const p = arc[k];
      if (isLand(p[0], p[1]) && !landOK(p)) return p;
    }
    const t = k / n;
    const q = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    if (isLand(q[0], q[1]) && !landOK(q)) return q;
  }
  return null;
}

/**
 * A vertex beside the land under the chord a→b (the nearest point to its first land sample)
 * from which both a and b are seen at sea by `clean`, or null.
 * @param {number[]} a @param {number[]} b @param {(p: number[]) => boolean} landOK
 * @param {(a: number[], b: number[]) => boolean} clean
 */
function detour(a, b, landOK, clean) {
  const hit = landOn(a, b, landOK, true);
  return hit && nudge(hit, (p) => !isLand(p[0], p[1]) && clean(a, p) && clean(p, b));
}

/**
 * The drawn (densified) line checked once more, straight in lon/lat as drawn: a segment
 * over land gets a detour vertex beside it.
 * @param {number[][]} line @param {(p: number[]) => boolean} landOK
 */
function drawnAtSea(line, landOK) {
  const clean = (/** @type {number[]} */ a, /** @type {number[]} */ b) => landOn(a, b, landOK, false) === null;
  const out = [line[0]];
  for (let k = 1; k < line.length; k++) {
    const a = out[out.length - 1];
    if (!clean(a, line[k])) {
      const d = detour(a, line[k], landOK, clean);
      if (d) out.push(d);
    }
    out.push(line[k]);
  }
  return out;
}

/**
 * The nearest point to p (searched outward in NUDGE_STEP rings, 16 directions each, up to
 * NUDGE_MAX) for which `ok` holds, or null.
 * @param {number[]} p @param {(q: number[]) => boolean} ok
 */
function nudge(p, ok) {
  const cosLat = Math.max(0.05, Math.cos(p[1] * D2R));
  for (let d = NUDGE_STEP; d <= NUDGE_MAX + 1e-9; d += NUDGE_STEP) {
    for (let k = 0; k < 16; k++) {
      const a = (k / 16) * 2 * Math.PI;
      const q = [p[0] + (d * Math.cos(a)) / cosLat, p[1] + d * Math.sin(a)];
      if (ok(q)) return q;
    }
  }
  return null;
}

/**
 * The precise check after string pulling, which tested chords against the 0.04° grid (and
 * the exact land only every ~1.8 km near the coast), so islets smaller than a cell (Sentosa,
 * Singapore's southern islands) could lie under a chord. Every kept chord is sampled every
 * FINE_KM against the exact 1:10m land; where one touches land away from the allowed
 * stretches, that stretch of the grid path is pulled again with the precise test too, and
 * where even a grid step touches an islet, its vertex is nudged to the nearest point at sea
 * (or, failing that, a detour vertex is put beside the islet). Chords are checked along the
 * great circle and straight in lon/lat; after densification, drawnAtSea checks the drawn
 * pieces again.
 * @param {number[][]} pts @param {number[]} keep
 * @param {(i: number, j: number) => boolean} visible @param {(p: number[]) => boolean} landOK
 * @returns {number[][]} the line's vertices
 */
function atSea(pts, keep, visible, landOK) {
  const clean = (/** @type {number[]} */ a, /** @type {number[]} */ b) => chordAtSea(a, b, landOK);
  /** @type {number[][]} */
  const out = [pts[keep[0]]];
  const sea = (/** @type {number[]} */ q) => !isLand(q[0], q[1]) || landOK(q);
  for (let s = 1; s < keep.length; s++) {
    const i = keep[s - 1],
      j = keep[s];
    if (clean(out[out.length - 1], pts[j])) {
      out.push(pts[j]);
      continue;
    }
    const sub = furthest((a, b) => visible(a, b) && clean(pts[a], pts[b]), i, j);
    for (let q = 1; q < sub.length; q++) {
      const prev = out[out.length - 1];
      let cur = pts[sub[q]];
      const isEnd = sub[q] === pts.length - 1;
      if (clean(prev, cur)) {
        out.push(cur);
        continue;
      }
      // a grid step over an islet: move its vertex off land, or go round beside it
      if (!isEnd && !sea(cur)) cur = nudge(cur, (p) => sea(p) && clean(prev, p)) ?? nudge(cur, sea) ?? cur;
      if (!clean(prev, cur)) {
        const d = detour(prev, cur, landOK, clean);
        if (d) out.push(d);
      }
      out.push(cur);
    }
  }
  return out;
}

/**
 * Inserts great-circle points into chords longer than MAX_CHORD_KM or MAX_CHORD_DLON (× f).
 * @param {number[][]} pts @param {number} f
 */
function densify(pts, f) {
  const out = [pts[0]];
  for (let k = 1; k < pts.length; k++) {
    const a = out[out.length - 1],
      b = pts[k];
    const n = Math.max(Math.ceil(gcKm(a, b) / (MAX_CHORD_KM * f)), Math.ceil(Math.abs(b[0] - a[0]) / (MAX_CHORD_DLON * f)));
    if (n > 1) {
      const gc = greatCircle(a, b, n);
      for (let q = 1; q < gc.length - 1; q++) out.push(gc[q]);
    }
    out.push(b);
  }
  return out;
}

/* ------------------------------------------------------------------ the system */

/**
 * @param {Landing[]} landings
 * @param {RouteOptions} [options]
 * @returns {{ type: 'MultiLineString', coordinates: number[][][] }}
 */
export function routeSystem(landings, options = {}) {
  return routeSystemDetailed(landings, options).geometry;
}

/**
 * routeSystem, with per-segment diagnostics.
 * @param {Landing[]} landings
 * @param {RouteOptions} [options]
 * @returns {{ geometry: { type: 'MultiLineString', coordinates: number[][][] }, segments: SegmentInfo[] }}
 */
export function routeSystemDetailed(landings, options = {}) {
  const grid = options.grid ?? getGrid();
  let sp = spaces.get(grid);
  if (!sp) {
    sp = new Space(grid);
    spaces.set(grid, sp);
  }
  const space = sp;
  const { width: W, cells } = grid;
  if (landings.length < 2) throw new Error('routeSystem needs at least two landings');
  const ids = new Set();
  for (const l of landings) {
    if (ids.has(l.id)) throw new Error(`landing ${l.id} is listed twice`);
    ids.add(l.id);
  }
  const byId = new Map(landings.map((l) => [l.id, l]));
  const baseRadius = options.landRadiusKm ?? 15;
  const maxVertices = options.maxVertices ?? 150;

  // Passable land: near each landing, and in allowLand boxes.
  /** @type {Map<number, number>} */
  const overlay = new Map();
  const landingCell = new Map(landings.map((l) => [l.id, cellOf(grid, l.coordinates[0], l.coordinates[1])]));
  for (const l of landings) {
    const c0 = /** @type {number} */ (landingCell.get(l.id));
    const r0 = (c0 / W) | 0,
      col0 = c0 - r0 * W;
    // distance from the landing to the nearest sea cell, searched outwards to 300 km
    let nearest = Infinity;
    const maxRing = Math.ceil(300 / space.cellKm);
    for (let ring = 0; ring <= maxRing && ring * space.cellKm * 0.5 < nearest; ring++) {
      for (let dr = -ring; dr <= ring; dr++) {
        const rr = r0 + dr;
        if (rr < 0 || rr >= grid.height) continue;
        const step = Math.abs(dr) === ring ? 1 : 2 * ring;
        for (let dc = -ring; dc <= ring; dc += step || 1) {
          const cc = (((col0 + dc) % W) + W) % W;
          if (cells[rr * W + cc] === LAND) continue;
          const d = gcKm(l.coordinates, [lonOf(grid, cc), latOf(grid, rr)]);
          if (d < nearest) nearest = d;
        }
      }
    }
    if (!Number.isFinite(nearest)) throw new Error(`landing ${l.id} is more than 300 km from the sea`);
    const radius = Math.max(baseRadius, nearest + 1.5 * space.cellKm);
    const span = Math.ceil(radius / space.cellKm) + 1;
    const cosLat = Math.max(0.05, Math.cos(l.coordinates[1] * D2R));
    const spanC = Math.ceil(span / cosLat);
    for (let dr = -span; dr <= span; dr++) {
      const rr = r0 + dr;
      if (rr < 0 || rr >= grid.height) continue;
      for (let dc = -spanC; dc <= spanC; dc++) {
        const cc = (((col0 + dc) % W) + W) % W;
        const j = rr * W + cc;
        if (cells[j] !== LAND) continue;
        if (j !== c0 && gcKm(l.coordinates, [lonOf(grid, cc), latOf(grid, rr)]) > radius) continue;
        if (!overlay.has(j)) overlay.set(j, NEAR_LANDING_MULT);
      }
    }
  }
  for (const box of options.allowLand ?? []) {
    const [w, s, e, n] = box;
    if (!(e >= w && n >= s)) throw new Error(`allowLand box ${JSON.stringify(box)} is not [west, south, east, north]`);
    const c0 = Math.floor((w + 180) / grid.res),
      c1 = Math.floor((e + 180) / grid.res);
    for (let r = rowOf(grid, n); r <= rowOf(grid, s); r++) {
      for (let c = c0; c <= c1; c++) {
        const j = r * W + (((c % W) + W) % W);
        if (cells[j] === LAND) overlay.set(j, BOX_MULT);
      }
    }
  }

  const clsOf = (/** @type {number} */ j) => cells[j];

  /** @type {number[][][]} */
  const lines = [];
  /** insertions of branching vertices: per line, [segment index, t, point] */
  /** @type {Map<number, [number, number, number[]][]>} */
  const inserts = new Map();
  /** network cells → sample point on a drawn line (sea cells only) */
  /** @type {Map<number, { line: number, seg: number, t: number, p: number[] }>} */
  const network = new Map();
  /** @type {SegmentInfo[]} */
  const segments = [];

  /** Records a drawn line's cells as attach targets. @param {number} li */
  const addToNetwork = (li) => {
    const line = lines[li];
    for (let s = 0; s + 1 < line.length; s++) {
      const a = line[s],
        b = line[s + 1];
      const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / (grid.res * 0.4)));
      for (let k = 0; k <= n; k++) {
        const t = k / n;
        const p = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
        const cell = cellOf(grid, p[0], p[1]);
        if (cells[cell] === LAND || network.has(cell)) continue;
        network.set(cell, { line: li, seg: s, t, p });
      }
    }
  };

  /**
   * Smooths a grid path between exact end points into a line, longitudes continuous and
   * the anchored end's longitude kept as given.
   * @param {number[]} path cells
   * @param {number[]} start exact start point
   * @param {number[]} end exact end point
   * @param {'start' | 'end'} anchor
   * @param {[boolean, boolean]} landingEnds whether start / end is a landing
   */
  const smooth = (path, start, end, anchor, landingEnds) => {
    const pts = path.map((c) => {
      const r = (c / W) | 0;
      return [lonOf(grid, c - r * W), latOf(grid, r)];
    });
    pts[0] = [start[0], start[1]];
    if (pts.length === 1) pts.push([end[0], end[1]]);
    else pts[pts.length - 1] = [end[0], end[1]];
    if (anchor === 'start') unwrap(pts);
    else {
      pts.reverse();
      unwrap(pts);
      pts.reverse();
    }
    const cls = path.map(clsOf);
    if (cls.length === 1) cls.push(cls[0]);
    // how far from each landing end the grid path itself runs ashore: to its first sea cell
    /** @type {[number, number]} */
    const exitKm = [0, 0];
    const last = pts.length - 1;
    if (landingEnds[0]) {
      let f = 0;
      while (f < last && cls[f] === LAND) f++;
      exitKm[0] = Math.max(3, gcKm(pts[0], pts[f]));
    }
    if (landingEnds[1]) {
      let f = last;
      while (f > 0 && cls[f] === LAND) f--;
      exitKm[1] = Math.max(3, gcKm(pts[last], pts[f]));
    }
    /** @type {[number[] | null, number[] | null]} */
    const ends = [landingEnds[0] ? pts[0] : null, landingEnds[1] ? pts[last] : null];
    const boxes = options.allowLand ?? [];
    const { keep, visible } = pull(space, overlay, pts, cls, { ends, exitKm, boxes });
    // every chord checked against the exact land (away from the landing allowance and the
    // allowLand boxes); islets under a chord are avoided
    const ashore = landAllowed({ ends, exitKm: [Math.max(exitKm[0], baseRadius), Math.max(exitKm[1], baseRadius)], boxes });
    const pulled = atSea(pts, keep, visible, ashore);
    // densify long chords along the great circle; if that makes too many vertices, densify
    // less (the pulled vertices themselves are always kept)
    let out = densify(pulled, 1);
    for (let f = 2; out.length > maxVertices && f <= 64; f *= 2) out = densify(pulled, f);
    return drawnAtSea(out, ashore);
  };

  const lengthKm = (/** @type {number[][]} */ line) => {
    let s = 0;
    for (let k = 1; k < line.length; k++) s += gcKm(line[k - 1], line[k]);
    return s;
  };

  /** Routes landing a → landing b; returns the smoothed line, start frame = `startLon`. */
  const routePair = (/** @type {Landing} */ a, /** @type {Landing} */ b, /** @type {number | undefined} */ startLon) => {
    const ca = /** @type {number} */ (landingCell.get(a.id)),
      cb = /** @type {number} */ (landingCell.get(b.id));
    const path = search(space, overlay, [ca], (c) => c === cb, [cb]);
    if (!path) throw new Error(`no sea route from ${a.id} to ${b.id}`);
    const start = [a.coordinates[0], a.coordinates[1]];
    if (startLon !== undefined) start[0] += Math.round((startLon - start[0]) / 360) * 360;
    return { line: smooth(path, start, b.coordinates, 'start', [true, true]), cells: path.length };
  };

  const connected = new Set();
  const trunk = options.trunk ?? [];
  for (const id of trunk) if (!byId.has(id)) throw new Error(`trunk landing ${id} is not among the landings`);
  if (trunk.length >= 2) {
    /** @type {number[][]} */
    let line = [];
    for (let k = 0; k + 1 < trunk.length; k++) {
      const t0 = performance.now();
      const a = /** @type {Landing} */ (byId.get(trunk[k])),
        b = /** @type {Landing} */ (byId.get(trunk[k + 1]));
      const prevEnd = line.length ? line[line.length - 1][0] : undefined;
      const r = routePair(a, b, prevEnd);
      line = line.length ? line.concat(r.line.slice(1)) : r.line;
      segments.push({
        kind: 'trunk',
        from: a.id,
        to: b.id,
        km: lengthKm(r.line),
        cells: r.cells,
        vertices: r.line.length,
        ms: performance.now() - t0,
      });
    }
    lines.push(line);
    for (const id of trunk) connected.add(id);
    addToNetwork(0);
  } else {
    // first landing to its nearest landing by sea
    const t0 = performance.now();
    const a = landings[0];
    connected.add(a.id);
    if (trunk.length === 1) connected.add(trunk[0]);
    const targets = new Map();
    for (const l of landings) if (l.id !== a.id) targets.set(landingCell.get(l.id), l);
    const ca = /** @type {number} */ (landingCell.get(a.id));
    const sameCell = landings.find((l) => l.id !== a.id && landingCell.get(l.id) === ca);
    const path = sameCell ? [ca] : search(space, overlay, [ca], (c) => targets.has(c), [...targets.keys()]);
    if (!path) throw new Error(`no sea route from ${a.id} to any other landing`);
    const b = sameCell ?? targets.get(path[path.length - 1]);
    const line = smooth(path, a.coordinates, b.coordinates, 'start', [true, true]);
    lines.push(line);
    connected.add(b.id);
    segments.push({
      kind: 'trunk',
      from: a.id,
      to: b.id,
      km: lengthKm(line),
      cells: path.length,
      vertices: line.length,
      ms: performance.now() - t0,
    });
    addToNetwork(0);
  }

  // Greedy attach: the unconnected landing nearest the network by sea, until none is left.
  while (connected.size < landings.length) {
    const t0 = performance.now();
    /** @type {Map<number, Landing>} */
    const targets = new Map();
    for (const l of landings) {
      if (connected.has(l.id)) continue;
      const c = /** @type {number} */ (landingCell.get(l.id));
      if (!targets.has(c)) targets.set(c, l);
    }
    const seeds = [...network.keys()];
    let path = seeds.length ? search(space, overlay, seeds, (c) => targets.has(c), [...targets.keys()]) : null;
    if (!path) {
      // the network has no sea cell (two landings on one spot) or is cut off: join landings directly
      const l = /** @type {Landing} */ ([...targets.values()][0]);
      const r = routePair(l, /** @type {Landing} */ (byId.get(trunk[0] ?? landings[0].id)));
      lines.push(r.line);
      connected.add(l.id);
      addToNetwork(lines.length - 1);
      segments.push({
        kind: 'branch',
        from: l.id,
        to: trunk[0] ?? landings[0].id,
        km: lengthKm(r.line),
        cells: r.cells,
        vertices: r.line.length,
        ms: performance.now() - t0,
      });
      continue;
    }
    const l = /** @type {Landing} */ (targets.get(path[path.length - 1]));
    path = path.reverse(); // landing → junction
    const junction = /** @type {{ line: number, seg: number, t: number, p: number[] }} */ (network.get(path[path.length - 1]));
    const line = smooth(path, l.coordinates, junction.p, 'end', [true, false]);
    // the branch ends on a point of the line it joins: that point becomes a vertex there
    const ins = inserts.get(junction.line) ?? [];
    ins.push([junction.seg, junction.t, junction.p]);
    inserts.set(junction.line, ins);
    lines.push(line);
    connected.add(l.id);
    addToNetwork(lines.length - 1);
    segments.push({
      kind: 'branch',
      from: l.id,
      to: `line ${junction.line}`,
      km: lengthKm(line),
      cells: path.length,
      vertices: line.length,
      ms: performance.now() - t0,
    });
  }

  // Branching vertices into the lines they join.
  for (const [li, list] of inserts) {
    list.sort((a, b) => b[0] - a[0] || b[1] - a[1]); // from the end, so indices stay valid
    const line = lines[li];
    for (const [seg, t, p] of list) {
      if (t <= 0) continue; // already a vertex (start of segment)
      if (t >= 1) continue; // the segment's end vertex
      line.splice(seg + 1, 0, p);
    }
  }

  // One 360° shift for the whole system: as many landing vertices as possible keep their own
  // longitude (in -180..180); on a tie (a line across the antimeridian between two landings),
  // the frame whose mean longitude is nearest options.lonCentre (the atlas's East Asia).
  const lonCentre = options.lonCentre ?? 120;
  const isLandingVertex = (/** @type {number[]} */ p) =>
    landings.some((l) => l.coordinates[1] === p[1] && Math.abs(((((p[0] - l.coordinates[0]) % 360) + 540) % 360) - 180) < 1e-6);
  let meanLon = 0,
    count = 0;
  for (const line of lines) {
    for (const p of line) {
      meanLon += p[0];
      count++;
    }
  }
  meanLon /= count;
  let shift = 0,
    bestIn = -1,
    bestOff = Infinity;
  for (const k of [0, -1, 1, -2, 2]) {
    let n = 0;
    for (const line of lines) for (const p of line) if (Math.abs(p[0] + k * 360) <= 180 && isLandingVertex(p)) n++;
    const off = Math.abs(meanLon + k * 360 - lonCentre);
    if (n > bestIn || (n === bestIn && off < bestOff)) {
      bestIn = n;
      bestOff = off;
      shift = k * 360;
    }
  }
  const round = (/** @type {number} */ v) => Math.round(v * 1000) / 1000 + 0; // + 0: no -0
  const coordinates = lines.map((line) => {
    /** @type {number[][]} */
    const out = [];
    for (const p of line) {
      const q = [round(p[0] + shift), round(p[1])];
      const prev = out[out.length - 1];
      if (prev && prev[0] === q[0] && prev[1] === q[1]) continue;
      out.push(q);
    }
    if (out.length === 1) out.push([...out[0]]);
    return out;
  });
  return { geometry: { type: 'MultiLineString', coordinates }, segments };
}
