/**
 * How much of a line lies over land: sampled every ≤ 0.5 km and tested against the exact
 * Natural Earth 1:10m land polygons (even-odd ray casting over edges indexed by latitude
 * band), not against the routing raster.
 */
import { landRings } from './grid.mjs';

const R = 6371.0088;
const D2R = Math.PI / 180;
const BAND = 0.05; // degrees of latitude per index band

/** @type {{ bands: Float64Array[] } | undefined} */
let indexMemo;

/** Edges of every land ring, bucketed by latitude band: [x1, y1, x2, y2, ...]. */
function index() {
  if (indexMemo) return indexMemo;
  const nb = Math.round(180 / BAND);
  /** @type {number[][]} */
  const lists = Array.from({ length: nb }, () => []);
  for (const { xs, ys } of landRings()) {
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const j = i + 1 < n ? i + 1 : 0;
      const y1 = ys[i],
        y2 = ys[j];
      if (y1 === y2) continue; // horizontal edges never cross a horizontal ray
      const b0 = Math.max(0, Math.floor((Math.min(y1, y2) + 90) / BAND));
      const b1 = Math.min(nb - 1, Math.floor((Math.max(y1, y2) + 90) / BAND));
      for (let b = b0; b <= b1; b++) lists[b].push(xs[i], y1, xs[j], y2);
    }
  }
  indexMemo = { bands: lists.map((l) => Float64Array.from(l)) };
  return indexMemo;
}

/**
 * Even-odd ray cast (towards +lon) over the edges of the point's latitude band.
 * @param {number} x lon in -180..180
 * @param {number} lat
 */
function rayCast(x, lat) {
  const { bands } = index();
  const b = Math.min(bands.length - 1, Math.max(0, Math.floor((lat + 90) / BAND)));
  const e = bands[b];
  let inside = false;
  for (let k = 0; k < e.length; k += 4) {
    const y1 = e[k + 1],
      y2 = e[k + 3];
    if (y1 > lat === y2 > lat) continue;
    const x1 = e[k],
      x2 = e[k + 2];
    if (x1 < x && x2 < x) continue;
    if (x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1) > x) inside = !inside;
  }
  return inside;
}

/* A finer index for repeated tests: square buckets of TILE degrees. Each bucket knows the
 * land status of its centre (ray cast once, lazily) and the edges that touch it; a point's
 * status is its bucket centre's, flipped once per edge crossing the segment between them. */
const TILE = 0.1;
const NX = Math.round(360 / TILE),
  NY = Math.round(180 / TILE);
/** @type {{ edges: Map<number, Float64Array>, centre: Int8Array } | undefined} */
let tilesMemo;

function tiles() {
  if (tilesMemo) return tilesMemo;
  /** @type {Map<number, number[]>} */
  const lists = new Map();
  for (const { xs, ys, minX, maxX } of landRings()) {
    if (maxX < -180 || minX > 180) continue;
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const j = i + 1 < n ? i + 1 : 0;
      const x1 = xs[i],
        y1 = ys[i],
        x2 = xs[j],
        y2 = ys[j];
      if (Math.max(x1, x2) < -180 || Math.min(x1, x2) > 180) continue;
      const bx0 = Math.max(0, Math.floor((Math.min(x1, x2) + 180) / TILE));
      const bx1 = Math.min(NX - 1, Math.floor((Math.max(x1, x2) + 180) / TILE));
      const by0 = Math.max(0, Math.floor((Math.min(y1, y2) + 90) / TILE));
      const by1 = Math.min(NY - 1, Math.floor((Math.max(y1, y2) + 90) / TILE));
      for (let by = by0; by <= by1; by++) {
        for (let bx = bx0; bx <= bx1; bx++) {
          const key = by * NX + bx;
          let l = lists.get(key);
          if (!l) lists.set(key, (l = []));
          l.push(x1, y1, x2, y2);
        }
      }
    }
  }
  const edges = new Map();
  for (const [k, l] of lists) edges.set(k, Float64Array.from(l));
  tilesMemo = { edges, centre: new Int8Array(NX * NY).fill(-1) };
  return tilesMemo;
}

