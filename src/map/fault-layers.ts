import type { FilterSpecification, GeoJSONSource, LayerSpecification, Map as MlMap } from 'maplibre-gl';
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

/** The fault markers' two looks (derive.ts decides which: Derived.faultsProminent). Bold: a
 * white ring with a red rim and centre, above the cables. Faint: a thin, half-transparent red
 * ring, no fill and no centre, smaller than a landing station, so the historical record
 * stays findable without being the boldest mark on the default view. The legend draws both. */
export const FAULT_LOOK = {
  bold: { radius: 7, stroke: 2, strokeOpacity: 1, fillOpacity: 1, dot: 2.5 },
  faint: { radius: 3, stroke: 1, strokeOpacity: 0.5, fillOpacity: 0, dot: 0 },
} as const;

function setProminence(map: MlMap, prominent: boolean): void {
  const l = prominent ? FAULT_LOOK.bold : FAULT_LOOK.faint;
  map.setPaintProperty('faults:halo', 'circle-radius', l.radius);
  map.setPaintProperty('faults:halo', 'circle-stroke-width', l.stroke);
  map.setPaintProperty('faults:halo', 'circle-stroke-opacity', l.strokeOpacity);
  map.setPaintProperty('faults:halo', 'circle-opacity', l.fillOpacity);
  map.setPaintProperty('faults:dot', 'circle-radius', l.dot);
}

/** The points each map's fault source holds: set again only when the log itself changes. */
const sent = new WeakMap<MlMap, FaultOverlay['points']>();
const NONE: FaultOverlay['points'] = { type: 'FeatureCollection', features: [] };

/** Adds the fault layers on first use, then sets their data, filter, visibility and look. A
 * filter or a day changes which markers show by the layers' filter: the points are sent to
 * the map's workers once, not again on every change (the bench counts such messages). */
export function syncFaultLayers(map: MlMap, o: FaultOverlay | null, prominent = true): void {
  if (!map.getSource('submarine-cable')) return;
  const points = o?.points ?? NONE;
  if (!map.getSource(SRC)) {
    // created with the points: nothing to send again straight after
    map.addSource(SRC, { type: 'geojson', data: points });
    for (const l of layers()) map.addLayer(l);
    sent.set(map, points);
  }
  if (sent.get(map) !== points) {
    sent.set(map, points);
    void (map.getSource(SRC) as GeoJSONSource).setData(points);
  }
  const shown: FilterSpecification = ['in', ['get', 'id'], ['literal', [...(o?.shown ?? [])]]];
  map.setFilter('faults:halo', shown);
  map.setFilter('faults:dot', shown);
  map.setFilter('faults:impaired', ['in', ['get', 'id'], ['literal', [...(o?.impaired ?? [])]]]);
  const vis = o?.visible ? 'visible' : 'none';
  for (const l of layers()) map.setLayoutProperty(l.id, 'visibility', vis);
  setProminence(map, prominent);
}
