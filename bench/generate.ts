/**
 * Deterministic scale generator for the benchmark: makes the six asset files of geodata/
 * `factor` times larger (the originals plus factor-1 copies of every feature), with shapes
 * that look like the real network:
 *
 * - each copy k moves the whole dataset through its own smooth displacement field (an
 *   offset of a few degrees plus low-frequency waves), so cables stay cable-shaped, land
 *   fibre stays on its corridors' shape, and a cable's copy still ends at its landing
 *   points' copies (the same field moves both; coordinates that coincide stay together);
 * - points (nodes, cloud centres, 5G) are also scattered around their city, like new sites
 *   near real ones;
 * - ids are `<id>-x<k>`, cables list their landing points' copies, status and year vary
 *   a little, and every position stays inside REGION_BOUNDS.
 *
 * The output passes the app's own validateDataset (see generate.test.ts).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stationStatus } from '../src/data/derived';
import { ASSET_FILES, RELEASE_FILE } from '../src/data/files';
import { LINE_WORLD_BOUNDS, REGION_BOUNDS, STATUSES, WORLD_BOUNDS, type AssetType, type Status } from '../src/data/schema';

type Pos = number[];
interface RawFeature {
  type: 'Feature';
  id?: string;
  geometry:
    { type: 'Point'; coordinates: Pos } | { type: 'LineString'; coordinates: Pos[] } | { type: 'MultiLineString'; coordinates: Pos[][] };
  properties: Record<string, unknown> & {
    id: string;
    type: AssetType;
    name: { zh: string; en: string };
    year: number | null;
    status: string;
    landingPoints?: string[];
  };
}
interface RawCollection {
  type: 'FeatureCollection';
  features: RawFeature[];
}

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of numbers (FNV-1a over their float bits), for position-keyed noise. */
function hash(...xs: number[]): number {
  const f = new Float64Array(xs);
  const b = new Uint8Array(f.buffer);
  let h = 0x811c9dc5;
  for (const byte of b) h = Math.imul(h ^ byte, 0x01000193);
  return h >>> 0;
}

const MARGIN = 0.5;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi - MARGIN, Math.max(lo + MARGIN, v));
const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** Copy k's displacement: the same function of position for every file, so features that
 * share a position (a cable's end and its landing point) still share it afterwards. */
function field(seed: number, k: number): (lon: number, lat: number) => [number, number] {
  const rnd = mulberry32(hash(seed, k, 1));
  const ox = (rnd() - 0.5) * 8; // whole-copy offset: up to ±4° lon
  const oy = (rnd() - 0.5) * 6; // and ±3° lat
  const waves = [0, 1].map(() => ({
    a: 0.4 + rnd() * 0.9,
    fx: 0.05 + rnd() * 0.15,
    fy: 0.05 + rnd() * 0.15,
    px: rnd() * 6.28,
    py: rnd() * 6.28,
  }));
  return (lon, lat) => {
    const n = mulberry32(hash(seed, k, lon, lat)); // tiny position-keyed noise: realistic wiggle, same for equal positions
    const [w0, w1] = waves as [(typeof waves)[0], (typeof waves)[0]];
    const dx = ox + w0.a * Math.sin(lon * w0.fx + w0.px) * Math.cos(lat * w0.fy + w0.py) + (n() - 0.5) * 0.06;
    const dy = oy + w1.a * Math.cos(lon * w1.fx + w1.px) * Math.sin(lat * w1.fy + w1.py) + (n() - 0.5) * 0.06;
    return [lon + dx, lat + dy];
  };
}

/** Where a copy may lie: the region for most assets; cables and their stations are drawn
 * whole (their landings abroad too; a cable's line may run past 180°, see schema.ts). */
const boundsOf = (type: string, line: boolean) =>
  type === 'submarine-cable' && line
    ? LINE_WORLD_BOUNDS
    : type === 'landing-point' || type === 'submarine-cable'
      ? WORLD_BOUNDS
      : REGION_BOUNDS;

function copyFeature(f: RawFeature, k: number, seed: number, move: (lon: number, lat: number) => [number, number]): RawFeature {
  const rnd = mulberry32(hash(seed, k, ...[...f.properties.id].map((c) => c.charCodeAt(0))));
  const B = boundsOf(f.properties.type, f.geometry.type !== 'Point');
  const mv = (p: Pos): Pos => {
    const [x, y] = move(p[0]!, p[1]!);
    return [r4(clamp(x, B.west, B.east)), r4(clamp(y, B.south, B.north))];
  };
  const g = f.geometry;
  let geometry: RawFeature['geometry'];
  if (g.type === 'Point') {
    // a new site near the original city: the field's move plus a scatter of up to ~0.6°
    const [x, y] = mv(g.coordinates);
    geometry = {
      type: 'Point',
      coordinates: [r4(clamp(x! + (rnd() - 0.5) * 1.2, B.west, B.east)), r4(clamp(y! + (rnd() - 0.5) * 1.2, B.south, B.north))],
    };
    // landing points must stay where their cables end: no scatter for them
    if (f.properties.type === 'landing-point') geometry = { type: 'Point', coordinates: mv(g.coordinates) };
  } else if (g.type === 'LineString') geometry = { type: 'LineString', coordinates: g.coordinates.map(mv) };
  else geometry = { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(mv)) };
  const id = `${f.properties.id}-x${k}`;
  const p = f.properties;
  // a retired copy keeps its dated retirement; others may take any status but 'retired' (which needs one)
  const LIVE = STATUSES.filter((x) => x !== 'retired' && x !== 'cancelled');
  const status = p.status === 'retired' || rnd() < 0.7 ? p.status : LIVE[Math.floor(rnd() * LIVE.length)]!;
  const year = p.year === null ? null : Math.min(2035, Math.max(1990, p.year + Math.round((rnd() - 0.5) * 10)));
  const properties: RawFeature['properties'] = {
    ...p,
    id,
    name: { zh: `${p.name.zh}（副本 ${k}）`, en: `${p.name.en} (copy ${k})` },
    status,
    year,
  };
  if (p.landingPoints) properties.landingPoints = p.landingPoints.map((lp) => `${lp}-x${k}`);
  const out: RawFeature = { type: 'Feature', geometry, properties };
  if (f.id !== undefined) out.id = id;
  return out;
}

