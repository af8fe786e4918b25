import { useAssetQueries } from './queries';
import type { LoadedLayer } from './load';
import type { AssetFeature, AssetProps, AssetType } from './schema';
import { ASSET_FILES } from './files';
import { crossCheck, type Problem } from './checks';

export interface AssetIndex {
  byId: ReadonlyMap<string, AssetFeature>;
  all: readonly AssetFeature[];
  byType: Partial<Record<AssetType, LoadedLayer>>;
  /** The cables that land at a landing point (from the loaded cable file). */
  cablesOf: (landingId: string) => readonly AssetProps[];
  /** What the checks across files found in what has loaded (validate.ts crossCheck, the
   * same as `npm run validate`): repeated ids (the first is kept), cables naming missing
   * landing points, landing points no cable lands at. */
  problems: readonly Problem[];
}

/** Indexes the loaded layers by id and type (derived, never stored). */
export function indexAssets(layers: ReadonlyArray<LoadedLayer | undefined>): AssetIndex {
  const byId = new Map<string, AssetFeature>();
  const byType: Partial<Record<AssetType, LoadedLayer>> = {};
  const loaded = layers.filter((l): l is LoadedLayer => !!l);
  const { problems, kept } = crossCheck(loaded.map((l) => ({ type: l.type, file: ASSET_FILES[l.type], features: l.features })));
  for (const l of loaded) {
    // a repeated id stays with the first file that has it (a later one cannot hijack a link)
    const mine = kept.get(l.type) ?? l.features;
    byType[l.type] = mine.length === l.features.length ? l : { ...l, features: mine };
    for (const f of mine) byId.set(f.properties.id, f);
  }
  const cables = new Map<string, AssetProps[]>();
  for (const c of byType['submarine-cable']?.features ?? [])
    for (const id of c.properties.landingPoints ?? []) cables.set(id, [...(cables.get(id) ?? []), c.properties]);
  return { byId, all: [...byId.values()], byType, cablesOf: (id) => cables.get(id) ?? [], problems };
}

let cached: { datas: ReadonlyArray<LoadedLayer | undefined>; index: AssetIndex } | null = null;

/** The index for these loaded layers, built once per change of any of them (every
 * component that asks for it shares the one built last). */
export function indexFor(datas: ReadonlyArray<LoadedLayer | undefined>): AssetIndex {
  if (cached && cached.datas.length === datas.length && cached.datas.every((d, i) => d === datas[i])) return cached.index;
  cached = { datas, index: indexAssets(datas) };
  return cached.index;
}

/** The asset index over whatever has loaded so far. */
export function useAssetIndex(): AssetIndex {
  return indexFor(useAssetQueries().map((r) => r.data));
}
