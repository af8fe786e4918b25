import { Map as MlMap, NavigationControl, ScaleControl, AttributionControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { AssetFeature, AssetType } from '../data/schema';
import { landingMapFilter, mapFilter, toMapProps, type Filters } from '../state/filters';
import type { Lang } from '../state/store';
import { roundCamera, type Camera } from '../state/url-codec';
import { addIcons } from './icons';
import { syncImportLayers } from './import-layers';
import { bindPointer, type PointerEvents } from './pointer';
import { bindPrint, captureMap } from './capture';
import { REGION_VIEW, viewPadding } from './view';

import type { ImportedLayer } from '../io/imports-store';
import { GROUPS, type GroupKey } from '../model/groups';
import { buildStyle, layerIdsOf } from './style/style';

setWorkerUrl(workerUrl);

let current: AtlasMap | null = null;
/** The live map, for panels that move the camera ("Zoom to", reveal); null without WebGL. */
export const currentAtlas = (): AtlasMap | null => current;

/** Interface text the map draws itself: MapLibre's locale keys and the attribution. */
export interface MapUi {
  locale: Record<string, string>;
  attribution: string;
}

export interface AtlasMapEvents extends PointerEvents {
  /** The camera after a move ended (rounded to the URL's precision). */
  onCamera: (c: Camera) => void;
}

/**
 * The one owner of the MapLibre map. React tells it what to show through these methods;
 * it never re-creates the map and never sets data twice. Runtime changes happen through
 * layer visibility, filters and feature state only.
 */
export class AtlasMap {
  readonly map: MlMap;
  private readonly style;
  private readonly dataSet = new Set<AssetType>();
  private selected: { source: string; id: string } | null = null;
  private country: string | null = null;
  private highlighted: Array<{ source: string; id: string }> = [];
  private readonly imports = new Map<string, ImportedLayer>();
  private importSelected: { source: string; id: string } | null = null;

  private attribution: AttributionControl;
  private attributionText: string;

  constructor(
    container: HTMLElement,
    lang: Lang,
    ui: MapUi,
    camera: Camera | null,
    private readonly events: AtlasMapEvents,
  ) {
    this.style = buildStyle(import.meta.env.BASE_URL, lang);
    this.map = new MlMap({
      container,
      style: this.style,
      ...(camera
        ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
        : { bounds: REGION_VIEW, fitBoundsOptions: { padding: viewPadding(container) } }),
      attributionControl: false,
      locale: ui.locale,
      dragRotate: false,
      maxZoom: 9, // past this the 1:50m basemap's coastlines mislead (Singapore becomes a polygon of a few points)
      minZoom: 1,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({}), 'bottom-right');
    this.attributionText = ui.attribution;
    this.attribution = new AttributionControl({ compact: true, customAttribution: ui.attribution });
    this.map.addControl(this.attribution, 'bottom-right');
    this.map.on('styleimagemissing', () => addIcons(this.map));
    this.map.on('style.load', () => addIcons(this.map));
    bindPointer(this.map, this.imports, events);
    this.bindIdleSignal();
    // the camera reaches the store (and the URL) when the map first shows and after each move
    this.map.on('load', () => this.events.onCamera(this.camera()));
    this.map.on('moveend', () => this.events.onCamera(this.camera()));
    bindPrint(this.map, container);
    current = this;
  }

  /** Sets a layer's validated data once (later calls for the same type are ignored). */
  setData(type: AssetType, features: readonly AssetFeature[]): void {
    if (this.dataSet.has(type)) return;
    const src = this.map.getSource(type);
    if (!src || src.type !== 'geojson') return;
    this.dataSet.add(type);
    this.busy();
    (src as unknown as { setData: (d: unknown) => void }).setData({
      type: 'FeatureCollection',
      features: features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: toMapProps(f.properties) })),
    });
  }

  setLayerVisible(key: GroupKey, visible: boolean): void {
    for (const id of layerIdsOf(this.style, key)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    this.busy();
  }

  /** Filters every asset layer; the landing-point layer by `landingIds` as well (the
   * stations whose cables pass, see landingMapFilter). */
  setFilters(f: Filters, landingIds: readonly string[] | null): void {
    const expr = mapFilter(f) as never;
    const landing = landingMapFilter(f, landingIds) as never;
    for (const g of GROUPS)
      for (const id of layerIdsOf(this.style, g.key)) this.map.setFilter(id, id.endsWith(':landing') ? landing : expr);
    this.busy();
  }

  /** Country labels, MapLibre's control tooltips and the attribution in the language.
   * MapLibre reads its locale only when a control is built, so the zoom buttons are
   * relabelled in place and the attribution control is rebuilt. */
  setLang(lang: Lang, ui: MapUi): void {
    this.map.setLayoutProperty('base:labels', 'text-field', ['get', lang === 'zh' ? 'name_zh' : 'name_en']);
    const el = this.map.getContainer();
    const label = (sel: string, key: string) => {
      const b = el.querySelector(sel);
      const text = ui.locale[key];
      if (b && text) {
        b.setAttribute('title', text);
        b.setAttribute('aria-label', text);
      }
    };
    label('.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn');
    label('.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut');
    if (ui.locale['Map.Title']) this.map.getCanvas().setAttribute('aria-label', ui.locale['Map.Title']);
    Object.assign((this.map as unknown as { _locale: Record<string, string> })._locale ?? {}, ui.locale);
    if (ui.attribution !== this.attributionText) {
      this.attributionText = ui.attribution;
      this.map.removeControl(this.attribution);
      this.attribution = new AttributionControl({ compact: true, customAttribution: ui.attribution });
      this.map.addControl(this.attribution, 'bottom-right');
    }
    this.busy();
  }

  select(id: string | null, type: AssetType | undefined): void {
    if (this.selected) this.map.setFeatureState(this.selected, { selected: false });
    this.selected = id && type ? { source: type, id } : null;
    if (this.selected) this.map.setFeatureState(this.selected, { selected: true });
    this.busy();
  }

  selectCountry(code: string | null): void {
    if (this.country) this.map.setFeatureState({ source: 'countries', id: this.country }, { selected: false });
    this.country = code;
    if (code) this.map.setFeatureState({ source: 'countries', id: code }, { selected: true });
    this.busy();
  }

  /** Shows the user's imported layers (see import-layers.ts). */
  setImports(layers: readonly ImportedLayer[]): void {
    syncImportLayers(this.map, layers, this.imports);
    this.busy();
  }

  /** Marks the selected imported feature. */
  selectImported(sel: { layer: string; feature: string } | null): void {
    if (this.importSelected && this.map.getSource(this.importSelected.source))
      this.map.setFeatureState(this.importSelected, { selected: false });
    this.importSelected = sel ? { source: `import:${sel.layer}`, id: sel.feature } : null;
    if (this.importSelected) this.map.setFeatureState(this.importSelected, { selected: true });
    this.busy();
  }

  /** Highlights a set of assets (a timeline event's), replacing the previous set. */
  setHighlight(items: Array<{ source: AssetType; id: string }>): void {
    for (const h of this.highlighted) this.map.setFeatureState(h, { highlight: false });
    this.highlighted = items;
    for (const h of items) this.map.setFeatureState(h, { highlight: true });
    this.busy();
  }

  /** Colours the land by an indicator (a fill-color expression from choropleth.ts). */
  setLandFill(fill: unknown): void {
    this.map.setPaintProperty('base:land', 'fill-color', fill as never);
    this.busy();
  }

  /** Fits the camera to a geometry's bounds, clear of the panel. */
  fitTo(bounds: [number, number, number, number]): void {
    const p = viewPadding(this.map.getContainer());
    this.map.fitBounds(bounds, {
      padding: { ...p, top: p.top + 40, left: p.left + 40, right: p.right + 40, bottom: p.bottom + 40 },
      maxZoom: 7,
      duration: 600,
    });
  }

  /** Moves the camera only if the bounds' centre is hidden (off screen or under the
   * bottom sheet), so selecting an asset never leaves it out of sight. */
  reveal(bounds: [number, number, number, number]): void {
    const c: [number, number] = [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
    const p = viewPadding(this.map.getContainer());
    const { x, y } = this.map.project(c);
    const el = this.map.getContainer();
    const visible = x >= p.left && x <= el.clientWidth - p.right && y >= p.top && y <= el.clientHeight - p.bottom;
    if (!visible) this.map.easeTo({ center: c, padding: p, duration: 500 });
  }

  /** Where the selected asset's first position is on screen (for tests and the bottom
   * sheet logic), or null. */
  selectedScreenPoint(): { x: number; y: number } | null {
    if (!this.selected) return null;
    const f = this.map.querySourceFeatures(this.selected.source, { filter: ['==', ['get', 'id'], this.selected.id] })[0];
    if (!f) return null;
    const g = f.geometry;
    const c =
      g.type === 'Point'
        ? g.coordinates
        : g.type === 'LineString'
          ? g.coordinates[0]
          : g.type === 'MultiLineString'
            ? g.coordinates[0]![0]
            : null;
    return c ? this.map.project(c as [number, number]) : null;
  }

  /** The camera at the URL's precision. */
  camera(): Camera {
    const c = this.map.getCenter().wrap();
    return roundCamera({ zoom: this.map.getZoom(), lat: c.lat, lon: c.lng, bearing: this.map.getBearing(), pitch: this.map.getPitch() });
  }

  /** Moves to a camera from the URL (or the default view for null), unless already there. */
  setCamera(c: Camera | null): void {
    if (!c) return this.resetView();
    const now = this.camera();
    if (now.zoom === c.zoom && now.lat === c.lat && now.lon === c.lon && now.bearing === c.bearing && now.pitch === c.pitch) return;
    this.map.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom, bearing: c.bearing, pitch: c.pitch });
  }

  /** A copy of the rendered map (see capture.ts). */
  capture(): HTMLCanvasElement {
    return captureMap(this.map);
  }

  /** Back to the region. */
  resetView(): void {
    this.map.fitBounds(REGION_VIEW, { padding: viewPadding(this.map.getContainer()), duration: 500 });
  }

  destroy(): void {
    if (current === this) current = null;
    this.map.remove();
  }

  /** A "map idle" signal e2e tests and the benchmark wait on instead of sleeping:
   * <html data-map="busy|idle">. */
  private bindIdleSignal(): void {
    this.busy();
    this.map.on('idle', () => (document.documentElement.dataset.map = 'idle'));
  }

  private busy(): void {
    document.documentElement.dataset.map = 'busy';
    this.map.triggerRepaint();
  }
}
