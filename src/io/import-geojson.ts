/**
 * Reads a user's GeoJSON file into layers the atlas can draw. Pure (runs in a worker).
 * Accepts FeatureCollection, Feature, or a bare geometry; Point, MultiPoint, LineString,
 * MultiLineString, Polygon, MultiPolygon and GeometryCollection. Recognises the Open
 * Fibre Data Standard's GeoJSON publication format (features with featureType "node" /
 * "span"). Everything it rejects is reported with where it is; nothing is thrown.
 */

import type { ImportedFeature, ImportedLayerData, Kind } from '../model/imported';
import { geometryProblem } from './import-schema';

export type { ImportedFeature, ImportedLayerData, Kind } from '../model/imported';

export interface ImportResult {
  layers: ImportedLayerData[];
  /** Human-readable problems: "feature 12: coordinates [200, 5] are out of range". */
  problems: string[];
  total: number;
}

const MAX_PROBLEMS = 50;
/** What the map can draw of one import, by measured cost (issue 23: 400,000 tiny points
 * drew; 1,000,000 crashed the tab while drawing): features and positions. Past either, the
 * rest is left out, and the reader is told before anything is drawn. */
export const MAX_DRAWN_FEATURES = 250_000;
export const MAX_DRAWN_POSITIONS = 2_500_000;
/** Property names and values are shortened like the atlas's own text. */
export const MAX_KEY = 80;
export const MAX_VALUE = 2000;
/** GeometryCollections nested deeper than this are refused (per feature; RFC 7946 advises
 * against nesting at all). */
export const MAX_NESTING = 8;
/** Direction overrides, embeddings and isolates, and the marks: they can make a name read
 * backwards or hide part of it. Stripped from every imported name and value. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const clean = (s: string): string => s.replace(BIDI, '');
const BIDI_ANY = new RegExp(BIDI.source);
const GEOMS = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** OFDS fields in the order a reader wants them, with their standard names. */
export const OFDS_FIELDS: Record<string, string> = {
  name: 'Name',
  status: 'Status',
  'phase.name': 'Phase',
  readyForServiceDate: 'Ready for service date',
  'start.name': 'Start node',
  'end.name': 'End node',
  type: 'Node type',
  'physicalInfrastructureProvider.name': 'Physical infrastructure provider',
  'networkProviders.name': 'Network providers',
  transmissionMedium: 'Transmission medium',
  deployment: 'Deployment',
  darkFibre: 'Dark fibre',
  fibreType: 'Fibre type',
  fibreCount: 'Fibre count',
  fibreLength: 'Fibre length (m)',
  capacity: 'Capacity (Gbps)',
  accessPoint: 'Access point',
  technologies: 'Technologies',
  countries: 'Countries',
  'network.name': 'Network',
  'network.publisher.name': 'Publisher',
  id: 'Identifier',
};

