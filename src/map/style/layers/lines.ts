import type { DataDrivenPropertyValueSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../../../model/theme';
import type { GroupDef } from '../../../model/groups';
import { stateExpr, type At } from '../../../model/time';

/** Until the view's day reaches the map (the first sync), cables are drawn by their recorded status. */
const RECORDED: At = { day: '9999-12-31', today: '0000-01-01' };

/** Cables by their state on the view's day: in service solid, under construction or
 * planned dashed, retired or cancelled (shown only when asked for) grey. */
export function cableStatusPaint(
  color: string,
  at: At,
): { 'line-dasharray': DataDrivenPropertyValueSpecification<number[]>; 'line-color': DataDrivenPropertyValueSpecification<string> } {
  const st = stateExpr(at);
  // built as plain arrays (the spec's tuple types do not compose); style.test.ts validates them
  return {
    'line-dasharray': [
      'case',
      ['==', st, 'operational'],
      ['literal', [1, 0]],
      ['literal', [2, 1.5]],
    ] as DataDrivenPropertyValueSpecification<number[]>,
    'line-color': [
      'case',
      ['in', st, ['literal', ['retired', 'cancelled']]],
      theme.retired,
      color,
    ] as DataDrivenPropertyValueSpecification<string>,
  };
}

/** Width grows with zoom: thin at the regional view so routes don't blot out the coast,
 * thicker when zoomed to a city. */
const width = (base: number): unknown => ['interpolate', ['linear'], ['zoom'], 2, base, 8, base * 2.2];
const stateIs = (key: string): unknown => ['boolean', ['feature-state', key], false];

/** Layers of a line group (cables, land fibre): a halo for selection/hover, the line,
 * and an invisible wide line that gives fingers and mice a generous hit area. */
export function lineLayers(g: GroupDef, source: string, dashed: boolean): LayerSpecification[] {
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
    {
      id: `${g.key}:line`,
      type: 'line',
      source,
      layout: { 'line-cap': dashed ? 'butt' : 'round', 'line-join': 'round' },
      paint: {
        'line-width': width(dashed ? 2.4 : 1.8),
        ...(dashed ? { 'line-color': g.color, 'line-dasharray': [2, 1.2] } : cableStatusPaint(g.color, RECORDED)),
      },
    } as LayerSpecification,
    ...(dashed
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
