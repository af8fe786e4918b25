import { createExpression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { COUNTRY_NAMES } from '../../../scripts/country-names.mjs';
import { BESIDE, besideAt, LOW_ZOOM } from './layers/basemap';
import { describe, expect, it } from 'vitest';
import { ASSET_TYPES } from '../../data/schema';
import { GROUPS, GROUP_KEYS } from '../../model/groups';
import { buildStyle, interactiveLayerIds, layerIdsOf } from './style';
import { theme } from '../../model/theme';
import type { AssetProps } from '../../data/schema';
import { lifeOf } from '../../model/time';
import { toMapProps } from '../../state/filters';
import { realData } from '../../test/real-data';
import { PLANNED_DASH, routeStatusPaint } from './layers/lines';

const style = buildStyle('./', 'en');

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('its JSON parser (@mapbox/jsonlint-lines-primitives 2.0.3, which declares node >= 22) works on this Node', async () => {
    // the package is the style spec's dependency; README ("Two commands") says why its
    // EBADENGINE warning is not a real incompatibility. This runs it here to keep that true.
    const { parse } = await import('@mapbox/jsonlint-lines-primitives');
    expect(Number(parse(JSON.stringify(style)).version?.valueOf())).toBe(8);
    expect(() => parse('{"version": 8,,}')).toThrow(/line 1/);
  });

  it('has no glyphs or remote URLs: the atlas stays offline', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('loads the basemap relative to the base path, land and borders from one TopoJSON file', () => {
    const s = buildStyle('/sub/path/', 'zh');
    const data = (id: string) => (s.sources[id] as { data: string }).data;
    expect(data('countries')).toBe('topojson:///sub/path/basemap/region.topo.json#countries');
    expect(data('borders')).toBe('topojson:///sub/path/basemap/region.topo.json#borders');
    expect(data('labels')).toBe('/sub/path/basemap/labels.geojson');
  });

  it('has a source for every asset type and every layer uses an existing source', () => {
    for (const t of ASSET_TYPES) expect(style.sources[t]).toBeDefined();
    for (const l of style.layers) if ('source' in l) expect(style.sources[l.source], l.id).toBeDefined();
  });

  it('draws areas under lines under points', () => {
    const rank = { background: 0, fill: 1, line: 2, circle: 3, symbol: 3 } as Record<string, number>;
    const assetLayers = style.layers.filter((l) => GROUP_KEYS.some((k) => l.id.startsWith(`${k}:`)));
    const ranks = assetLayers.map((l) => rank[l.type]!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const idx = (id: string) => style.layers.findIndex((l) => l.id === id);
    expect(idx('base:land')).toBeLessThan(idx('submarine-cable:line'));
    expect(idx('land-fibre:line')).toBeLessThan(idx('node:point'));
  });

  it('gives every group layers of its own, found by prefix, and a distinct colour and symbol', () => {
    for (const k of GROUP_KEYS) expect(layerIdsOf(style, k).length).toBeGreaterThan(0);
    expect(new Set(GROUPS.map((g) => g.color)).size).toBe(GROUPS.length);
    expect(new Set(GROUPS.map((g) => g.symbol)).size).toBe(GROUPS.length);
    for (const g of GROUPS) expect(g.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(style.layers.map((l) => l.id)).size).toBe(style.layers.length);
  });

  it('keeps asset colours apart in greyscale or by shape', () => {
    // Lines differ by pattern (solid vs dashed); points by shape. Also make sure no two
    // asset colours are near-identical in luminance AND share a symbol family.
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const lines = GROUPS.filter((g) => g.symbol.startsWith('line'));
    expect(new Set(lines.map((g) => g.symbol)).size).toBe(lines.length);
    expect(lum(theme.asset['submarine-cable'])).toBeLessThan(lum(theme.sea) - 0.3);
  });

  it('tests clicks on points before lines', () => {
    const ids = interactiveLayerIds();
    expect(ids.indexOf('5g:point')).toBeLessThan(ids.indexOf('submarine-cable:hit'));
    expect(ids).toContain('land-fibre:hit');
  });

  it('labels countries in the chosen language', () => {
    const label = (s: ReturnType<typeof buildStyle>) => s.layers.find((l) => l.id === 'base:labels') as { layout: Record<string, unknown> };
    expect(label(buildStyle('./', 'zh')).layout['text-field']).toEqual(['get', 'name_zh']);
    expect(label(style).layout['text-field']).toEqual(['get', 'name_en']);
  });
});

describe('draw order of labels', () => {
  it('puts place names above the asset symbols (with a halo), under the stack badges', async () => {
    const { buildStyle } = await import('./style');
    const ids = buildStyle('./', 'en').layers.map((l) => l.id);
    const lastPoint = Math.max(...ids.flatMap((id, i) => (/:(point|landing)$/.test(id) ? [i] : [])));
    expect(ids.indexOf('base:labels')).toBeGreaterThan(lastPoint);
    expect(ids.indexOf('base:cities')).toBeGreaterThan(lastPoint);
    expect(ids.indexOf('stacks:badge')).toBe(ids.length - 1);
  });
});

describe('route styles by type and by state', () => {
  /** A paint value as the map evaluates it for one of the dataset's records. */
  const paintOf = (layerId: string, prop: string, rec: AssetProps, zoom = 4): unknown => {
    const layer = style.layers.find((l) => l.id === layerId) as { paint: Record<string, unknown> };
    const spec = {
      type: prop === 'line-color' ? 'color' : prop === 'line-dasharray' ? 'array' : 'number',
      'property-type': 'data-driven',
      expression: { interpolated: true, parameters: ['zoom', 'feature'] },
    };
    const e = createExpression(layer.paint[prop], spec as never);
    if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
    const v = e.value.evaluate({ zoom }, { type: 2, properties: toMapProps(rec) as never } as never);
    return typeof v === 'object' && v && 'toString' in v && prop === 'line-color' ? String(v) : v;
  };
  const fibre = async (status: string) => {
    const f = (await realData()).index.byType['land-fibre']!.features.find((x) => x.properties.status === status);
    if (!f) throw new Error(`no ${status} land route in the data`);
    return f.properties;
  };

  it('draws land fibre in service solid with a dark casing, unlike a cable', async () => {
    const rec = await fibre('operational');
    expect(paintOf('land-fibre:line', 'line-dasharray', rec)).toEqual([1, 0]);
    expect(paintOf('land-fibre:casing', 'line-opacity', rec)).toBe(1);
    const casing = style.layers.find((l) => l.id === 'land-fibre:casing') as { paint: Record<string, unknown> };
    expect(casing.paint['line-color']).toBe(theme.casing);
    // the casing shows on both sides of the orange line at every zoom: a rim of at least half a
    // pixel, at most one, and thinner when zoomed in (at zoom 6 and closer it had become heavy)
    const rim = (zoom: number) =>
      ((paintOf('land-fibre:casing', 'line-width', rec, zoom) as number) -
        (paintOf('land-fibre:line', 'line-width', rec, zoom) as number)) /
      2;
    for (const z of [2, 4, 5, 6, 7, 8, 10]) {
      expect(rim(z), `zoom ${z}`).toBeGreaterThanOrEqual(0.5);
      expect(rim(z), `zoom ${z}`).toBeLessThanOrEqual(1);
    }
    expect(rim(8)).toBeLessThan(rim(5));
    // under the line, and cables have no casing
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('land-fibre:casing')).toBeLessThan(ids.indexOf('land-fibre:line'));
    expect(ids).not.toContain('submarine-cable:casing');
  });

  it('dashes a land route under construction like a cable under construction, without a casing', async () => {
    const rec = await fibre('under-construction');
    expect(paintOf('land-fibre:line', 'line-dasharray', rec)).toEqual(PLANNED_DASH);
    expect(paintOf('land-fibre:casing', 'line-opacity', rec)).toBe(0);
    const cable = (await realData()).index.byType['submarine-cable']!.features.find((x) => x.properties.status === 'under-construction')!;
    expect(paintOf('submarine-cable:line', 'line-dasharray', cable.properties)).toEqual(PLANNED_DASH);
  });

  it('redraws a land route by its state on the day shown', async () => {
    // a route with a dated entry into service, replayed on the day before it
    const rec = (await realData()).index.byType['land-fibre']!.features.map((f) => f.properties).find((p) => lifeOf(p).rfs > 0)!;
    const before = String(lifeOf(rec).rfs - 1).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
    const { casingOpacity, 'line-dasharray': dash } = routeStatusPaint(theme.asset['land-fibre'], { day: before, today: '2026-12-07' });
    const ev = (x: unknown, type: string) => {
      const e = createExpression(x, {
        type,
        'property-type': 'data-driven',
        expression: { interpolated: false, parameters: ['feature'] },
      } as never);
      if (e.result !== 'success') throw new Error('bad expression');
      return e.value.evaluate({ zoom: 4 }, { type: 2, properties: toMapProps(rec) as never } as never);
    };
    // the day before its entry into service: not in service, so dashed and without casing
    expect(ev(dash, 'array')).toEqual(PLANNED_DASH);
    expect(ev(casingOpacity, 'number')).toBe(0);
    const now = routeStatusPaint(theme.asset['land-fibre'], { day: '2026-12-07', today: '2026-12-07' });
    expect(ev(now.casingOpacity, 'number')).toBe(1);
  });
});