const cap = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}…` : s);
const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return cap(clean(v), MAX_VALUE);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s: string;
  try {
    s = JSON.stringify(v) ?? '';
  } catch {
    s = '[too deep to show]';
  }
  return cap(clean(s), MAX_VALUE);
};

/**
 * A feature's properties as read, for the layer's Export: the same direction overrides
 * stripped from every name and value as in `props`, nothing shortened. (Cleaning the JSON
 * text is safe: these characters only ever stand inside its strings.) Properties nested
 * too deep to copy are given as shown (`shown`, shortened).
 */
export function propertiesAsRead(p: Record<string, unknown>, shown: Array<[string, string]>): Record<string, unknown> {
  // the read properties cross from the import worker to the page by structured clone, which
  // overflows its stack on deep nesting (3,000 levels in Chromium): deeper ones go as shown
  if (deeperThan(p, MAX_PROPERTY_DEPTH)) return Object.fromEntries(shown);
  try {
    const json = JSON.stringify(p);
    return BIDI_ANY.test(json) ? (JSON.parse(clean(json)) as Record<string, unknown>) : p;
  } catch {
    return Object.fromEntries(shown);
  }
}

/** Properties nested deeper than this are exported as shown (see propertiesAsRead). */
export const MAX_PROPERTY_DEPTH = 100;

/** Whether objects and arrays nest more than `limit` deep in `v` (iterative, and it stops
 * at the limit: a million-deep value costs no more than a shallow one). */
export function deeperThan(v: unknown, limit: number): boolean {
  let level: unknown[] = [v];
  for (let depth = 0; level.length; depth++) {
    if (depth > limit) return true;
    const next: unknown[] = [];
    for (const x of level) if (x !== null && typeof x === 'object') for (const y of Object.values(x)) next.push(y);
    level = next;
  }
  return false;
}

/** Value at a dotted path; arrays of objects yield their items' values joined. */
function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split('.')) {
    if (Array.isArray(cur))
      cur = cur.map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined)).filter((x) => x !== undefined);
    else if (cur && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, k)) cur = (cur as Record<string, unknown>)[k];
    else return undefined;
  }
  return cur;
}

function displayProps(p: Record<string, unknown>, kind: Kind): Array<[string, string]> {
  if (kind === 'generic')
    return Object.keys(p)
      .slice(0, 200)
      .map((k) => [cap(clean(k), MAX_KEY), text(p[k])]);
  const out: Array<[string, string]> = [];
  for (const [path, label] of Object.entries(OFDS_FIELDS)) {
    const v = at(p, path);
    if (v === undefined || (Array.isArray(v) && !v.length)) continue;
    out.push([label, Array.isArray(v) ? v.map(text).join(', ') : text(v)]);
  }
  return out;
}

function kinds(g: { type: string; geometries?: unknown }): Array<'point' | 'line' | 'polygon'> {
  if (g.type === 'GeometryCollection') return (g.geometries as Array<{ type: string }>).flatMap(kinds);
  return [/Point/.test(g.type) ? 'point' : /LineString/.test(g.type) ? 'line' : 'polygon'];
}

/** How deep GeometryCollections nest (iterative: a 5,000-deep one cannot overflow the stack). */
export function nesting(g: unknown): number {
  let depth = 0;
  let level: unknown[] = [g];
  while (level.length) {
    const next: unknown[] = [];
    for (const x of level)
      if (x && typeof x === 'object' && (x as { type?: unknown }).type === 'GeometryCollection') {
        const gs = (x as { geometries?: unknown }).geometries;
        if (Array.isArray(gs)) for (const sub of gs as unknown[]) next.push(sub);
      }
    if (!next.length) break;
    depth++;
    if (depth > MAX_NESTING) return depth;
    level = next;
  }
  return depth;
}

/** Positions in a (valid) geometry: what drawing it costs. */
function positionCount(g: { type: string; coordinates?: unknown; geometries?: unknown }): number {
  if (g.type === 'GeometryCollection') return (g.geometries as Array<typeof g>).reduce((n, x) => n + positionCount(x), 0);
  const count = (c: unknown): number =>
    Array.isArray(c) ? (typeof c[0] === 'number' ? 1 : c.reduce((n: number, x) => n + count(x), 0)) : 0;
  return count(g.coordinates);
}

/** The text encoding of a file from its first bytes: a UTF-16 byte-order mark, or the NUL
 * bytes every other byte of UTF-16 ASCII text has. GeoJSON must be UTF-8 (RFC 7946). */
export function sniffEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const n = Math.min(head.length, 64) & ~1;
  let even = 0,
    odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  if (n >= 4 && odd >= n / 4 && even === 0) return 'utf-16le';
  if (n >= 4 && even >= n / 4 && odd === 0) return 'utf-16be';
  return 'utf-8';
}

/** Reads parsed JSON. `layerId` prefixes feature ids. */
export function readGeoJSON(json: unknown, layerId: string): ImportResult {
  const problems: string[] = [];
  const add = (p: string) => problems.length < MAX_PROBLEMS && problems.push(p);
  let raw: unknown[];
  if (!json || typeof json !== 'object') return { layers: [], problems: ['the file is JSON but not a GeoJSON object'], total: 0 };
  const obj = json as { type?: unknown; features?: unknown };
  if (obj.type === 'FeatureCollection') {
    if (!Array.isArray(obj.features)) return { layers: [], problems: ['FeatureCollection without a "features" list'], total: 0 };
    raw = obj.features;
  } else if (obj.type === 'Feature') raw = [obj];
  else if (typeof obj.type === 'string' && GEOMS.has(obj.type)) raw = [{ type: 'Feature', geometry: obj, properties: {} }];
  else
    return {
      layers: [],
      problems: [`not GeoJSON: the top-level "type" is ${obj.type === undefined ? 'missing' : `"${text(obj.type).slice(0, 30)}"`}`],
      total: 0,
    };
  if (!raw.length) return { layers: [], problems: ['the file has no features'], total: 0 };

  const buckets = new Map<Kind, ImportedLayerData>();
  let drawn = 0;
  let positions = 0;
  let capped = -1;
  raw.forEach((f, i) => {
    if (capped !== -1) return;
    const where = `feature ${i + 1}`;
    if (!f || typeof f !== 'object' || (f as { type?: unknown }).type !== 'Feature') return add(`${where}: not a Feature`);
    const { geometry, properties } = f as { geometry?: unknown; properties?: unknown };
    if (nesting(geometry) > MAX_NESTING) return add(`${where}: GeometryCollections nested more than ${MAX_NESTING} deep`);
    const bad = geometryProblem(geometry, where);
    if (bad) return add(bad);
    const cost = positionCount(geometry as ImportedFeature['geometry']);
    if (drawn + 1 > MAX_DRAWN_FEATURES || positions + cost > MAX_DRAWN_POSITIONS) {
      capped = i;
      return;
    }
    drawn++;
    positions += cost;
    const p = properties && typeof properties === 'object' && !Array.isArray(properties) ? (properties as Record<string, unknown>) : {};
    const kind: Kind = p.featureType === 'node' ? 'ofds-nodes' : p.featureType === 'span' ? 'ofds-spans' : 'generic';
    const g = geometry as ImportedFeature['geometry'];
    let b = buckets.get(kind);
    if (!b) buckets.set(kind, (b = { kind, features: [], has: { point: false, line: false, polygon: false } }));
    for (const k of kinds(g)) b.has[k] = true;
    const label = text(p.name ?? p.title ?? p.NAME ?? p.Name ?? p.id ?? '').slice(0, 200) || `Feature ${i + 1}`;
    const props = displayProps(p, kind);
    b.features.push({
      type: 'Feature',
      id: `${layerId}-${i}`,
      geometry: g,
      props,
      properties: propertiesAsRead(p, props),
      label: label.slice(0, 200),
    });
  });
  if (capped !== -1)
    problems.unshift(
      `only the first ${capped.toLocaleString('en')} of ${raw.length.toLocaleString('en')} features are drawn: ` +
        `this map draws at most ${MAX_DRAWN_FEATURES.toLocaleString('en')} features or ${MAX_DRAWN_POSITIONS.toLocaleString('en')} positions from one file ` +
        '(more can crash the browser tab); split or simplify the file to see the rest',
    );
  const nodes = buckets.get('ofds-nodes');
  const spans = buckets.get('ofds-spans');
  if (spans) problems.push(...ofdsRefProblems(raw, nodes ? new Set(ofdsNodeIds(raw)) : null));
  return { layers: [...buckets.values()], problems: problems.slice(0, MAX_PROBLEMS + 1), total: raw.length };
}

const propsOf = (f: unknown): Record<string, unknown> => {
  const p = f && typeof f === 'object' ? (f as { properties?: unknown }).properties : undefined;
  return p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : {};
};
function ofdsNodeIds(raw: unknown[]): string[] {
  return raw.flatMap((f) => {
    const p = propsOf(f);
    return p.featureType === 'node' && typeof p.id === 'string' ? [p.id] : [];
  });
}
/** OFDS spans whose start or end names no node, or (in a file that has nodes) a node the
 * file does not have. Warned; the span is still drawn: its line is all the map needs. A
 * spans-only file (OFDS publishes nodes and spans apart) is checked for ids only. */
function ofdsRefProblems(raw: unknown[], nodeIds: ReadonlySet<string> | null): string[] {
  const out: string[] = [];
  raw.forEach((f, i) => {
    const p = propsOf(f);
    if (p.featureType !== 'span') return;
    for (const end of ['start', 'end'] as const) {
      const ref = p[end];
      const id = ref && typeof ref === 'object' ? (ref as { id?: unknown }).id : undefined;
      if (typeof id !== 'string') out.push(`feature ${i + 1}: span ${end} names no node id`);
      else if (nodeIds && !nodeIds.has(id))
        out.push(`feature ${i + 1}: span ${end} node "${text(id).slice(0, 40)}" is not among this file's nodes`);
      if (out.length >= 20) return;
    }
  });
  return out;
}
