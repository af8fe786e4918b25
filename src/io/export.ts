/**
 * Exports of the assets the filters leave: GeoJSON (the atlas's own schema), CSV (one row
 * per asset, sources included, UTF-8 with BOM so spreadsheets read Chinese), and Open Fibre
 * Data Standard GeoJSON (nodes and spans) for land fibre routes and communication nodes.
 * Pure: features in, text out.
 */
import { regionName } from '../i18n/region';
import type { Filters } from '../state/filters';
import { stateOn, type At } from '../model/time';
import type { GroupKey } from '../model/groups';
import type { AssetFeature, AssetRecord } from '../data/schema';
import type { AssetText } from '../data/loaded';
import type { ImportedLayer } from '../model/imported';

/**
 * The date an export's statuses hold on: the view's day (a replay day, else the end of the
 * "as of" year, else today: src/model/time.ts viewDay), so each record's status is its state on
 * that day, as the map draws it.
 */
export type StatusDate = At;
export const statusDate = (d: StatusDate): string => d.day;
/** A record's status on the export's day (its recorded status if it had not begun). */
const statusAt = (p: AssetFeature['properties'], at: At) => stateOn(p, at) ?? p.status;

/**
 * The records an export writes: each feature the view lists with its text (description,
 * sources, event notes: what its panel shows), as the dataset holds it. A feature whose text
 * could not be read is left out, and counted so the reader is told.
 */
export function withText(
  features: readonly AssetFeature[],
  textOf: (f: AssetFeature) => AssetText | undefined,
): { records: AssetRecord[]; leftOut: number } {
  const records: AssetRecord[] = [];
  for (const f of features) {
    const text = textOf(f);
    if (!text) continue;
    const { disputes, events, ...rest } = text;
    const props = { ...f.properties, ...rest, ...(disputes ? { disputes } : {}), ...(events ? { events } : {}) };
    records.push({ ...f, properties: props });
  }
  return { records, leftOut: features.length - records.length };
}

export function toGeoJSON(features: readonly AssetRecord[], when: StatusDate): string {
  const statusOn = statusDate(when);
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      statusOn,
      features: features.map((f) => ({
        type: 'Feature',
        id: f.properties.id,
        geometry: f.geometry,
        properties: { ...f.properties, status: statusAt(f.properties, when), statusOn },
      })),
    },
    null,
    1,
  );
}

