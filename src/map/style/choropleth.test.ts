import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle } from './style';
import { WHAT_IF_COLORS } from '../../derive/derive';
import { choroplethFill, classify, contrast, LABEL, labelPaint, luminance, NO_DATA, RAMP } from './choropleth';
import { theme } from '../../model/theme';

describe('choropleth', () => {
  it('gives earlier 5G launches the darker colour and leaves missing countries out', () => {
    const c = classify('5g-launch-year', { PH: 2019, TH: 2020, SG: 2020, VN: 2024, MM: null });
    expect(c.colors.PH).toBe(RAMP[4]);
    expect(c.colors.VN).toBe(RAMP[0]);
    expect(c.colors.TH).toBe(c.colors.SG);
    expect(c.colors).not.toHaveProperty('MM');
    expect(c.classes.map((k) => k.min)).toEqual([2019, 2020, 2024]);
  });

  it('gives larger counts the darker colour, in at most five classes', () => {
    const values = Object.fromEntries(['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'].map((k, i) => [k, i * 3]));
    const c = classify('asset-count', values);
    expect(c.classes.length).toBeLessThanOrEqual(5);
    expect(c.colors.VN).toBe(RAMP[4]);
    expect(c.colors.CN).toBe(RAMP[0]);
    // classes cover every value exactly once
    for (const v of Object.values(values)) expect(c.classes.filter((k) => v >= k.min && v <= k.max)).toHaveLength(1);
  });

  it('builds a valid fill expression with a no-data colour', () => {
    const style = buildStyle('./', 'en');
    const land = style.layers.find((l) => l.id === 'base:land') as any;
    for (const fill of [
      choroplethFill(null),
      choroplethFill(classify('5g-launch-year', { TH: 2020 })),
      choroplethFill(classify('5g-launch-year', {})),
    ]) {
      land.paint['fill-color'] = fill;
      expect(validateStyleMin(style as never)).toEqual([]);
    }
    expect(JSON.stringify(choroplethFill(classify('asset-count', { TH: 1 })))).toContain(NO_DATA);
  });
});

describe('the choropleth never looks like the sea', () => {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const dist = (a: string, b: string) => Math.hypot(...rgb(a).map((v, i) => v - rgb(b)[i]!));
  it('every class and the no-data grey stand well apart from the sea and from plain land', () => {
    for (const c of [...RAMP, NO_DATA]) {
      expect(dist(c, theme.sea), c).toBeGreaterThan(40);
      // a blue cast reads as water: no class may be bluer than it is red
      expect(rgb(c)[2]! <= rgb(c)[0]!, c).toBe(true);
    }
    for (const c of RAMP) expect(dist(c, theme.land), c).toBeGreaterThan(25);
  });
});

describe('country labels over a coloured land', () => {
  const evalPaint = (x: unknown, props: Record<string, unknown>) => {
    const e = createExpression(x, {
      type: 'color',
      'property-type': 'data-driven',
      expression: { interpolated: false, parameters: ['feature'] },
    } as never);
    if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
    return String(e.value.evaluate({ zoom: 4 }, { type: 1, properties: props } as never));
  };

  it('reads on every colour a country can take: the ramp, no data, the what-if, plain land', () => {
    const fills = [...RAMP, NO_DATA, WHAT_IF_COLORS['cut-off'], WHAT_IF_COLORS.reduced, WHAT_IF_COLORS.none, theme.landFocus];
    const colors = Object.fromEntries(fills.map((c, i) => [`X${i}`, c]));
    const paint = labelPaint(colors);
    for (const [iso, fill] of Object.entries(colors)) {
      const text = evalPaint(paint['text-color'], { iso, rank: 1 });
      const halo = evalPaint(paint['text-halo-color'], { iso, rank: 1 });
      // WCAG AA for large text, and the halo on the fill's side (it edges the text, not the land)
      expect(contrast(text, fill), `${iso} ${fill}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(text, halo), `${iso} halo`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('turns the labels of the dark classes white, and only those', () => {
    const c = classify('internet-users-pct', { TH: 85, MM: 44, SG: 96, LA: 62 });
    const paint = labelPaint(c.colors);
    const dark = c.classes.filter((k) => luminance(k.color) < 0.18).map((k) => k.color);
    expect(dark.length).toBeGreaterThan(0);
    for (const [iso, fill] of Object.entries(c.colors))
      expect(evalPaint(paint['text-color'], { iso, rank: 1 }), iso).toBe(dark.includes(fill) ? LABEL.light : LABEL.dark);
    // plain land: every name dark on white
    expect(evalPaint(labelPaint(null)['text-color'], { iso: 'SG', rank: 1 })).toBe(LABEL.dark);
  });
});
