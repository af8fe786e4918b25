import type { AssetIndex } from '../data';
import { bboxOf } from '../data/geometry';
import type { AssetType } from '../data/schema';
import { COUNTRY_BOUNDS } from '../model/country-bounds';
import { GROUPS, type GroupKey } from '../model/groups';

type Box = [number, number, number, number];

const union = (a: Box, b: Box): Box => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];

/**
 * What the map frames when a country's list of one layer opens ("show in list"): the country
 * and that layer's assets there. A land route is framed whole (it is what the list names);
 * a submarine cable by its landing stations in the country, not its whole length (an ocean
 * cable's box would be half the world). Null when neither is known.
 */
export function listFrame(index: AssetIndex, code: string, key: GroupKey): Box | null {
  const types: readonly AssetType[] = key === 'submarine-cable' ? ['landing-point'] : GROUPS.find((g) => g.key === key)!.types;
  const boxes = index.all
    .filter((f) => types.includes(f.properties.type) && f.properties.countries.includes(code))
    .map((f) => bboxOf(f.geometry));
  const country = COUNTRY_BOUNDS[code];
  if (country) boxes.push([...country]);
  return boxes.length ? boxes.reduce(union) : null;
}
