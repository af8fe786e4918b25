import type { AssetFeature } from '../data/schema';
import { GROUPS, type GroupKey } from '../model/groups';

export interface Stack {
  /** Where the symbols sit (shared coordinates), the group, and how many the filters show there. */
  coordinates: [number, number];
  group: GroupKey;
  n: number;
}

/**
 * Point assets of one kind drawn at the same spot (Singapore's cloud regions, Nanning's
 * nodes) hide each other: counts them, among those the filters show and the layer
 * switches leave on, so a badge can say how many are there. Pure, for tests.
 */
export function stacksOf(
  features: readonly AssetFeature[],
  shown: (f: AssetFeature) => boolean,
  layers: Record<GroupKey, boolean>,
): Stack[] {
  const at = new Map<string, Stack>();
  for (const g of GROUPS) {
    if (!layers[g.key] || g.key === 'submarine-cable' || g.key === 'land-fibre') continue;
    for (const f of features) {
      if (!g.types.includes(f.properties.type) || f.geometry.type !== 'Point' || !shown(f)) continue;
      const [x, y] = f.geometry.coordinates;
      const key = `${g.key}:${x.toFixed(3)},${y.toFixed(3)}`;
      const s = at.get(key);
      if (s) s.n++;
      else at.set(key, { coordinates: [x, y], group: g.key, n: 1 });
    }
  }
  return [...at.values()].filter((s) => s.n > 1);
}
