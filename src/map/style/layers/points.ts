import type { LayerSpecification } from 'maplibre-gl';
import type { GroupDef } from '../groups';

/** A point group: an icon of the group's shape (see icons.ts), larger when selected. */
export function pointLayers(g: GroupDef, source: string): LayerSpecification[] {
  return [
    {
      id: `${g.key}:point`,
      type: 'symbol',
      source,
      layout: {
        'icon-image': `icon-${g.symbol}`,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.75, 8, 1.1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': 1 },
    } as LayerSpecification,
  ];
}

/** Landing points: small white rings on the cable colour, drawn with the cable group. */
export function landingLayers(g: GroupDef, source: string): LayerSpecification[] {
  return [
    {
      id: `${g.key}:landing`,
      type: 'circle',
      source,
      minzoom: 2.5,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2.5, 2.5, 8, 5],
        'circle-color': '#ffffff',
        'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#000000', g.color],
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.6],
      },
    } as LayerSpecification,
  ];
}
