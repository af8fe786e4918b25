/**
 * The checks the main thread runs on what has loaded, with no dependency on zod (the
 * schemas run in the load worker): checks across asset files, and faults against the cables
 * that loaded. validate.ts re-exports them for scripts/validate.ts, which runs the same.
 */
import { FAULTS_FILE } from './files';
import type { AssetType } from './constants';
import type { AssetFeature, Fault } from './schema';

/** How each asset type is drawn: a typed record, so a new type without an entry fails the typecheck. */
export const GEOMETRY_OF: Record<AssetType, 'point' | 'line'> = {
  'submarine-cable': 'line',
  'landing-point': 'point',
  'land-fibre': 'line',
  node: 'point',
  'cloud-centre': 'point',
  '5g': 'point',
};

export interface Problem {
  file: string;
  id?: string;
  field?: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}${p.id ? ` [${p.id}]` : ''}${p.field ? ` ${p.field}` : ''}: ${p.message}`;

/** What one layer names in the legend: its map parts' problems (and the checks across
 * files), then what its full records add once they have loaded after the first view (a
 * `javascript:` source, a description past its cap: split.ts leaves text out of the map's
 * part, so only the full file can show them). A record already named is not named again, and
 * the full file's own failure is named only when the map's part loaded. */
export function layerProblems(layer: {
  map: readonly Problem[];
  texts: readonly Problem[];
  /** files whose full records could not be read, with why (the map's part did load) */
  textFailures: readonly { file: string; message: string }[];
}): Problem[] {
  const key = (p: Problem) => (p.id !== undefined ? `${p.file}\u0000${p.id}` : formatProblem(p));
  const named = new Set(layer.map.map(key));
  const out = [...layer.map];
  for (const p of layer.texts) {
    const k = key(p);
    if (named.has(k)) continue;
    named.add(k);
    out.push(p);
  }
  for (const f of layer.textFailures)
    out.push({ file: f.file, message: `descriptions and sources could not be read (${f.message}); the map still shows the layer` });
  return out;
}

/** One asset file's features after checkAssetFile. */
export interface CheckedFile<F extends AssetFeature = AssetFeature> {
  type: AssetType;
  file: string;
  features: readonly F[];
}

/**
 * The checks across asset files, over features that passed checkAssetFile: an id used in an
 * earlier file (in ASSET_FILES order) is kept there and the repeat is left out; cables name
 * landing points that exist; every landing point has a cable. The landing checks run only
 * when both files are given (in the browser one of them may have failed to load).
 * Returns the problems and, per type, the features kept.
 */
export function crossCheck<F extends AssetFeature>(files: readonly CheckedFile<F>[]): { problems: Problem[]; kept: Map<AssetType, F[]> } {
  const problems: Problem[] = [];
  const kept = new Map<AssetType, F[]>();
  const byId = new Map<string, { file: string; feature: F }>();
  for (const { type, file, features } of files) {
    const mine: F[] = [];
    for (const f of features) {
      const seen = byId.get(f.properties.id);
      if (seen) problems.push({ file, id: f.properties.id, field: 'properties.id', message: `repeats an id already used in ${seen.file}` });
      else {
        byId.set(f.properties.id, { file, feature: f });
        mine.push(f);
      }
    }
    kept.set(type, mine);
  }
  const has = (t: AssetType) => files.some((f) => f.type === t);
  if (has('submarine-cable') && has('landing-point')) problems.push(...landingProblems(byId));
  return { problems, kept };
}

function landingProblems(byId: ReadonlyMap<string, { file: string; feature: AssetFeature }>): Problem[] {
  const problems: Problem[] = [];
  const usedLandings = new Set<string>();
  for (const { file, feature } of byId.values()) {
    const p = feature.properties;
    if (p.type === 'submarine-cable') {
      if (!p.landingPoints || p.landingPoints.length < 2)
        problems.push({ file, id: p.id, field: 'properties.landingPoints', message: 'a cable needs at least two landing points' });
      for (const lp of p.landingPoints ?? []) {
        usedLandings.add(lp);
        if (byId.get(lp)?.feature.properties.type !== 'landing-point')
          problems.push({
            file,
            id: p.id,
            field: 'properties.landingPoints',
            message: `names landing point "${lp}", which does not exist`,
          });
      }
    } else if (p.landingPoints) {
      problems.push({ file, id: p.id, field: 'properties.landingPoints', message: 'only cables list landing points' });
    }
  }
  for (const { file, feature } of byId.values()) {
    if (feature.properties.type === 'landing-point' && !usedLandings.has(feature.properties.id))
      problems.push({ file, id: feature.properties.id, message: 'no cable lands here' });
  }
  return problems;
}

/** The faults against the cables that loaded: a cable id the cable file does not have is
 * named, and moved to the fault's other (unlinked) cables so Replay does not point at it. */
export function checkFaultCables(faults: readonly Fault[], cableIds: ReadonlySet<string>): { faults: Fault[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const out = faults.map((f) => {
    const missing = f.cables.filter((c) => !cableIds.has(c));
    if (!missing.length) return f;
    for (const c of missing)
      problems.push({ file: FAULTS_FILE, id: f.id, field: 'cables', message: `names cable "${c}", which does not exist` });
    return { ...f, cables: f.cables.filter((c) => cableIds.has(c)), otherCables: [...f.otherCables, ...missing] };
  });
  return { faults: out, problems };
}
