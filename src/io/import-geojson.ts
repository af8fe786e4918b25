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

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.length > 2000 ? `${v.slice(0, 2000)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = JSON.stringify(v);
  return s.length > 2000 ? `${s.slice(0, 2000)}…` : s;
};

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
      .map((k) => [k, text(p[k])]);
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
  raw.forEach((f, i) => {
    const where = `feature ${i + 1}`;
    if (!f || typeof f !== 'object' || (f as { type?: unknown }).type !== 'Feature') return add(`${where}: not a Feature`);
    const { geometry, properties } = f as { geometry?: unknown; properties?: unknown };
    const bad = geometryProblem(geometry, where);
    if (bad) return add(bad);
    const p = properties && typeof properties === 'object' && !Array.isArray(properties) ? (properties as Record<string, unknown>) : {};
    const kind: Kind = p.featureType === 'node' ? 'ofds-nodes' : p.featureType === 'span' ? 'ofds-spans' : 'generic';
    const g = geometry as ImportedFeature['geometry'];
    let b = buckets.get(kind);
    if (!b) buckets.set(kind, (b = { kind, features: [], has: { point: false, line: false, polygon: false } }));
    for (const k of kinds(g)) b.has[k] = true;
    const label = text(p.name ?? p.title ?? p.NAME ?? p.Name ?? p.id ?? '') || `Feature ${i + 1}`;
    b.features.push({ type: 'Feature', id: `${layerId}-${i}`, geometry: g, props: displayProps(p, kind), label: label.slice(0, 200) });
  });
  return { layers: [...buckets.values()], problems, total: raw.length };
}
