/**
 * The one loading path for geodata/: fetch from the app's own origin, parse, validate
 * against the schema. Every caller (map, panels, list) gets data through here.
 */
import type { z } from 'zod';
import { ASSET_FILES } from './files';
import type { AssetFeature, AssetType } from './schema';
import { checkAssetFile, formatProblem, type Problem } from './validate';

export type LoadErrorKind = 'network' | 'json' | 'invalid';

/** A file that could not be used at all; `problems` name what is wrong and where. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export type Fetch = (url: string) => Promise<Response>;

/** Fetches and parses one JSON file; throws LoadError on a failed request or bad JSON. */
export async function fetchJson(url: string, fetchFn: Fetch = fetch): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (e) {
    throw new LoadError('network', `could not reach ${url}: ${(e as Error).message}`);
  }
  if (!res.ok) throw new LoadError('network', `${url} answered ${res.status}`);
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError('json', `${url} is not valid JSON`);
  }
}

export interface LoadedLayer {
  type: AssetType;
  features: AssetFeature[];
  /** Features that failed validation and were left out; the layer still draws the rest. */
  skipped: Problem[];
}

/** Loads one asset file. Throws when nothing in it is usable. */
export async function loadAssetFile(type: AssetType, base: string, fetchFn: Fetch = fetch): Promise<LoadedLayer> {
  const file = ASSET_FILES[type];
  const json = await fetchJson(`${base}geodata/${file}`, fetchFn);
  const { features, problems } = checkAssetFile(file, type, json);
  if (problems.length && !features.length) {
    throw new LoadError('invalid', `${file}: ${problems.length} problem(s), first: ${formatProblem(problems[0]!)}`, problems);
  }
  return { type, features, skipped: problems };
}

/** Loads a non-GeoJSON file (countries, timeline) against its schema. */
export async function loadJsonFile<T>(file: string, schema: z.ZodType<T>, base: string, fetchFn: Fetch = fetch): Promise<T> {
  const json = await fetchJson(`${base}geodata/${file}`, fetchFn);
  const r = schema.safeParse(json);
  if (!r.success) {
    const problems = r.error.issues.map((i) => ({ file, field: i.path.join('.'), message: i.message }));
    throw new LoadError('invalid', `${file}: ${formatProblem(problems[0]!)}`, problems);
  }
  return r.data;
}
