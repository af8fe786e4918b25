import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { ASSET_TYPES } from '../../data/constants';
import { GROUPS, type GroupDef } from '../../model/groups';
import { basemapLayers } from './layers/basemap';
import { lineLayers } from './layers/lines';
import { landingLayers, pointLayers } from './layers/points';
import { topojsonUrl } from '../topojson-protocol';

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

/** The layers of one asset group, in their draw order. */
export function groupLayers(g: GroupDef): LayerSpecification[] {
  switch (g.key) {
    case 'submarine-cable':
      return [...lineLayers(g, 'submarine-cable', { cased: false }), ...landingLayers(g, 'landing-point')];
    case 'land-fibre':
      return lineLayers(g, 'land-fibre', { cased: true });
    default:
      return pointLayers(g, g.types[0]!);
  }
}

/** Cartographic order by layer kind: areas, then lines, then points. Within a kind,
 * the groups' zorder decides. So a cable's landing points (circles) sit above every
 * line, not just above their own cable. */
const KIND_RANK: Record<string, number> = { fill: 0, line: 1, circle: 2, symbol: 2 };

function assetLayers(): LayerSpecification[] {
  const tagged = [...GROUPS].flatMap((g) => groupLayers(g).map((layer) => ({ layer, z: g.zorder })));
  // Array.prototype.sort is stable: a group's own layers keep their order
  return tagged.sort((a, b) => KIND_RANK[a.layer.type]! - KIND_RANK[b.layer.type]! || a.z - b.z).map((t) => t.layer);
}

/**
 * Assembles the whole style. `base` is the app's base URL (vite `base`), so the basemap
 * loads from the app's own origin under any sub-path. The first view's land and borders
 * are one TopoJSON file (scripts/basemap-region.mjs), decoded by the topojson:// protocol
 * (map/topojson-protocol.ts). Asset sources start empty: the
 * validated data is set into them once it has loaded (see map/map-view.tsx).
 * No `glyphs` key: MapLibre then draws labels with the browser's own fonts, offline.
 */
export function buildStyle(base: string, lang: 'zh' | 'en'): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {
    countries: { type: 'geojson', data: topojsonUrl(`${base}basemap/region.topo.json`, 'countries'), promoteId: 'iso' },
    borders: { type: 'geojson', data: topojsonUrl(`${base}basemap/region.topo.json`, 'borders') },
    labels: { type: 'geojson', data: `${base}basemap/labels.geojson` },
    cities: { type: 'geojson', data: `${base}basemap/cities.geojson` },
    // how many same-kind symbols share a spot (map/stacks.ts), renewed with the filters
    stacks: { type: 'geojson', data: EMPTY as never },
    // the 1:10m detail starts empty: AtlasMap loads it when the reader first zooms in
    'countries-hi': { type: 'geojson', data: EMPTY as never, promoteId: 'iso' },
    'borders-hi': { type: 'geojson', data: EMPTY as never },
  };
  // promoteId lets feature-state (hover, selection) address features by their stable id
  for (const t of ASSET_TYPES) sources[t] = { type: 'geojson', data: EMPTY as never, promoteId: 'id' };
  const base_ = basemapLayers(lang);
  const labels = base_.filter((l) => l.id === 'base:labels' || l.id === 'base:cities');
  const under = base_.filter((l) => l.id !== 'base:labels' && l.id !== 'base:cities');
  const assets = assetLayers();
  const lines = assets.filter((l) => KIND_RANK[l.type]! < 2);
  const points = assets.filter((l) => KIND_RANK[l.type]! >= 2);
  // place names above routes and symbols (drawn with a halo, placed first), so Singapore, Brunei
  // and the Philippines read where symbols crowd them; the stack badges stay on top
  const badges: LayerSpecification = {
    id: 'stacks:badge',
    type: 'symbol',
    source: 'stacks',
    // from zoom 4: at the regional view the numbers would crowd the capitals
    minzoom: 4,
    layout: {
      'text-field': ['to-string', ['get', 'n']],
      'text-size': 11,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
      // above-right of the symbol, past its own side offset (cloud left, 5G right)
      'text-offset': [
        'match',
        ['get', 'group'],
        'cloud-centre',
        ['literal', [-0.2, -1.1]],
        '5g',
        ['literal', [1.5, -1.1]],
        ['literal', [0.8, -1.1]],
      ],
    },
    paint: { 'text-color': '#000000', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  };
  return { version: 8, name: 'China–ASEAN digital infrastructure', sources, layers: [...under, ...lines, ...points, ...labels, badges] };
}

/** Ids of the layers a group owns (they share its key as prefix), for visibility switches. */
export const layerIdsOf = (style: StyleSpecification, key: string): string[] =>
  style.layers.filter((l) => l.id.startsWith(`${key}:`)).map((l) => l.id);

/** Layers that answer clicks and hovers, highest draw order first. */
export const interactiveLayerIds = (): string[] =>
  [...GROUPS]
    .sort((a, b) => b.zorder - a.zorder)
    .flatMap((g) =>
      groupLayers(g)
        .filter((l) => /:(point|landing|hit)$/.test(l.id))
        .map((l) => l.id),
    );
