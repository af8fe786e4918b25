import type { LayerSpecification } from 'maplibre-gl';
import { theme } from '../../../model/theme';

/** The offline basemap: sea (background), land, borders, one label per country.
 * China and the ASEAN states are drawn brighter with darker borders than their neighbours. */
export function basemapLayers(lang: 'zh' | 'en'): LayerSpecification[] {
  return [
    { id: 'base:sea', type: 'background', paint: { 'background-color': theme.sea } },
    {
      id: 'base:land',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': ['case', ['get', 'focus'], theme.landFocus, theme.land], 'fill-antialias': true },
    },
    {
      id: 'base:country-selected',
      type: 'line',
      source: 'countries',
      paint: {
        'line-color': theme.highlight,
        'line-width': 2,
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.8, 0],
      },
    },
    { id: 'base:borders', type: 'line', source: 'borders', paint: { 'line-color': theme.border, 'line-width': 0.8 } },
    {
      id: 'base:labels',
      type: 'symbol',
      source: 'labels',
      // rank 3 (small places) only when zoomed in, so islands don't crowd the regional view
      filter: ['any', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 5]],
      layout: {
        'text-field': ['get', lang === 'zh' ? 'name_zh' : 'name_en'],
        'text-size': ['case', ['==', ['get', 'rank'], 1], 14, 12],
        'symbol-sort-key': ['get', 'rank'],
        'text-max-width': 7,
      },
      paint: {
        'text-color': ['case', ['==', ['get', 'rank'], 1], '#222222', theme.label],
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}
