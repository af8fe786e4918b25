/**
 * Global sea/land raster for routing schematic submarine cables at sea.
 *
 * Source: Natural Earth 1:10m land (public domain), as packaged by world-atlas
 * (`land-10m.json`, TopoJSON). The land rings are unwrapped across the antimeridian
 * (Chukotka, Fiji, Antarctica) and closed round the pole where they encircle one, then
 * scan-converted at cell centres (even-odd per ring) into one global grid of
 * `RES` degrees (default 0.04° ≈ 4.4 km at the equator), longitude wrapping.
 *
 * A few passages the raster would open but cables do not use are closed (CLOSED_WATER).
 *
 * Each cell holds one byte:
 *   0        land (or water not connected to a large water body: lakes, lagoons)
 *   1..7     sea; the value is the Chebyshev distance in cells to the nearest land cell
 *            (capped at 7), so routing can keep lines a few km offshore.
 *
 * The raster is deterministic (same input file → same bytes) and cached under
 * node_modules/.cache/sea-grid/ (or the OS temp dir), keyed by a hash of the land file,
 * the resolution and this module's algorithm version.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));

/** Default cell size in degrees. */
export const RES = 0.04;
/** Bump when the rasterisation changes, so stale caches are ignored. */
const ALGO_VERSION = 5;
/** Sea components smaller than this many cells (≈ 20 000 km² at 0.04°) count as land. */
const MIN_WATER_CELLS = 1000;
export const LAND = 0;
export const MAX_DIST = 7;

const LAND_FILE = require.resolve('world-atlas/land-10m.json');

/**
 * Water the raster would open but no cable route uses, closed as land ([west, south, east,
 * north], with why). Kept short and explicit; each entry is a modelling decision.
 */
export const CLOSED_WATER = [
  // Adam's Bridge and the Pamban channel between India and Sri Lanka: shoals of 1–10 m
  // that 1:10m land leaves open; cables between the Arabian Sea and the Bay of Bengal go
  // round Sri Lanka.
  { box: [78.9, 9.0, 80.0, 9.35], why: "Palk Strait / Adam's Bridge shoals" },
  // The Bering Strait, shore to shore: without it the shortest way between the Atlantic and
  // the Pacific would run over the ice-bound Arctic Ocean (Europe–China over the pole), which
  // no cable in scope does. An allowLand box reopens it for a cable that does.
  { box: [-172.5, 65.4, -165.5, 66.3], why: 'Bering Strait (keeps routes out of the Arctic Ocean)' },
  // The Maqlab isthmus of the Musandam peninsula (Oman): its two fjords reach cell centres on
  // either side of a neck of land narrower than a cell, so the raster opens a false short cut
  // across the peninsula; Hormuz routes go round its tip.
  { box: [56.29, 26.17, 56.39, 26.19], why: 'Maqlab isthmus, Musandam (no passage)' },
];

/** @typedef {{ xs: Float64Array, ys: Float64Array, minX: number, maxX: number, minY: number, maxY: number }} Ring */

/** @type {Ring[] | undefined} */
let ringsMemo;

/**
 * The 1:10m land rings, unwrapped across the antimeridian (so each ring is a closed planar
 * polygon in lon/lat; one that encircles a pole is closed along it), plus copies shifted by
 * ±360° wherever a ring pokes out of -180..180, so that any point with lon in -180..180 lies
 * inside an odd number of rings exactly when it is on land.
 * @returns {Ring[]}
 */
