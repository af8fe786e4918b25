import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../../../model/theme';
import { labelPaint } from '../choropleth';

/** The offline basemap: sea (background), land, borders, one label per country.
 * China and the ASEAN states are drawn brighter with darker borders than their neighbours. */
/** Zoom from which the 1:10m detail replaces the 1:50m countries (loaded when first needed). */
export const DETAIL_ZOOM = 5;

/** The land fill, the selected country's outline, the coastline and the borders, for one source pair. */
function landLayers(
  suffix: '' | '-hi',
  source: string,
  borders: string,
  zoom: { minzoom?: number; maxzoom?: number },
): LayerSpecification[] {
  return [
    {
      id: `base:land${suffix}`,
      type: 'fill',
      source,
      ...zoom,
      paint: { 'fill-color': ['case', ['get', 'focus'], theme.landFocus, theme.land], 'fill-antialias': true },
    },
    {
      // the coastline: land's outline in a darker sea blue, so white land reads against the pale
      // sea at every zoom (the borders layer strokes land borders over it; `cut`: build-basemap.mjs)
      id: `base:coast${suffix}`,
      type: 'line',
      source,
      ...zoom,
      filter: ['!=', ['get', 'cut'], true],
      paint: { 'line-color': theme.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.9, 8, 1.4] },
    },
    {
      id: `base:country-selected${suffix}`,
      type: 'line',
      source,
      ...zoom,
      paint: {
        'line-color': theme.highlight,
        'line-width': 2,
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.8, 0],
      },
    },
    { id: `base:borders${suffix}`, type: 'line', source: borders, ...zoom, paint: { 'line-color': theme.border, 'line-width': 0.8 } },
  ];
}

type Anchor = 'center' | 'top' | 'bottom' | 'right' | 'top-left' | 'top-right' | 'bottom-left';
interface Beside {
  anchor: Anchor;
  offset: [number, number];
  /** Where it goes below zoom 3 (a phone's regional view), if not the same place. */
  low?: { anchor: Anchor; offset: [number, number] };
}
/** The zoom below which a name takes its `low` place. */
export const LOW_ZOOM = 3;

/** Small places whose label point sits on their own cluster of landings, data centres and
 * 5G symbols: their name is set beside the point (anchor, offset in ems) so it does not cover
 * them. Singapore below, Brunei to the west (Malaysia's label is just south), Hong Kong and
 * Macao below-right and below-left of the Pearl River mouth. Cambodia above Phnom Penh's
 * symbols (just south-east of its point); on a phone's regional view Thailand's name is right
 * above it, so there it goes below them. On a phone Laos's name would touch Vietnam's, and
 * Brunei's Malaysia's: Laos moves a little south and Brunei above-right of its point. */
export const BESIDE: Record<string, Beside> = {
  SG: { anchor: 'top', offset: [0, 0.8] },
  KH: { anchor: 'bottom', offset: [0, -0.1], low: { anchor: 'top', offset: [0.4, 1.2] } },
  BN: { anchor: 'right', offset: [-0.7, 0.2], low: { anchor: 'bottom-left', offset: [0.3, -0.3] } },
  LA: { anchor: 'center', offset: [0, 0], low: { anchor: 'center', offset: [0, 0.6] } },
  HK: { anchor: 'top-left', offset: [0.5, 0.4] },
  MO: { anchor: 'top-right', offset: [-0.5, 0.4] },
};

/** A name's anchor and offset at a zoom (what base:labels' layout evaluates to). */
export const besideAt = (iso: string, zoom: number): { anchor: Anchor | 'center'; offset: [number, number] } => {
  const b = BESIDE[iso];
  if (!b) return { anchor: 'center', offset: [0, 0] };
  return zoom < LOW_ZOOM && b.low ? b.low : b;
};

/** Which country names show: rank 3 (small places) only from zoom 5. */
export const LABEL_FILTER: ExpressionSpecification = ['any', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 5]];
/** A country name's size in px: the focus states' larger. */
export const labelSize = (rank: number): number => (rank === 1 ? 14 : 12);

/** base:labels' anchors or offsets by country at a zoom, as a match expression. */
const besideMatch = (zoom: number, key: 'anchor' | 'offset'): unknown => {
  const at = (iso: string) => besideAt(iso, zoom)[key];
  const lit = (v: Anchor | 'center' | [number, number]) => (key === 'offset' ? ['literal', v] : v);
  return ['match', ['get', 'iso'], ...Object.keys(BESIDE).flatMap((iso) => [iso, lit(at(iso))]), lit(key === 'offset' ? [0, 0] : 'center')];
};

/** The offline basemap: sea (background), land, borders, one label per country, city labels.
 * China and the ASEAN states are drawn brighter with darker borders than their neighbours.
 * Below DETAIL_ZOOM the 1:50m countries; from it the 1:10m detail. */
export function basemapLayers(lang: 'zh' | 'en'): LayerSpecification[] {
  const name: ExpressionSpecification = ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
  return [
    { id: 'base:sea', type: 'background', paint: { 'background-color': theme.sea } },
    ...landLayers('', 'countries', 'borders', { maxzoom: DETAIL_ZOOM }),
    ...landLayers('-hi', 'countries-hi', 'borders-hi', { minzoom: DETAIL_ZOOM }),
    {
      id: 'base:cities',
      type: 'symbol',
      source: 'cities',
      // capitals from zoom 4, other cities from 6; labels that would collide are dropped
      filter: ['any', ['get', 'capital'], ['>=', ['zoom'], 6]],
      minzoom: 4,
      layout: {
        'text-field': name,
        'text-size': ['case', ['get', 'capital'], 12, 11],
        'text-anchor': 'top',
        'text-offset': [0, 0.4],
        'text-max-width': 8,
        'symbol-sort-key': ['case', ['get', 'capital'], 0, 1],
      },
      paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.6, 'text-halo-blur': 0.5 },
    },
    {
      id: 'base:labels',
      type: 'symbol',
      source: 'labels',
      // rank 3 (small places) only when zoomed in, so islands don't crowd the regional view;
      // the map adds the neighbours' names that would be cut by the edge (label-fit.ts)
      filter: LABEL_FILTER,
      layout: {
        'text-field': name,
        'text-size': ['case', ['==', ['get', 'rank'], 1], labelSize(1), labelSize(2)],
        'symbol-sort-key': ['get', 'rank'],
        'text-max-width': 7,
        // built as plain arrays (a spread does not fit the spec's match tuple); style.test.ts validates them
        'text-anchor': ['step', ['zoom'], besideMatch(0, 'anchor'), LOW_ZOOM, besideMatch(LOW_ZOOM, 'anchor')] as never,
        'text-offset': ['step', ['zoom'], besideMatch(0, 'offset'), LOW_ZOOM, besideMatch(LOW_ZOOM, 'offset')] as never,
      },
      // dark text with a white halo; white with a dark halo over a dark fill (choropleth.ts)
      paint: { ...labelPaint(null), 'text-halo-width': 2, 'text-halo-blur': 0.5 } as never,
    },
  ];
}