/** @param {number} ax @param {number} ay @param {number} bx @param {number} by @param {number} cx @param {number} cy */
const orient = (ax, ay, bx, by, cx, cy) => (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/**
 * True when the point is on 1:10m land.
 * @param {number} lon any longitude (wrapped into -180..180)
 * @param {number} lat
 */
export function isLand(lon, lat) {
  let x = ((((lon + 180) % 360) + 360) % 360) - 180;
  if (x >= 180) x -= 360;
  const { edges, centre } = tiles();
  const bx = Math.min(NX - 1, Math.floor((x + 180) / TILE));
  const by = Math.min(NY - 1, Math.max(0, Math.floor((lat + 90) / TILE)));
  const key = by * NX + bx;
  const cx = -180 + (bx + 0.5) * TILE,
    cy = -90 + (by + 0.5) * TILE;
  let inside = centre[key];
  if (inside < 0) inside = centre[key] = rayCast(cx, cy) ? 1 : 0;
  const e = edges.get(key);
  if (!e) return inside === 1;
  let flip = 0;
  for (let k = 0; k < e.length; k += 4) {
    const x1 = e[k],
      y1 = e[k + 1],
      x2 = e[k + 2],
      y2 = e[k + 3];
    const o1 = orient(x1, y1, x2, y2, cx, cy),
      o2 = orient(x1, y1, x2, y2, x, lat);
    if (o1 > 0 === o2 > 0) continue;
    const o3 = orient(cx, cy, x, lat, x1, y1),
      o4 = orient(cx, cy, x, lat, x2, y2);
    if (o3 > 0 !== o4 > 0) flip ^= 1;
  }
  return (inside ^ flip) === 1;
}

/** The slow reference test (ray cast over the whole latitude band), for checks. @param {number} lon @param {number} lat */
export function isLandSlow(lon, lat) {
  let x = ((((lon + 180) % 360) + 360) % 360) - 180;
  if (x >= 180) x -= 360;
  return rayCast(x, lat);
}

/** @param {number[]} a @param {number[]} b */
function gcKm(a, b) {
  const p1 = a[1] * D2R,
    p2 = b[1] * D2R;
  const h = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(((b[0] - a[0]) * D2R) / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Share of a route's length over land, leaving out the stretches within `nearKm` of any of
 * its landings (a cable's last km ashore are expected to cross land).
 *
 * Lines are read as drawn (straight between vertices in lon/lat; longitudes may be
 * unwrapped beyond ±180). Each piece of ≤ 0.5 km is classed by its midpoint.
 *
 * @param {number[][][]} multiLineCoords
 * @param {number[][]} [landingCoords]
 * @param {{ nearKm?: number, stepKm?: number }} [opts]
 * @returns {{ share: number, overLandKm: number, totalKm: number, consideredKm: number }}
 *   share = overLandKm / consideredKm, where consideredKm is the length outside the
 *   near-landing stretches (totalKm is the whole length).
 */
export function overLandShare(multiLineCoords, landingCoords = [], opts = {}) {
  const nearKm = opts.nearKm ?? 10;
  const stepKm = opts.stepKm ?? 0.5;
  let totalKm = 0,
    consideredKm = 0,
    overLandKm = 0;
  for (const line of multiLineCoords) {
    for (let s = 0; s + 1 < line.length; s++) {
      const a = line[s],
        b = line[s + 1];
      const len = gcKm(a, b);
      if (!(len > 0)) continue;
      totalKm += len;
      const n = Math.max(1, Math.ceil(len / stepKm));
      const piece = len / n;
      // landings near enough to this segment to matter
      const near = landingCoords.filter((l) => {
        const d = Math.min(gcKm(l, a), gcKm(l, b));
        return d <= len + nearKm;
      });
      for (let k = 0; k < n; k++) {
        const t = (k + 0.5) / n;
        const p = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
        let excluded = false;
        for (const l of near) {
          if (gcKm(l, p) <= nearKm) {
            excluded = true;
            break;
          }
        }
        if (excluded) continue;
        consideredKm += piece;
        if (isLand(p[0], p[1])) overLandKm += piece;
      }
    }
  }
  return { share: consideredKm > 0 ? overLandKm / consideredKm : 0, overLandKm, totalKm, consideredKm };
}