export function landRings() {
  if (ringsMemo) return ringsMemo;
  const topo = JSON.parse(readFileSync(LAND_FILE, 'utf8'));
  const land = feature(topo, topo.objects.land);
  /** @type {number[][][][]} */
  const polys = [];
  for (const f of land.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') polys.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polys.push(...g.coordinates);
  }
  /** @type {Ring[]} */
  const out = [];
  for (const poly of polys) {
    for (const ring of poly) {
      const xs = [],
        ys = [];
      let off = 0;
      for (let i = 0; i < ring.length; i++) {
        let x = ring[i][0] + off;
        if (i > 0) {
          const prev = xs[xs.length - 1];
          while (x - prev > 180) {
            x -= 360;
            off -= 360;
          }
          while (prev - x > 180) {
            x += 360;
            off += 360;
          }
        }
        xs.push(x);
        ys.push(ring[i][1]);
      }
      // Not closed after unwrapping: the ring goes round a pole. Close it along the pole.
      const n = xs.length;
      if (Math.abs(xs[n - 1] - xs[0]) > 1e-9) {
        let s = 0;
        for (const y of ys) s += y;
        const pole = s < 0 ? -90 : 90;
        xs.push(xs[n - 1], xs[0], xs[0]);
        ys.push(pole, pole, ys[0]);
      }
      let minX = Infinity,
        maxX = -Infinity,
        minY = Infinity,
        maxY = -Infinity;
      for (let i = 0; i < xs.length; i++) {
        if (xs[i] < minX) minX = xs[i];
        if (xs[i] > maxX) maxX = xs[i];
        if (ys[i] < minY) minY = ys[i];
        if (ys[i] > maxY) maxY = ys[i];
      }
      for (let k = -2; k <= 2; k++) {
        const d = k * 360;
        if (maxX + d <= -180 || minX + d >= 180) continue;
        const sx = Float64Array.from(xs, (x) => x + d);
        out.push({ xs: sx, ys: Float64Array.from(ys), minX: minX + d, maxX: maxX + d, minY, maxY });
      }
    }
  }
  ringsMemo = out;
  return out;
}

/**
 * @typedef {object} Grid
 * @property {number} res        cell size, degrees
 * @property {number} width      columns (360 / res); column 0 starts at lon -180
 * @property {number} height     rows (180 / res); row 0 starts at lat 90 (north)
 * @property {Uint8Array} cells  row-major; 0 land, 1..7 sea (distance to land in cells)
 */

/** @type {Map<number, Grid>} */
const gridMemo = new Map();

function cacheDir() {
  const nm = resolve(HERE, '../../node_modules');
  if (existsSync(nm)) return join(nm, '.cache', 'sea-grid');
  return join(tmpdir(), 'sea-grid');
}

/**
 * The sea/land grid at `res` degrees (memoised in-process, cached on disk).
 * @param {{ res?: number, cache?: boolean }} [opts]
 * @returns {Grid}
 */
export function getGrid(opts = {}) {
  const res = opts.res ?? RES;
  const memo = gridMemo.get(res);
  if (memo) return memo;
  const width = Math.round(360 / res),
    height = Math.round(180 / res);
  const key = createHash('sha1')
    .update(readFileSync(LAND_FILE))
    .update(JSON.stringify({ ALGO_VERSION, res, MIN_WATER_CELLS, MAX_DIST, closed: CLOSED_WATER.map((c) => c.box) }))
    .digest('hex')
    .slice(0, 16);
  const file = join(cacheDir(), `grid-${res}-${key}.bin`);
  /** @type {Uint8Array | undefined} */
  let cells;
  if (opts.cache !== false && existsSync(file)) {
    const buf = readFileSync(file);
    if (buf.length === width * height) cells = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  }
  if (!cells) {
    cells = buildCells(res, width, height);
    if (opts.cache !== false) {
      try {
        mkdirSync(dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, cells);
        renameSync(tmp, file); // atomic: parallel readers never see half a file
        for (const name of readdirSync(dirname(file))) {
          if (name.startsWith(`grid-${res}-`) && name.endsWith('.bin') && join(dirname(file), name) !== file)
            rmSync(join(dirname(file), name), { force: true });
        }
      } catch {
        /* cache is optional */
      }
    }
  }
  const grid = { res, width, height, cells };
  gridMemo.set(res, grid);
  return grid;
}

/**
 * @param {number} res
 * @param {number} width
 * @param {number} height
 */
