import type { ChoroplethId } from '../../state/store';
import { theme } from '../../model/theme';

/** A warm sand-to-umber sequential ramp: its light classes never meet the sea's pale blue
 * (the blue BuPu ramp used before made Cambodia, Laos and Indonesia read as water), it is
 * ordered by lightness so it reads in greyscale and for colour-blind readers, and the asset
 * colours drawn over it keep their contrast. */
export const RAMP = ['#e6dcc6', '#cbb994', '#a88f66', '#7a6445', '#4a3b2a'] as const;
/** Countries the indicator does not cover: a neutral grey, clearly not a ramp colour. */
export const NO_DATA = '#b9b9b9';

export interface ChoroClass {
  color: string;
  min: number;
  max: number;
}
export interface Choropleth {
  classes: ChoroClass[];
  /** ISO alpha-2 -> fill colour, for every country that has a value. */
  colors: Record<string, string>;
}

/** For these, a smaller value is "further along" (an earlier 5G launch) and gets the
 * darker colour. */
const LOWER_IS_MORE: ReadonlySet<ChoroplethId> = new Set(['5g-launch-year']);

/**
 * Classes the values: each distinct value its own class when there are at most five,
 * otherwise five classes of (nearly) equal count. Pure, so tests can check it.
 */
export function classify(id: ChoroplethId, values: Readonly<Record<string, number | null>>): Choropleth {
  const present = Object.entries(values).filter((e): e is [string, number] => e[1] !== null && Number.isFinite(e[1]));
  const distinct = [...new Set(present.map(([, v]) => v))].sort((a, b) => a - b);
  let bins: Array<[number, number]>;
  if (distinct.length <= RAMP.length) bins = distinct.map((v) => [v, v]);
  else {
    const sorted = present.map(([, v]) => v).sort((a, b) => a - b);
    bins = [];
    for (let i = 0; i < RAMP.length; i++) {
      const lo = sorted[Math.floor((i * sorted.length) / RAMP.length)]!;
      const hi = sorted[Math.floor(((i + 1) * sorted.length) / RAMP.length) - 1]!;
      if (!bins.length || lo > bins[bins.length - 1]![1]) bins.push([lo, hi]);
      else bins[bins.length - 1]![1] = Math.max(bins[bins.length - 1]![1], hi);
    }
  }
  // spread the ramp over the classes we have, darkest = most
  const step = bins.length > 1 ? (RAMP.length - 1) / (bins.length - 1) : 0;
  const rampIndex = (i: number) =>
    Math.round((LOWER_IS_MORE.has(id) ? bins.length - 1 - i : i) * step + (bins.length === 1 ? RAMP.length - 1 : 0));
  const classes = bins.map(([min, max], i) => ({ min, max, color: RAMP[Math.min(RAMP.length - 1, rampIndex(i))]! }));
  const colors: Record<string, string> = {};
  for (const [iso, v] of present) colors[iso] = classes.find((c) => v >= c.min && v <= c.max)!.color;
  return { classes, colors };
}

/** The land layer's fill-color: class colours for countries with a value, grey "no data"
 * for the other focus countries (China and ASEAN), the plain land colour elsewhere. */
export function choroplethFill(c: Choropleth | null): unknown {
  const plain = ['case', ['get', 'focus'], theme.landFocus, theme.land];
  if (!c) return plain;
  const pairs = Object.entries(c.colors).flat();
  return ['case', ['!', ['get', 'focus']], theme.land, pairs.length ? ['match', ['get', 'iso'], ...pairs, NO_DATA] : NO_DATA];
}