/**
 * The dataset `factor` times larger. `files` is keyed by file name (as validateDataset
 * takes it); asset files are scaled, the others (countries, timeline, paper) pass through.
 * Same inputs, same seed: byte-identical output.
 */
export function scaleDataset(files: Record<string, unknown>, factor: number, seed = 20240601): Record<string, unknown> {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a positive integer, got ${factor}`);
  const out: Record<string, unknown> = { ...files };
  if (factor === 1) return out;
  const fields = Array.from({ length: factor - 1 }, (_, i) => field(seed, i + 1));
  for (const file of Object.values(ASSET_FILES)) {
    const src = files[file] as RawCollection | undefined;
    if (!src) continue;
    const features = [...src.features];
    fields.forEach((move, i) => {
      for (const f of src.features) features.push(copyFeature(f, i + 1, seed, move));
    });
    out[file] = { ...src, features };
  }
  // a station's status follows its cables' (as npm run derive writes it), copies too
  const cables = (out[ASSET_FILES['submarine-cable']] as RawCollection | undefined)?.features ?? [];
  const statusesAt = new Map<string, Status[]>();
  for (const c of cables)
    for (const lp of c.properties.landingPoints ?? []) statusesAt.set(lp, [...(statusesAt.get(lp) ?? []), c.properties.status as Status]);
  for (const lp of (out[ASSET_FILES['landing-point']] as RawCollection | undefined)?.features ?? []) {
    const st = stationStatus(statusesAt.get(lp.properties.id) ?? []);
    if (st) lp.properties = { ...lp.properties, status: st };
  }
  // a scaled copy is not a release: its copies are not in the release's baseline
  delete out[RELEASE_FILE];
  return out;
}

/** Reads every .json/.geojson file of a directory, keyed by file name. */
export function readDataset(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir)) if (/\.(geo)?json$/.test(name)) files[name] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  return files;
}

/** Writes geodata/ scaled by `factor` into outDir (created if needed). */
export function writeScaledGeodata(srcDir: string, outDir: string, factor: number, seed?: number): { features: number; bytes: number } {
  const scaled = scaleDataset(readDataset(srcDir), factor, seed);
  mkdirSync(outDir, { recursive: true });
  let features = 0;
  let bytes = 0;
  for (const [name, json] of Object.entries(scaled)) {
    const text = JSON.stringify(json);
    writeFileSync(join(outDir, name), text);
    bytes += Buffer.byteLength(text);
    if (Object.values(ASSET_FILES).includes(name)) features += (json as RawCollection).features.length;
  }
  return { features, bytes };
}