function buildCells(res, width, height) {
  const land = rasteriseLand(res, width, height);
  const cells = new Uint8Array(width * height);
  for (let i = 0; i < cells.length; i++) cells[i] = land[i] ? LAND : 1;
  for (const { box } of CLOSED_WATER) {
    const [w, s, e, n] = box;
    const c0 = Math.floor((w + 180) / res),
      c1 = Math.floor((e + 180) / res);
    const r0 = Math.floor((90 - n) / res),
      r1 = Math.floor((90 - s) / res);
    for (let r = Math.max(0, r0); r <= Math.min(height - 1, r1); r++) {
      for (let c = c0; c <= c1; c++) cells[r * width + (((c % width) + width) % width)] = LAND;
    }
  }
  dropSmallWater(cells, width, height);
  distanceToLand(cells, width, height);
  return cells;
}

/**
 * 1 where the cell centre is on land (even-odd, XOR of each ring's interior).
 * @param {number} res
 * @param {number} width
 * @param {number} height
 */
function rasteriseLand(res, width, height) {
  // Per row, a toggle array (width + 1); a prefix XOR turns spans into filled cells.
  const toggles = new Uint8Array((width + 1) * height);
  for (const ring of landRings()) {
    const { xs, ys } = ring;
    // crossings of the ring with each row's centre line, as (row, x) pairs
    /** @type {number[]} */
    const hits = [];
    for (let i = 0, n = xs.length; i < n; i++) {
      const j = i + 1 < n ? i + 1 : 0;
      const y1 = ys[i],
        y2 = ys[j];
      if (y1 === y2) continue;
      const x1 = xs[i],
        x2 = xs[j];
      const lo = Math.min(y1, y2),
        hi = Math.max(y1, y2);
      // rows whose centre lat c satisfies lo <= c < hi; centre of row r = 90 - (r + 0.5) res
      const rFirst = Math.max(0, Math.ceil((90 - hi) / res - 0.5 + 1e-12));
      const rLast = Math.min(height - 1, Math.floor((90 - lo) / res - 0.5));
      for (let r = rFirst; r <= rLast; r++) {
        const c = 90 - (r + 0.5) * res;
        if (c < lo || c >= hi) continue;
        hits.push(r, x1 + ((c - y1) / (y2 - y1)) * (x2 - x1));
      }
    }
    if (!hits.length) continue;
    // sort by row then x
    const m = hits.length / 2;
    const order = new Int32Array(m);
    for (let k = 0; k < m; k++) order[k] = k;
    order.sort((a, b) => hits[2 * a] - hits[2 * b] || hits[2 * a + 1] - hits[2 * b + 1]);
    for (let k = 0; k + 1 < m; k += 2) {
      const a = order[k],
        b = order[k + 1];
      const r = hits[2 * a];
      const xa = hits[2 * a + 1],
        xb = hits[2 * b + 1];
      // cells whose centre x satisfies xa <= x < xb; centre of col c = -180 + (c + 0.5) res
      let c1 = Math.ceil((xa + 180) / res - 0.5 - 1e-12);
      let c2 = Math.ceil((xb + 180) / res - 0.5 - 1e-12);
      if (c1 < 0) c1 = 0;
      if (c2 > width) c2 = width;
      if (c2 <= c1) continue;
      const base = r * (width + 1);
      toggles[base + c1] ^= 1;
      toggles[base + c2] ^= 1;
    }
  }
  const land = new Uint8Array(width * height);
  for (let r = 0; r < height; r++) {
    let v = 0;
    const tb = r * (width + 1),
      lb = r * width;
    for (let c = 0; c < width; c++) {
      v ^= toggles[tb + c];
      land[lb + c] = v;
    }
  }
  return land;
}

/**
 * Water cells in components (4-connected, as the router moves: a diagonal step needs both
 * cells beside it to be sea; longitude wrapping) smaller than MIN_WATER_CELLS
 * become land: lakes and lagoons the coarse raster has cut off.
 * @param {Uint8Array} cells
 * @param {number} width
 * @param {number} height
 */
