import { useAssetQueries } from './queries';
import type { LoadedLayer } from './load';
import type { AssetFeature, AssetProps, AssetType } from './schema';

export interface AssetIndex {
  byId: ReadonlyMap<string, AssetFeature>;
  all: readonly AssetFeature[];
  byType: Partial<Record<AssetType, LoadedLayer>>;
  /** The cables that land at a landing point (from the loaded cable file). */
  cablesOf: (landingId: string) => readonly AssetProps[];
}

/** Indexes the loaded layers by id and type (derived, never stored). */
export function indexAssets(layers: ReadonlyArray<LoadedLayer | undefined>): AssetIndex {
  const byId = new Map<string, AssetFeature>();
  const byType: Partial<Record<AssetType, LoadedLayer>> = {};
  for (const l of layers) {
    if (!l) continue;
    byType[l.type] = l;
    for (const f of l.features) byId.set(f.properties.id, f);
  }
  const cables = new Map<string, AssetProps[]>();
  for (const c of byType['submarine-cable']?.features ?? [])
    for (const id of c.properties.landingPoints ?? []) cables.set(id, [...(cables.get(id) ?? []), c.properties]);
  return { byId, all: [...byId.values()], byType, cablesOf: (id) => cables.get(id) ?? [] };
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
