/**
 * Small geometry helpers for the network model: geodesic lengths on a sphere, nearest
 * point on a polyline, and whether a drawn line crosses a polygon. Coordinates are
 * [lon, lat] degrees; a cable's line may run east of 180° (unwrapped), a polygon may too.
 */

export type Pos = readonly number[];
export type Ring = ReadonlyArray<readonly [number, number]>;

/** Mean Earth radius (IUGG), km. */
export const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance between two points, km (haversine). Unwrapped longitudes work. */
export function gcKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Length of a polyline along great circles between its vertices, km. */
export function lineKm(line: readonly Pos[]): number {
  let km = 0;
  for (let i = 1; i < line.length; i++) km += gcKm(line[i - 1]![0]!, line[i - 1]![1]!, line[i]![0]!, line[i]![1]!);
  return km;
}

/** Longitude difference folded into [-180, 180). */
const dlon = (a: number, b: number) => ((((a - b + 180) % 360) + 360) % 360) - 180;

/** Approximate distance (km) from a point to a polyline: each piece treated as straight in
 * a local equirectangular projection around the point (fine for "which segment is nearest"). */
export function pointLineKm(lon: number, lat: number, line: readonly Pos[]): number {
  const k = Math.cos(lat * RAD);
  const xy = (p: Pos): [number, number] => [dlon(p[0]!, lon) * k, p[1]! - lat];
  let best = Infinity;
  let [ax, ay] = xy(line[0]!);
  if (line.length === 1) return Math.hypot(ax, ay) * RAD * EARTH_KM;
  for (let i = 1; i < line.length; i++) {
    const [bx, by] = xy(line[i]!);
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    ax = bx;
    ay = by;
  }
  return best * RAD * EARTH_KM;
}

/** Even-odd point-in-polygon test on a closed ring. */
export function pointInRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** Whether segments AB and CD intersect (touching counts). */
export function segmentsCross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const on = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.min(px, qx) <= rx && rx <= Math.max(px, qx) && Math.min(py, qy) <= ry && ry <= Math.max(py, qy);
  return (
    (d1 === 0 && on(cx, cy, dx, dy, ax, ay)) ||
    (d2 === 0 && on(cx, cy, dx, dy, bx, by)) ||
    (d3 === 0 && on(ax, ay, bx, by, cx, cy)) ||
    (d4 === 0 && on(ax, ay, bx, by, dx, dy))
  );
}

/** A polygon prepared for repeated line tests: its ring and bounding box. */
export interface PreparedPolygon {
  ring: Ring;
  w: number;
  s: number;
  e: number;
  n: number;
}

export function preparePolygon(ring: Ring): PreparedPolygon {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const [x, y] of ring) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return { ring, w, s, e, n };
}

/** Whether the straight piece AB (as drawn on the map, straight in lon/lat) touches the
 * polygon: an end inside, or a crossing of its boundary. */
function pieceHits(ax: number, ay: number, bx: number, by: number, p: PreparedPolygon): boolean {
  if (Math.max(ax, bx) < p.w || Math.min(ax, bx) > p.e || Math.max(ay, by) < p.s || Math.min(ay, by) > p.n) return false;
  if (pointInRing(ax, ay, p.ring) || pointInRing(bx, by, p.ring)) return true;
  const r = p.ring;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    if (segmentsCross(ax, ay, bx, by, r[j]![0], r[j]![1], r[i]![0], r[i]![1])) return true;
  }
  return false;
}

/** Whether a drawn line crosses (or lies in) the polygon: a line–polygon intersection, not
 * a vertex test, so a piece that passes through a narrow polygon with both ends outside it
 * counts. Longitudes are tried as drawn and shifted by ±360° (a line or polygon past 180°). */
export function lineHitsPolygon(line: readonly Pos[], p: PreparedPolygon): boolean {
  for (const shift of [0, -360, 360]) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      if (pieceHits(a[0]! + shift, a[1]!, b[0]! + shift, b[1]!, p)) return true;
    }
    if (line.length === 1 && pointInRing(line[0]![0]! + shift, line[0]![1]!, p.ring)) return true;
  }
  return false;
}
