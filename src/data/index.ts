import { useMemo } from 'react';
import { useAssetQueries } from './queries';
import type { LoadedLayer } from './load';
import type { AssetFeature, AssetType } from './schema';

export interface AssetIndex {
  byId: ReadonlyMap<string, AssetFeature>;
  all: readonly AssetFeature[];
  byType: Partial<Record<AssetType, LoadedLayer>>;
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
  return { byId, all: [...byId.values()], byType };
}

/** The asset index over whatever has loaded so far. */
export function useAssetIndex(): AssetIndex {
  const results = useAssetQueries();
  const datas = results.map((r) => r.data);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the data objects themselves are the dependency
  return useMemo(() => indexAssets(datas), datas);
}
