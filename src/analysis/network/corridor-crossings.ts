/**
 * Which corridors each cable's drawn route crosses, for the "through" / "avoiding" filter.
 * The same line–polygon intersection a corridor cut uses (geo.ts lineHitsPolygon), on the
 * cable's drawn parts: a cable's segments (graph.ts) split those parts at their nodes, so a
 * cable crosses a corridor exactly when one of its segments does (the test checks this
 * against the graph on the shipped data). Every cable, whatever its date.
 */
import type { AssetFeature, Corridor } from '../../data/schema';
import { lineHitsPolygon, preparePolygon } from './geo';
import { partsOf } from './graph';

/** Cable id → the ids of the corridors its drawn line crosses (in the corridors' order;
 * a cable that crosses none is absent). */
export function corridorsCrossed(cables: readonly AssetFeature[], corridors: readonly Corridor[]): ReadonlyMap<string, readonly string[]> {
  const polys = corridors.map((c) => [c.id, preparePolygon(c.polygon)] as const);
  const out = new Map<string, string[]>();
  for (const f of cables) {
    const parts = partsOf(f);
    const hit = polys.filter(([, p]) => parts.some((line) => lineHitsPolygon(line, p))).map(([id]) => id);
    if (hit.length) out.set(f.properties.id, hit);
  }
  return out;
}
