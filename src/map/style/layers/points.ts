import type { LayerSpecification } from 'maplibre-gl';
import type { GroupDef } from '../../../model/groups';

const on = (key: string): unknown => ['boolean', ['feature-state', key], false];

/** A point group: a ring that marks the selected, highlighted or hovered symbol (layout
 * properties such as icon-size cannot read feature state; paint properties can), then an
 * icon of the group's shape (see icons.ts). */
export function pointLayers(g: GroupDef, source: string): LayerSpecification[] {
  const offset = g.offset ?? [0, 0];
  return [
    {
      id: `${g.key}:halo`,
      type: 'circle',
      source,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 10, 8, 14],
        'circle-color': '#ffffff',
        'circle-opacity': ['case', on('selected'), 0.9, on('highlight'), 0.7, 0],
        'circle-stroke-color': '#000000',
        'circle-stroke-width': ['case', on('selected'), 3, on('highlight'), 2, on('hover'), 1.5, 0],
        'circle-translate': offset,
      },
    } as LayerSpecification,
    {
      id: `${g.key}:point`,
      type: 'symbol',
      source,
      layout: {
        'icon-image': `icon-${g.symbol}`,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.75, 8, 1.1],
        // icon-offset is in icon pixels, scaled by icon-size: divide so the shift stays
        // `offset` screen pixels at every zoom
        'icon-offset': [
          'interpolate',
          ['linear'],
          ['zoom'],
          2,
          ['literal', offset.map((v) => v / 0.75)],
          8,
          ['literal', offset.map((v) => v / 1.1)],
        ],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': 1 },
    },
  ];
}

/** Landing points: small white rings on the cable colour, drawn with the cable group. */
export function landingLayers(g: GroupDef, source: string): LayerSpecification[] {
  return [
    {
      id: `${g.key}:landing`,
      type: 'circle',
      source,
      // no minzoom: on a phone the region opens below zoom 2, and a selected landing
      // point must still show
      paint: {
        // a station grows with the number of cables it serves (n, capped at 12)
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          1,
          ['+', 1.4, ['*', 0.12, ['min', ['get', 'n'], 12]]],
          2.5,
          ['+', 2.2, ['*', 0.2, ['min', ['get', 'n'], 12]]],
          8,
          ['+', 4, ['*', 0.55, ['min', ['get', 'n'], 12]]],
        ],
        'circle-color': '#ffffff',
        'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#000000', g.color],
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.6],
      },
    },
  ];
}