const CSV_COLUMNS = [
  'id',
  'type',
  'name_zh',
  'name_en',
  'countries',
  'countries_en',
  'countries_zh',
  'status',
  'status_on',
  'year',
  'operators',
  'partners',
  'length_km',
  'capacity',
  'investment',
  'precision',
  'doc_ref',
  'longitude',
  'latitude',
  'geometry_type',
  'description_zh',
  'description_en',
  'sources',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A text a spreadsheet could run as a formula (leading =, +, -, @, tab or CR) gets a leading '. */
export const defuse = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

/** Several items in one cell: each item is defused before joining, so splitting the cell
 * on its separator (Excel's "Text to columns") cannot turn an item into a formula. */
export const csvList = (items: readonly string[], sep = ';'): string => items.map(defuse).join(sep);

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvCell(v: string | number | null | undefined): string {
  let s = v === null || v === undefined ? '' : String(v);
  // Only text can be a formula: numbers (a western longitude, a southern latitude) stay numbers.
  if (typeof v === 'string') s = defuse(s);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A representative position: the point itself, or a line's first vertex. */
const anchor = (f: AssetFeature): [number, number] => {
  const g = f.geometry;
  const p = g.type === 'Point' ? g.coordinates : g.type === 'LineString' ? g.coordinates[0]! : g.coordinates[0]![0]!;
  return [p[0], p[1]];
};

export function toCSV(features: readonly AssetRecord[], when: StatusDate): string {
  const statusOn = statusDate(when);
  const rows = features.map((f) => {
    const p = f.properties;
    const [lon, lat] = anchor(f);
    const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
      id: p.id,
      type: p.type,
      name_zh: p.name.zh,
      name_en: p.name.en,
      countries: csvList(p.countries),
      countries_en: csvList(p.countries.map((c) => regionName(c, 'en'))),
      countries_zh: csvList(p.countries.map((c) => regionName(c, 'zh'))),
      status: statusAt(p, when),
      status_on: statusOn,
      year: p.year,
      operators: csvList(p.operators),
      partners: csvList(p.partners),
      length_km: p.measures?.lengthKm ?? null,
      capacity: p.measures?.capacity ?? null,
      investment: p.measures?.investment ? `${p.measures.investment.amount} ${p.measures.investment.currency}` : null,
      precision: p.precision,
      doc_ref: p.docRef ?? null,
      longitude: lon,
      latitude: lat,
      geometry_type: f.geometry.type,
      description_zh: p.description.zh,
      description_en: p.description.en,
      sources: p.sources
        .map((s) =>
          csvList(
            [s.title, s.section, s.url].filter((x): x is string => !!x),
            ' | ',
          ),
        )
        .join(' ;; '),
    };
    return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** A deterministic UUID-shaped id (OFDS wants a UUID for the network). */
function uuidFrom(seed: string): string {
  let h1 = 0x811c9dc5,
    h2 = 0x01000193;
  const hex: string[] = [];
  for (let round = 0; hex.join('').length < 32; round++) {
    for (const ch of `${seed}:${round}`) {
      h1 = Math.imul(h1 ^ ch.charCodeAt(0), 16777619) >>> 0;
      h2 = Math.imul(h2 + ch.charCodeAt(0), 2246822519) >>> 0;
    }
    hex.push(h1.toString(16).padStart(8, '0'), h2.toString(16).padStart(8, '0'));
  }
  const s = hex.join('').slice(0, 32).split('');
  s[12] = '4';
  s[16] = '89ab'[parseInt(s[16]!, 16) % 4]!;
  const j = s.join('');
  return `${j.slice(0, 8)}-${j.slice(8, 12)}-${j.slice(12, 16)}-${j.slice(16, 20)}-${j.slice(20)}`;
}

const OFDS_STATUS = {
  operational: 'operational',
  'under-construction': 'underConstruction',
  planned: 'planned',
  announced: 'proposed',
  retired: 'decommissioned',
  // OFDS has no code for a project withdrawn before service: the nearest is "inactive"
  cancelled: 'inactive',
} as const;
/** The canonical URL of the OFDS 0.3 network schema (its own $id). */
export const OFDS_SCHEMA =
  'https://raw.githubusercontent.com/Open-Telecoms-Data/open-fibre-data-standard/0__3__0/schema/network-schema.json';

/**
 * Land fibre routes as OFDS spans and communication nodes as OFDS nodes. A route's two
 * ends become nodes of their own ("<route> – start/end") because the dataset records the
 * route, not its end stations; their geometry is as schematic as the route's.
 */
export function toOFDS(
  features: readonly AssetFeature[],
  publicationDate: string,
  at: At = { day: publicationDate, today: publicationDate },
): { nodes: string; spans: string } {
  const network = {
    id: uuidFrom('china-asean-digital-infrastructure-atlas'),
    name: 'China–ASEAN Digital Infrastructure Atlas: land fibre and communication nodes',
    publisher: { name: 'China–ASEAN Digital Infrastructure Atlas (open source)' },
    publicationDate,
    links: [{ rel: 'describedby', href: OFDS_SCHEMA }],
  };
  const common = (f: AssetFeature) => ({
    status: OFDS_STATUS[statusAt(f.properties, at)],
    networkProviders: f.properties.operators.map((name) => ({ name })),
    network,
  });
  const nodes: unknown[] = [];
  const spans: unknown[] = [];
  for (const f of features) {
    const p = f.properties;
    if (p.type === 'node' && f.geometry.type === 'Point') {
      nodes.push({ type: 'Feature', geometry: f.geometry, properties: { id: p.id, name: p.name.en, ...common(f), featureType: 'node' } });
    }
    if (p.type === 'land-fibre' && f.geometry.type !== 'Point') {
      const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
      lines.forEach((line, i) => {
        const suffix = lines.length > 1 ? `-${i + 1}` : '';
        const end = (which: 'start' | 'end', pos: number[]) => ({
          id: `${p.id}${suffix}-${which}`,
          name: `${p.name.en} – ${which}`,
          location: { type: 'Point', coordinates: [pos[0], pos[1]] },
        });
        const [a, b] = [end('start', line[0]!), end('end', line[line.length - 1]!)];
        for (const n of [a, b])
          nodes.push({ type: 'Feature', geometry: n.location, properties: { id: n.id, name: n.name, ...common(f), featureType: 'node' } });
        spans.push({
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: line },
          properties: {
            id: `${p.id}${suffix}`,
            name: p.name.en,
            ...common(f),
            start: a,
            end: b,
            directed: false,
            transmissionMedium: ['fibre'],
            countries: p.countries,
            featureType: 'span',
          },
        });
      });
    }
  }
  const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
  return { nodes: fc(nodes), spans: fc(spans) };
}

/**
 * A file name that says what the file holds: the layers (when not all), the filters, the
 * "as of" year and the date, e.g. `china-asean-atlas_submarine-cable_VN_operational_asof-2023_2026-11-25.csv`.
 */
export function exportName(ext: string, v: { layers: Record<GroupKey, boolean>; filters: Filters }, date: string): string {
  const safe = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
  const on = (Object.keys(v.layers) as GroupKey[]).filter((k) => v.layers[k]);
  const f = v.filters;
  const parts = ['china-asean-atlas'];
  if (on.length < Object.keys(v.layers).length) parts.push(on.length ? on.join('+') : 'no-layers');
  if (f.countries.length) parts.push(f.countries.join('+'));
  if (f.statuses.length) parts.push(f.statuses.join('+'));
  if (f.homes.length) parts.push(`home-${f.homes.join('+')}`);
  if (f.operators.length) parts.push(`op-${f.operators.length === 1 ? safe(f.operators[0]!) : f.operators.length}`);
  if (f.suppliers.length) parts.push(`by-${f.suppliers.map(safe).join('+')}`);
  if (f.nodeKinds.length) parts.push(f.nodeKinds.join('+'));
  if (f.yearFrom !== null || f.yearTo !== null) parts.push(`${f.yearFrom ?? ''}-${f.yearTo ?? ''}`);
  if (f.asOf !== null) parts.push(`asof-${f.asOf}`);
  parts.push(date);
  return `${parts.join('_')}.${ext}`;
}

/** An imported layer back as GeoJSON: its features with the properties as the atlas read
 * them (direction overrides stripped as on import; values whole and of their own type, not
 * the shortened text the panel shows). */
export function importedToGeoJSON(layer: Pick<ImportedLayer, 'name' | 'features'>): string {
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      name: layer.name,
      features: layer.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: f.properties })),
    },
    null,
    1,
  );
}
