import type { GeoJSONSource, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { FaultOverlay } from '../derive/derive';

/** The fault log and the what-if on the map (the overlay is derived in src/derive): a fault is a
 * white ring with a red rim and a red centre, unlike any asset symbol; an impaired or cut cable
 * a red dashed line over the cable. Shown with the submarine-cable layer. */
export const FAULT_COLOR = '#c00000';
const SRC = 'faults';

function layers(): LayerSpecification[] {
  return [
    {
      id: 'faults:impaired',
      type: 'line',
      source: 'submarine-cable',
      filter: ['in', ['get', 'id'], ['literal', []]],
      paint: { 'line-color': FAULT_COLOR, 'line-width': 3, 'line-dasharray': [2, 1.5] },
    },
    {
      id: 'faults:halo',
      type: 'circle',
      source: SRC,
      paint: { 'circle-radius': 7, 'circle-color': '#ffffff', 'circle-stroke-color': FAULT_COLOR, 'circle-stroke-width': 2 },
    },
    {
      id: 'faults:dot',
      type: 'circle',
      source: SRC,
      paint: { 'circle-radius': 2.5, 'circle-color': FAULT_COLOR },
    },
  ] as LayerSpecification[];
}

/** Adds the fault layers on first use, then sets their data, filter and visibility. */
/** The fault markers' look: bold where the reader asks about faults (a day replayed, a what-if,
 * the Resilience tab), else small and faint, so the historical record does not outshout the
 * infrastructure on the default view. */
function setProminence(map: MlMap, prominent: boolean): void {
  map.setPaintProperty('faults:halo', 'circle-radius', prominent ? 7 : 3.5);
  map.setPaintProperty('faults:halo', 'circle-stroke-width', prominent ? 2 : 1);
  map.setPaintProperty('faults:halo', 'circle-stroke-opacity', prominent ? 1 : 0.6);
  map.setPaintProperty('faults:halo', 'circle-opacity', prominent ? 1 : 0.6);
  map.setPaintProperty('faults:dot', 'circle-radius', prominent ? 2.5 : 1.2);
}

export function syncFaultLayers(map: MlMap, o: FaultOverlay | null, prominent = true): void {
  if (!map.getSource('submarine-cable')) return;
  if (!map.getSource(SRC)) {
    map.addSource(SRC, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const l of layers()) map.addLayer(l);
  }
  void (map.getSource(SRC) as GeoJSONSource).setData(o?.points ?? { type: 'FeatureCollection', features: [] });
  map.setFilter('faults:impaired', ['in', ['get', 'id'], ['literal', [...(o?.impaired ?? [])]]]);
  const vis = o?.visible ? 'visible' : 'none';
  for (const l of layers()) map.setLayoutProperty(l.id, 'visibility', vis);
  setProminence(map, prominent);
}