function dropSmallWater(cells, width, height) {
  const seen = new Uint8Array(cells.length);
  const queue = new Int32Array(cells.length);
  for (let s = 0; s < cells.length; s++) {
    if (cells[s] === LAND || seen[s]) continue;
    let head = 0,
      tail = 0;
    queue[tail++] = s;
    seen[s] = 1;
    while (head < tail) {
      const i = queue[head++];
      const r = (i / width) | 0,
        c = i - r * width;
      for (let d = 0; d < 4; d++) {
        const dr = d === 0 ? -1 : d === 1 ? 1 : 0,
          dc = d === 2 ? -1 : d === 3 ? 1 : 0;
        const rr = r + dr;
        if (rr < 0 || rr >= height) continue;
        {
          let cc = c + dc;
          if (cc < 0) cc += width;
          else if (cc >= width) cc -= width;
          const j = rr * width + cc;
          if (cells[j] === LAND || seen[j]) continue;
          seen[j] = 1;
          queue[tail++] = j;
        }
      }
    }
    if (tail < MIN_WATER_CELLS) for (let k = 0; k < tail; k++) cells[queue[k]] = LAND;
  }
}

/**
 * Sea cells get their Chebyshev distance in cells to the nearest land cell, capped at
 * MAX_DIST (two-pass chamfer; the wrap at the antimeridian is ignored for this penalty).
 * @param {Uint8Array} cells
 * @param {number} width
 * @param {number} height
 */
function distanceToLand(cells, width, height) {
  for (let i = 0; i < cells.length; i++) if (cells[i] !== LAND) cells[i] = MAX_DIST;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const i = r * width + c;
      let d = cells[i];
      if (d <= 1) continue;
      if (c > 0 && cells[i - 1] + 1 < d) d = cells[i - 1] + 1;
      if (r > 0) {
        const u = i - width;
        if (cells[u] + 1 < d) d = cells[u] + 1;
        if (c > 0 && cells[u - 1] + 1 < d) d = cells[u - 1] + 1;
        if (c < width - 1 && cells[u + 1] + 1 < d) d = cells[u + 1] + 1;
      }
      cells[i] = d;
    }
  }
  for (let r = height - 1; r >= 0; r--) {
    for (let c = width - 1; c >= 0; c--) {
      const i = r * width + c;
      let d = cells[i];
      if (d <= 1) continue;
      if (c < width - 1 && cells[i + 1] + 1 < d) d = cells[i + 1] + 1;
      if (r < height - 1) {
        const b = i + width;
        if (cells[b] + 1 < d) d = cells[b] + 1;
        if (c > 0 && cells[b - 1] + 1 < d) d = cells[b - 1] + 1;
        if (c < width - 1 && cells[b + 1] + 1 < d) d = cells[b + 1] + 1;
      }
      cells[i] = d;
    }
  }
}

/** Column of a longitude (any value; wraps). @param {Grid} g @param {number} lon */
export const colOf = (g, lon) => {
  let c = Math.floor((lon + 180) / g.res);
  c %= g.width;
  return c < 0 ? c + g.width : c;
};
/** Row of a latitude (clamped). @param {Grid} g @param {number} lat */
export const rowOf = (g, lat) => Math.min(g.height - 1, Math.max(0, Math.floor((90 - lat) / g.res)));
/** Longitude of a column's centre. @param {Grid} g @param {number} c */
export const lonOf = (g, c) => -180 + (c + 0.5) * g.res;
/** Latitude of a row's centre. @param {Grid} g @param {number} r */
export const latOf = (g, r) => 90 - (r + 0.5) * g.res;
/** Cell index of a position. @param {Grid} g @param {number} lon @param {number} lat */
export const cellOf = (g, lon, lat) => rowOf(g, lat) * g.width + colOf(g, lon);

/**
 * ASCII view of a window of the grid ('#' land, digits distance to land), for debugging.
 * @param {Grid} g @param {number} w @param {number} s @param {number} e @param {number} n
 */
export function ascii(g, w, s, e, n) {
  const lines = [];
  for (let r = rowOf(g, n); r <= rowOf(g, s); r++) {
    let line = '';
    for (let lon = w; lon <= e; lon += g.res) {
      const v = g.cells[r * g.width + colOf(g, lon)];
      line += v === LAND ? '#' : v >= MAX_DIST ? '.' : String(v);
    }
    lines.push(line);
  }
  return lines.join('\n');
}
