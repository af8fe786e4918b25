/**
 * The shipped dataset (geodata/), loaded through the app's own loading path (fetch → parse →
 * validate), for tests that check what a reader would see against what sources report.
 * Node only (reads the files from disk).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexAssets, type AssetIndex } from '../data';
import { CORRIDORS_FILE, FAULTS_FILE } from '../data/files';
import { loadAssetFile, loadJsonFile, type Fetch } from '../data/load';
import { ASSET_TYPES, CorridorsFile, FaultsFile, type Corridor, type Fault } from '../data/schema';
import type { ExposureData } from '../analysis/exposure';

/** A fetch that answers /geodata/<file> from the repository's geodata/ folder. */
export const diskFetch: Fetch = (url: string) => {
  const name = url.split('/').pop()!.split('?')[0]!;
  try {
    const body = readFileSync(join(process.cwd(), 'geodata', name), 'utf8');
    return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
  } catch {
    return Promise.resolve(new Response('not found', { status: 404 }));
  }
};

export interface RealData {
  index: AssetIndex;
  faults: readonly Fault[];
  corridors: readonly Corridor[];
}

let cached: Promise<RealData> | null = null;
/** The whole dataset, loaded once per test file. */
export function realData(): Promise<RealData> {
  cached ??= (async () => {
    const layers = await Promise.all(ASSET_TYPES.map((t) => loadAssetFile(t, '/', diskFetch)));
    const faults = await loadJsonFile(FAULTS_FILE, FaultsFile, '/', diskFetch);
    const corridors = await loadJsonFile(CORRIDORS_FILE, CorridorsFile, '/', diskFetch);
    return { index: indexAssets(layers), faults: faults.faults, corridors: corridors.corridors };
  })();
  return cached;
}

/** The shipped files as the count model's input, read synchronously (the schema checks run in
 * `npm run validate` and in realData(); replay tests that only need the records use this). */
export function shippedExposureData(): ExposureData {
  const j = (f: string) => JSON.parse(readFileSync(join(process.cwd(), 'geodata', f), 'utf8'));
  return {
    cables: j('submarine-cables.geojson').features,
    landings: j('landing-points.geojson').features,
    fibre: j('land-fibre.geojson').features,
    faults: j('faults.json').faults,
    corridors: j('corridors.json').corridors,
  };
}
