import type { AssetType } from './schema';

/** One GeoJSON file per asset type in geodata/; the map layer groups read them. */
export const ASSET_FILES: Record<AssetType, string> = {
  'submarine-cable': 'submarine-cables.geojson',
  'landing-point': 'landing-points.geojson',
  'land-fibre': 'land-fibre.geojson',
  node: 'nodes.geojson',
  'cloud-centre': 'cloud-centres.geojson',
  '5g': '5g.geojson',
};
export const COUNTRIES_FILE = 'countries.json';
export const TIMELINE_FILE = 'timeline.json';
export const PAPER_FILE = 'paper.json';
export const OPERATORS_FILE = 'operators.json';
export const FAULTS_FILE = 'faults.json';
export const CORRIDORS_FILE = 'corridors.json';
export const RELEASE_FILE = 'release.json';
export const KNOWN_FILE = 'known-systems.json';
