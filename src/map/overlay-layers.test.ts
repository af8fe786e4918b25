import type { Map as MlMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { FaultOverlay } from '../derive/derive';
import type { RouteOverlay } from '../derive/network';
import { syncFaultLayers } from './fault-layers';
import { syncRouteLayers } from './route-layers';

/** The part of a MapLibre map the overlay layers touch, recording what reaches the workers
 * (setData) and the layers' filters. */
function fakeMap() {
  const sources = new Map<string, { data: unknown; sets: number }>();
  const filters = new Map<string, unknown>();
  const map = {
    getSource: (id: string) => {
      const s = sources.get(id);
      return s && { setData: (d: unknown) => ((s.data = d), s.sets++) };
    },
    addSource: (id: string, spec: { data: unknown }) => sources.set(id, { data: spec.data, sets: 0 }),
    addLayer: () => {},
    setFilter: (id: string, f: unknown) => filters.set(id, f),
    setLayoutProperty: () => {},
    setPaintProperty: () => {},
  };
  sources.set('submarine-cable', { data: null, sets: 0 });
  return { map: map as unknown as MlMap, sources, filters };
}

const points: FaultOverlay['points'] = {
  type: 'FeatureCollection',
  features: ['f1', 'f2'].map((id) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [110, 10] }, properties: { id } })),
};
const overlay = (shown: string[]): FaultOverlay => ({ points, shown, impaired: ['cable-aag'], visible: true });

describe('fault markers on the map', () => {
  it('send the points once; a filter or a day changes which show by the layer filter alone', () => {
    const { map, sources, filters } = fakeMap();
    syncFaultLayers(map, overlay(['f1', 'f2']));
    syncFaultLayers(map, overlay(['f1']));
    syncFaultLayers(map, overlay([]));
    expect(sources.get('faults')!.sets).toBe(0); // created with them
    expect(sources.get('faults')!.data).toBe(points);
    expect(filters.get('faults:halo')).toEqual(['in', ['get', 'id'], ['literal', []]]);
    syncFaultLayers(map, overlay(['f2']));
    expect(filters.get('faults:halo')).toEqual(['in', ['get', 'id'], ['literal', ['f2']]]);
    expect(filters.get('faults:dot')).toEqual(filters.get('faults:halo'));
    expect(filters.get('faults:impaired')).toEqual(['in', ['get', 'id'], ['literal', ['cable-aag']]]);
  });

  it('send new points when the log itself changes (a reloaded file)', () => {
    const { map, sources } = fakeMap();
    syncFaultLayers(map, overlay(['f1']));
    const fewer = { ...points, features: points.features.slice(0, 1) };
    syncFaultLayers(map, { ...overlay(['f1']), points: fewer });
    expect(sources.get('faults')!.sets).toBe(1);
    expect(sources.get('faults')!.data).toBe(fewer);
  });
});

describe('the route overlay on the map', () => {
  const fc = <T>(features: T[]) => ({ type: 'FeatureCollection' as const, features });
  const route: RouteOverlay['routes'] = fc([
    {
      type: 'Feature' as const,
      geometry: { type: 'LineString' as const, coordinates: [[1, 2]] },
      properties: { id: 'e', asset: 'cable-aag' },
    },
  ]);
  const none = fc([]) as RouteOverlay['corridors'];
  it('re-sends only the source whose part changed', () => {
    const { map, sources } = fakeMap();
    syncRouteLayers(map, { routes: route, corridors: none, places: ['VN'] });
    syncRouteLayers(map, { routes: route, corridors: none, places: ['VN'] });
    expect(sources.get('routes')!.sets).toBe(0); // created with their data
    expect(sources.get('cut-corridors')!.sets).toBe(0);
    expect(sources.get('routes')!.data).toBe(route);
    const other: RouteOverlay['routes'] = { type: 'FeatureCollection', features: [...route.features] };
    syncRouteLayers(map, { routes: other, corridors: none, places: ['VN', 'LA'] });
    expect(sources.get('routes')!.sets).toBe(1);
    expect(sources.get('routes')!.data).toBe(other);
    expect(sources.get('cut-corridors')!.sets).toBe(0);
  });
});
