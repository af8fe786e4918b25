import type { AssetType } from '../data/schema';
import { theme } from './theme';

/** A layer group is what the user switches on and off: one per asset type, except that
 * submarine cables carry their landing points. */
export const GROUP_KEYS = ['submarine-cable', 'land-fibre', 'node', 'cloud-centre', '5g'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export type Symbol = 'line-solid' | 'line-cased' | 'diamond' | 'square' | 'triangle';

export interface GroupDef {
  key: GroupKey;
  /** Asset types drawn in this group (their sources are named after the type). */
  types: AssetType[];
  color: string;
  symbol: Symbol;
  /** Draw order: areas (0–99) under lines (100–199) under points (200+). The click router
   * tests groups from the highest zorder down, the legend lists them in this order. */
  zorder: number;
  /** Points only: screen offset in px. Cloud centres and 5G launches share capitals
   * (Bangkok, Jakarta, Singapore…), so the square sits just left and the triangle just
   * right of the city instead of one hiding the other. */
  offset?: [number, number];
}

/** The one table for draw order, hit-test priority and legend order. */
export const GROUPS: readonly GroupDef[] = [
  {
    key: 'submarine-cable',
    types: ['submarine-cable', 'landing-point'],
    color: theme.asset['submarine-cable'],
    symbol: 'line-solid',
    zorder: 110,
  },
  { key: 'land-fibre', types: ['land-fibre'], color: theme.asset['land-fibre'], symbol: 'line-cased', zorder: 120 },
  { key: 'node', types: ['node'], color: theme.asset.node, symbol: 'diamond', zorder: 210 },
  { key: 'cloud-centre', types: ['cloud-centre'], color: theme.asset['cloud-centre'], symbol: 'square', zorder: 220, offset: [-7, 0] },
  { key: '5g', types: ['5g'], color: theme.asset['5g'], symbol: 'triangle', zorder: 230, offset: [7, 0] },
];

/** The group (layer switch) an asset type belongs to. */
export const groupOfType = (t: AssetType): GroupKey => GROUPS.find((g) => g.types.includes(t))!.key;

/** Every layer group switched on (or off). */
export const allLayers = (on: boolean): Record<GroupKey, boolean> =>
  Object.fromEntries(GROUP_KEYS.map((k) => [k, on])) as Record<GroupKey, boolean>;
