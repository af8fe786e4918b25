import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  ASSET_FILES,
  CORRIDORS_FILE,
  COUNTRIES_FILE,
  FAULTS_FILE,
  KNOWN_FILE,
  OPERATORS_FILE,
  PAPER_FILE,
  RELEASE_FILE,
  TIMELINE_FILE,
} from '../src/data/files';
import {
  AssetRecordCollection,
  CorridorsFile,
  CountriesFile,
  FaultsFile,
  KnownSystemsFile,
  OperatorsFile,
  PaperFile,
  ReleaseFile,
  TimelineFile,
  type AssetType,
} from '../src/data/schema';

/** What each asset file holds, in words (datapackage.json's descriptions). */
const ASSET_DESCRIPTIONS: Record<AssetType, string> = {
  'submarine-cable':
    'Submarine cable systems with a landing in mainland China, Hong Kong, Macau or an ASEAN state: owners, supplier, dated life events, schematic routes drawn at sea.',
  'landing-point': 'Cable landing stations (town or station level), each used by at least one cable.',
  'land-fibre': 'Cross-border terrestrial fibre links; routes schematic, border crossings at named towns.',
  node: 'Communication nodes: the paper’s nodes, international gateway exchanges and internet exchange points.',
  'cloud-centre': 'Cloud regions by provider (with the provider’s home economy) and data-centre campuses.',
  '5g': '5G deployments: each operator’s commercial launch and the paper’s 5G items.',
};

const OTHER: Record<string, { description: string; schema: z.ZodType; schemaFile: string }> = {
  [COUNTRIES_FILE]: {
    description: 'China and the ASEAN states: the paper’s coverage-gap notes per dimension, and indicators with year and source.',
    schema: CountriesFile,
    schemaFile: 'countries.schema.json',
  },
  [TIMELINE_FILE]: {
    description: 'Dated policy milestones and events from the paper, linked to assets.',
    schema: TimelineFile,
    schemaFile: 'timeline.schema.json',
  },
  [OPERATORS_FILE]: {
    description:
      'Operators as entities: canonical name in both languages, home economy, and the names the sources use for them and their subsidiaries (the atlas’s classification, used by the owner filters).',
    schema: OperatorsFile,
    schemaFile: 'operators.schema.json',
  },
  [PAPER_FILE]: {
    description: 'The paper in brief: headline figures and themes by section, for the overview panel.',
    schema: PaperFile,
    schemaFile: 'paper.schema.json',
  },
  [FAULTS_FILE]: {
    description:
      'Dated submarine-cable faults: cables hit (ids in submarine-cables.geojson, and names with no cable in the data), start and repair dates (null when no source gives one), the latest dated report of impairment and of service back, location where reported, cause, countries affected, the impact each report states per country (replayed by the tests), sources; plus what was searched for and not found.',
    schema: FaultsFile,
    schemaFile: 'faults.schema.json',
  },
  [RELEASE_FILE]: {
    description:
      'The dataset as a release: its version (semver) and date, the ids of the baseline release (ids are stable) and the ids removed since, each with its reason. What each release added, corrected and retired is in CHANGELOG.md.',
    schema: ReleaseFile,
    schemaFile: 'release.schema.json',
  },
  [KNOWN_FILE]: {
    description:
      'Submarine systems that sources name as landing in the region but that the map does not draw (no source names their landings, or what became of them): countries, state, firms, why not drawn, dated events and sources. Not counted by the analysis.',
    schema: KnownSystemsFile,
    schemaFile: 'known-systems.schema.json',
  },
  [CORRIDORS_FILE]: {
    description:
      'Named sea corridors many cables share (straits, seas), as schematic polygons drawn from general geography, for what-if cuts; each with its rationale and sources.',
    schema: CorridorsFile,
    schemaFile: 'corridors.schema.json',
  },
};

/** Files in geodata/ that are not data resources: this page and the package's own metadata. */
const NOT_RESOURCES = new Set(['README.md', 'CHANGELOG.md', 'datapackage.json', 'schema']);

const toSchema = (s: z.ZodType) => z.toJSONSchema(s, { unrepresentable: 'any', io: 'input' });

/** The Data Package for geodata/ and the JSON Schemas it points to. Throws when a file in
 * the folder has no entry here (so a new file cannot be forgotten). */
export function buildDataPackage(dir: string): { pkg: Record<string, unknown>; schemas: Record<string, unknown> } {
  const schemas: Record<string, unknown> = { 'assets.schema.json': toSchema(AssetRecordCollection) };
  const resources: Array<Record<string, unknown>> = [];
  const byFile = new Map(Object.entries(ASSET_FILES).map(([type, file]) => [file, type as AssetType]));
  for (const name of readdirSync(dir).sort()) {
    if (NOT_RESOURCES.has(name)) continue;
    const type = byFile.get(name);
    const other = OTHER[name];
    if (!type && !other) throw new Error(`geodata/${name} is not described in scripts/datapackage-build.ts`);
    if (other) schemas[other.schemaFile] = toSchema(other.schema);
    resources.push({
      name: name.replace(/\.(geo)?json$/, '').replace(/[^a-z0-9]+/g, '-'),
      path: name,
      format: name.endsWith('.geojson') ? 'geojson' : 'json',
      mediatype: name.endsWith('.geojson') ? 'application/geo+json' : 'application/json',
      encoding: 'utf-8',
      bytes: statSync(join(dir, name)).size,
      description: type ? ASSET_DESCRIPTIONS[type] : other!.description,
      jsonSchema: `schema/${type ? 'assets.schema.json' : other!.schemaFile}`,
    });
  }
  const release = ReleaseFile.parse(JSON.parse(readFileSync(join(dir, RELEASE_FILE), 'utf8')));
  const pkg = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'china-asean-digital-infrastructure-atlas',
    title: 'China–ASEAN Digital Infrastructure Atlas dataset',
    description:
      'An open, sourced, bilingual (zh/en) record of China–ASEAN digital infrastructure. Every asset carries its sources (a section of the paper or a public URL) and a geometry precision (exact, approximate, schematic). Facts come from the cited public sources; geometry is the atlas’s own.',
    // the data release (release.json), not the app's version
    version: release.version,
    created: `${release.date}T00:00:00Z`,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    contributors: [{ title: 'China–ASEAN Digital Infrastructure Atlas contributors', roles: ['author'] }],
    resources,
  };
  return { pkg, schemas };
}
