import type { DataDrivenPropertyValueSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../../../model/theme';
import type { GroupDef } from '../../../model/groups';
import { stateExpr, type At } from '../../../model/time';

/** Until the view's day reaches the map (the first sync), routes are drawn by their recorded status. */
const RECORDED: At = { day: '9999-12-31', today: '0000-01-01' };

/** The dash of a route not (yet) in service, in line widths: the one meaning of a dash on the
 * map, for cables and land fibre alike (the legend's swatches draw it too). */
export const PLANNED_DASH = [2, 1.5];

type Paint<T> = DataDrivenPropertyValueSpecification<T>;

/** Routes by their state on the view's day: in service solid, under construction or planned
 * dashed, retired or cancelled (shown only when asked for) grey. A land route in service
 * also gets its dark casing (lineLayers), which a dashed one does not (a dashed casing
 * would not line up with the narrower dashes drawn over it). */
export function routeStatusPaint(
  color: string,
  at: At,
): { 'line-dasharray': Paint<number[]>; 'line-color': Paint<string>; casingOpacity: Paint<number> } {
  const st = stateExpr(at);
  // built as plain arrays (the spec's tuple types do not compose); style.test.ts validates them
  return {
    'line-dasharray': ['case', ['==', st, 'operational'], ['literal', [1, 0]], ['literal', PLANNED_DASH]] as Paint<number[]>,
    'line-color': ['case', ['in', st, ['literal', ['retired', 'cancelled']]], theme.retired, color] as Paint<string>,
    casingOpacity: ['case', ['==', st, 'operational'], 1, 0] as Paint<number>,
  };
}

/** Width grows with zoom: thin at the regional view so routes don't blot out the coast,
 * thicker when zoomed to a city. */
const width = (base: number): unknown => ['interpolate', ['linear'], ['zoom'], 2, base, 8, base * 2.2];
const stateIs = (key: string): unknown => ['boolean', ['feature-state', key], false];

/** Line widths at zoom 2 (×2.2 by zoom 8). Land fibre is a little wider than a cable and
 * carries a dark casing, so the two read apart by more than colour. */
export const LINE_WIDTH = { cable: 1.8, fibre: 2 } as const;

/** The land-fibre casing: the line's width plus a rim on each side that is 1 px up to zoom 5
 * and thins to 0.6 px by zoom 8. Scaled like the line (×2.2) the rim grew to 2.2 px a side
 * and the dark edge outweighed the orange when zoomed to a city. */
const casingWidth = (): unknown => {
  const line = (z: number) => LINE_WIDTH.fibre * (1 + (1.2 * (z - 2)) / 6);
  return ['interpolate', ['linear'], ['zoom'], 2, line(2) + 2, 5, line(5) + 2, 8, line(8) + 1.2];
};

/** Layers of a line group (cables, land fibre): a halo for selection/hover, a casing (land
 * fibre), the line, and an invisible wide line that gives fingers and mice a generous hit area. */
export function lineLayers(g: GroupDef, source: string, opts: { cased: boolean }): LayerSpecification[] {
  const paint = routeStatusPaint(g.color, RECORDED);
  return [
    {
      id: `${g.key}:halo`,
      type: 'line',
      source,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': theme.highlight,
        'line-width': width(5.5),
        'line-opacity': ['case', stateIs('selected'), 0.85, stateIs('highlight'), 0.6, stateIs('hover'), 0.35, 0],
      },
    } as LayerSpecification,
    ...(opts.cased
      ? [
          {
            id: `${g.key}:casing`,
            type: 'line',
            source,
            layout: { 'line-cap': 'round', 'line-join': 'round' },
            paint: { 'line-color': theme.casing, 'line-width': casingWidth(), 'line-opacity': paint.casingOpacity },
          } as LayerSpecification,
        ]
      : []),
    {
      id: `${g.key}:line`,
      type: 'line',
      source,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-width': width(opts.cased ? LINE_WIDTH.fibre : LINE_WIDTH.cable),
        'line-dasharray': paint['line-dasharray'],
        'line-color': paint['line-color'],
      },
    } as LayerSpecification,
    ...(opts.cased
      ? []
      : [
          {
            // cable names follow their line when zoomed in (labels that would collide are dropped)
            id: `${g.key}:name`,
            type: 'symbol',
            source,
            minzoom: 6,
            layout: {
              'symbol-placement': 'line',
              'text-field': ['get', 'name_en'],
              'text-size': 11,
              'symbol-spacing': 400,
              'text-max-angle': 30,
            },
            paint: { 'text-color': g.color, 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
          } as LayerSpecification,
        ]),
    {
      id: `${g.key}:hit`,
      type: 'line',
      source,
      paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 14 },
    },
  ];
}