describe('the coastline', () => {
  it('outlines the land at every zoom, the regional view included, in a colour apart from land and sea', () => {
    const coast = style.layers.filter((l) => l.id.startsWith('base:coast')) as Array<{
      source: string;
      minzoom?: number;
      maxzoom?: number;
      paint: Record<string, unknown>;
    }>;
    expect(coast.map((l) => l.source).sort()).toEqual(['countries', 'countries-hi']);
    // the 1:50m outline from the lowest zoom up to where the 1:10m one takes over
    const low = coast.find((l) => l.source === 'countries')!;
    expect(low.minzoom ?? 0).toBe(0);
    expect(low.maxzoom).toBe(coast.find((l) => l.source === 'countries-hi')!.minzoom);
    const lum = (hex: string) => [1, 3, 5].reduce((a, i) => a + parseInt(hex.slice(i, i + 2), 16), 0) / 3;
    expect(low.paint['line-color']).toBe(theme.coast);
    expect(lum(theme.sea) - lum(theme.coast)).toBeGreaterThan(50);
    expect(lum(theme.landFocus) - lum(theme.coast)).toBeGreaterThan(50);
    // above the land fill, under the asset lines
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('base:coast')).toBeGreaterThan(ids.indexOf('base:land'));
    expect(ids.indexOf('base:coast')).toBeLessThan(ids.indexOf('submarine-cable:line'));
  });
});

