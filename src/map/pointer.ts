import type { Map as MlMap, MapGeoJSONFeature } from 'maplibre-gl';
import { importHitLayers } from './import-layers';
import { interactiveLayerIds } from './style/style';
import type { ImportedLayer } from '../model/imported';

/** What a click or hover on the map means, for the app to act on. */
export interface PointerEvents {
  /** An asset was clicked (`at`: where, lon/lat), or null. */
  onSelect: (id: string | null, at?: { lon: number; lat: number }) => void;
  /** A feature of an imported layer was clicked. */
  onImportSelect: (sel: { layer: string; feature: string }) => void;
  /** Several assets under one click: offer the user a choice. */
  onChoose: (ids: string[]) => void;
  /** China or an ASEAN state was clicked (null: the sea or another country). */
  onSelectCountry: (code: string | null) => void;
  /** The asset under the pointer and where, or null. */
  onHover: (hit: { id: string; x: number; y: number } | null) => void;
}

/** px of slack around the pointer, on top of the wide invisible hit lines. */
const SLACK = 4;
const box = (p: { x: number; y: number }): [[number, number], [number, number]] => [
  [p.x - SLACK, p.y - SLACK],
  [p.x + SLACK, p.y + SLACK],
];

/** Asset features under a point, in the hit-priority order of interactiveLayerIds
 * (queryRenderedFeatures returns the top-drawn first, which is not the same). */
function hitList(map: MlMap, point: { x: number; y: number }): MapGeoJSONFeature[] {
  const layers = interactiveLayerIds().filter((l) => map.getLayer(l));
  return map.queryRenderedFeatures(box(point), { layers }).sort((a, b) => layers.indexOf(a.layer.id) - layers.indexOf(b.layer.id));
}

/**
 * Clicks select (an imported feature first, then assets — a choice when several are
 * under the pointer — then a focus country); hovering marks the asset under the pointer
 * with feature state, changed only when the asset changes, and cleared when the pointer
 * leaves the map.
 */
export function bindPointer(map: MlMap, imports: ReadonlyMap<string, ImportedLayer>, events: PointerEvents): void {
  let hovered: { source: string; id: string } | null = null;
  const setHovered = (next: { source: string; id: string } | null) => {
    if (hovered?.id === next?.id && hovered?.source === next?.source) return;
    if (hovered && map.getSource(hovered.source)) map.setFeatureState(hovered, { hover: false });
    hovered = next;
    if (next) map.setFeatureState(next, { hover: true });
    map.getCanvas().style.cursor = next ? 'pointer' : '';
  };

  map.on('click', (e) => {
    const layers = importHitLayers(imports).filter((l) => map.getLayer(l));
    const imp = layers.length ? map.queryRenderedFeatures(box(e.point), { layers })[0] : undefined;
    if (imp) return events.onImportSelect({ layer: imp.source.slice('import:'.length), feature: String(imp.properties.id) });
    const ids = [...new Set(hitList(map, e.point).map((f) => String(f.properties.id)))];
    if (ids.length === 1) return events.onSelect(ids[0]!, { lon: e.lngLat.lng, lat: e.lngLat.lat });
    if (ids.length > 1) return events.onChoose(ids);
    const land = map.queryRenderedFeatures(e.point, { layers: ['base:land', 'base:land-hi'].filter((l) => map.getLayer(l)) })[0]
      ?.properties;
    // only China and the ASEAN states have panels; a click elsewhere closes the country
    events.onSelectCountry(land?.focus === true && typeof land.iso === 'string' && land.iso ? land.iso : null);
  });
  map.on('mousemove', (e) => {
    const hit = hitList(map, e.point)[0];
    const next = hit ? { source: hit.source, id: String(hit.properties.id) } : null;
    setHovered(next);
    events.onHover(next ? { id: next.id, x: e.point.x, y: e.point.y } : null);
  });
  map.on('mouseout', () => {
    setHovered(null);
    events.onHover(null);
  });
  // a finger has no hover: a tap's emulated mouse events must not leave a label stuck on screen
  map.on('touchstart', () => {
    setHovered(null);
    events.onHover(null);
  });
  map.getCanvasContainer().addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'touch') {
      setHovered(null);
      events.onHover(null);
    }
  });
}
