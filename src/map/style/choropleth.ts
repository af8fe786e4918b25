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

/** Relative luminance of an sRGB colour (WCAG 2). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Country names over a coloured land: dark text with a white halo, as on plain land, except
 * over a fill dark enough that light text reads better (the choropleth's dark classes, the
 * what-if's red), where the name turns white with a dark halo. */
export const LABEL = { dark: '#222222', light: '#ffffff', haloLight: '#ffffff', haloDark: '#3d3022' } as const;

/** Whether a fill takes the light label (white text contrasts more than the dark one). */
export const takesLightLabel = (fill: string): boolean => contrast(fill, LABEL.light) > contrast(fill, LABEL.dark);

export interface LabelPaint {
  'text-color': unknown;
  'text-halo-color': unknown;
}

/** The country labels' paint for a land colouring (ISO alpha-2 -> fill); the same for every
 * country when nothing is coloured. */
export function labelPaint(colors: Readonly<Record<string, string>> | null | undefined): LabelPaint {
  const light = Object.entries(colors ?? {})
    .filter(([, c]) => takesLightLabel(c))
    .map(([iso]) => iso)
    .sort();
  const plain: LabelPaint = {
    'text-color': ['case', ['==', ['get', 'rank'], 1], LABEL.dark, theme.label],
    'text-halo-color': LABEL.haloLight,
  };
  if (!light.length) return plain;
  const isLight = ['in', ['get', 'iso'], ['literal', light]];
  return {
    'text-color': ['case', isLight, LABEL.light, plain['text-color']],
    'text-halo-color': ['case', isLight, LABEL.haloDark, LABEL.haloLight],
  };
}