describe('place names', () => {
  const labels = style.layers.find((l) => l.id === 'base:labels') as {
    filter: unknown;
    layout: Record<string, unknown>;
    paint: Record<string, unknown>;
  };
  const props = (iso: string) => {
    const [, zh, en, rank] = Object.values(COUNTRY_NAMES).find((v) => v[0] === iso)!;
    return { iso, name_zh: zh, name_en: en, rank, focus: rank === 1 };
  };
  const shownAt = (iso: string, zoom: number) =>
    featureFilter(labels.filter as never, 'layers[0].filter').filter({ zoom }, {
      type: 1,
      properties: props(iso) as never,
      geometry: [],
    } as never);
  const layoutOf = (prop: string, iso: string, zoom = 4) => {
    const e = createExpression(labels.layout[prop], {
      type: prop === 'text-offset' ? 'array' : 'string',
      'property-type': 'data-driven',
      expression: { interpolated: false, parameters: ['zoom', 'feature'] },
    } as never);
    if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
    return e.value.evaluate({ zoom }, { type: 1, properties: props(iso) as never } as never);
  };

  it('labels Hong Kong at the regional view, and Macao once zoomed in where the two read apart', () => {
    expect(shownAt('HK', 3)).toBe(true);
    expect(shownAt('MO', 3)).toBe(false);
    expect(shownAt('MO', 5)).toBe(true);
    for (const iso of ['SG', 'BN', 'PH', 'JP']) expect(shownAt(iso, 3), iso).toBe(true);
  });

  it('sets small places’ names beside their cluster of symbols, others on their point', () => {
    for (const iso of ['SG', 'BN', 'HK', 'MO']) {
      expect(layoutOf('text-anchor', iso), iso).toBe(BESIDE[iso]!.anchor);
      expect(Math.hypot(...(layoutOf('text-offset', iso) as [number, number])), iso).toBeGreaterThan(0.5);
    }
    expect(layoutOf('text-anchor', 'TH')).toBe('center');
  });

  it('places each name where the map’s room check (label-fit.ts) expects it, at a phone’s zoom and closer', () => {
    for (const iso of [...Object.keys(BESIDE), 'TH'])
      for (const zoom of [2.4, LOW_ZOOM, 4.5]) {
        expect(layoutOf('text-anchor', iso, zoom), `${iso} at ${zoom}`).toBe(besideAt(iso, zoom).anchor);
        expect(layoutOf('text-offset', iso, zoom), `${iso} at ${zoom}`).toEqual(besideAt(iso, zoom).offset);
      }
    // Cambodia's name is off its point (Phnom Penh's symbols sit just south-east of it)
    expect(layoutOf('text-anchor', 'KH', 2.4)).not.toBe('center');
    expect(layoutOf('text-anchor', 'KH', 4)).not.toBe('center');
  });

  it('draws every name with a halo wide enough to mask a line crossing it', () => {
    expect(labels.paint['text-halo-width']).toBeGreaterThanOrEqual(2);
    const cities = style.layers.find((l) => l.id === 'base:cities') as { paint: Record<string, unknown> };
    expect(cities.paint['text-halo-width']).toBeGreaterThanOrEqual(1.5);
  });
});
