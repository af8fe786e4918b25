import type { GeoJSONSource, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { RouteOverlay } from '../derive/network';

/** The route model on the map (derived in src/derive): the surviving routes of the selected
 * country or compared pair, a green line over the cables they run on; the corridors cut in
 * the what-if, a red-hatched outline. */
export const ROUTE_COLOR = '#1a9641';
export const CORRIDOR_COLOR = '#d7191c';
const ROUTES = 'routes';
const CORRIDORS = 'cut-corridors';

const LAYERS: LayerSpecification[] = [
  { id: 'cut-corridors:fill', type: 'fill', source: CORRIDORS, paint: { 'fill-color': CORRIDOR_COLOR, 'fill-opacity': 0.12 } },
  {
    id: 'cut-corridors:line',
    type: 'line',
    source: CORRIDORS,
    paint: { 'line-color': CORRIDOR_COLOR, 'line-width': 1.5, 'line-dasharray': [3, 2] },
  },
  {
    id: 'routes:line',
    type: 'line',
    source: ROUTES,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': ROUTE_COLOR, 'line-width': 4, 'line-opacity': 0.85 },
  },
];

/** What each map's two sources hold: set again only when the derived overlay's part changes. */
const sent = new WeakMap<MlMap, Record<string, unknown>>();

/** Adds the layers on first use, then sets their data (each source only when its part of the
 * overlay is a new object: no data re-sent to the map's workers for an unchanged one). */
export function syncRouteLayers(map: MlMap, o: RouteOverlay): void {
  if (!map.getSource(ROUTES)) {
    // created with the overlay's data: nothing to send again straight after
    map.addSource(ROUTES, { type: 'geojson', data: o.routes });
    map.addSource(CORRIDORS, { type: 'geojson', data: o.corridors });
    for (const l of LAYERS) map.addLayer(l);
    sent.set(map, { [ROUTES]: o.routes, [CORRIDORS]: o.corridors });
  }
  const held = sent.get(map) ?? {};
  sent.set(map, held);
  for (const [id, data] of [
    [ROUTES, o.routes],
    [CORRIDORS, o.corridors],
  ] as const) {
    if (held[id] === data) continue;
    held[id] = data;
    void (map.getSource(id) as GeoJSONSource).setData(data);
  }
}
