/**
 * The map's part of an asset file: every record without the text only its panel and exports
 * show (TEXT_FIELDS, and each event's EVENT_TEXT_FIELDS). The build writes it beside each
 * asset file as geodata/map/<file> (vite.config.ts), the first view loads that, and a panel
 * reads the record's text from the file itself (issue 23: the first view's bytes). Pure and
 * zod-free: the loader applies it to what it fetched before validating, so a full file
 * served in its place loads the same.
 */
import { EVENT_TEXT_FIELDS, TEXT_FIELDS } from './constants.ts';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function without(o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) if (!keys.includes(k)) out[k] = o[k];
  return out;
}

/** One feature's map part; anything that is not a feature's shape is left for the validator to name. */
function mapFeature(f: unknown): unknown {
  if (!isObject(f) || !isObject(f.properties)) return f;
  const p = without(f.properties, TEXT_FIELDS);
  if (Array.isArray(p.events)) p.events = (p.events as unknown[]).map((e) => (isObject(e) ? without(e, EVENT_TEXT_FIELDS) : e));
  return { ...f, properties: p };
}

/** An asset file's map part (a FeatureCollection in, the same out); other input unchanged. */
export function mapPart(json: unknown): unknown {
  if (!isObject(json) || !Array.isArray(json.features)) return json;
  return { ...json, features: json.features.map(mapFeature) };
}

/** Where the map part of an asset file is served, relative to geodata/. */
export const mapFileOf = (file: string): string => `map/${file}`;
