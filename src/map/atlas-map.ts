import { Map as MlMap, NavigationControl, ScaleControl, AttributionControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { AssetIndex } from '../data';
import { bboxOf } from '../data/geometry';
import { ASSET_TYPES, type AssetFeature, type AssetType, type Geometry, type TimelineFile } from '../data/schema';
import { GROUP_KEYS } from '../model/groups';
import { selectedAssetOf, selectedCountryOf, selectedImportedOf, type ViewState } from '../state/store';
import { landingIdsShown, landingMapFilter, mapFilter, toMapProps, type Filters } from '../state/filters';
import type { Lang } from '../state/store';
import { roundCamera, type Camera } from '../state/url-codec';
import { addIcons } from './icons';
import { syncImportLayers } from './import-layers';
import { syncFaultLayers, type FaultOverlay } from './fault-layers';
import { bindPointer, type PointerEvents } from './pointer';
import { bindPrint, captureMap } from './capture';
import { REGION_VIEW, viewPadding } from './view';

import type { ImportedLayer } from '../model/imported';
import { GROUPS, type GroupKey } from '../model/groups';
import { buildStyle, layerIdsOf } from './style/style';
import { cableStatusPaint } from './style/layers/lines';

setWorkerUrl(workerUrl);

/** Interface text the map draws itself: MapLibre's locale keys and the attribution. */
export interface MapUi {
  locale: Record<string, string>;
  attribution: string;
}

export interface AtlasMapEvents extends PointerEvents {
  /** The camera after a move ended (rounded to the URL's precision). */
  onCamera: (c: Camera) => void;
  /** 'busy' when given something to draw, 'idle' when it has drawn everything. */
  onStatus: (s: 'busy' | 'idle') => void;
}

/** Everything the map shows: the view (from the store) and the data (from the queries). */
export interface MapInputs {
  view: ViewState;
  index: AssetIndex;
  timeline: TimelineFile | undefined;
  imports: readonly ImportedLayer[];
  /** The land's fill-color expression (choropleth.ts). */
  landFill: unknown;
  /** The fault log's points and the cables impaired on the analysed day (fault-layers.ts). */
  faults?: FaultOverlay | null;
  ui: (lang: Lang) => MapUi;
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
  }

  private last: MapInputs | null = null;

  /**
   * The one way in: brings the map to `next`, diffing against what it was last given, in
   * named steps (like react-map-gl's setProps). Cheap when little changed: each step
   * compares references before it touches the map.
   */
  sync(next: MapInputs): void {
    const prev = this.last;
    this.last = next;
    const v = next.view;
    const pv = prev?.view;
    const dataChanged = prev?.index !== next.index;
    // 1. language: labels, control tooltips, attribution
    if (v.lang !== pv?.lang) this.setLang(v.lang, next.ui(v.lang));
    // 2. layer data, once per type as it arrives
    if (dataChanged)
      for (const type of ASSET_TYPES) {
        const layer = next.index.byType[type];
        if (layer) this.setData(type, layer.features);
      }
    // 3. layer visibility
    for (const k of GROUP_KEYS) if (v.layers[k] !== pv?.layers[k]) this.setLayerVisible(k, v.layers[k]);
    // 4. filters (landing points follow the loaded cables, so they are renewed with the data)
    if (v.filters !== pv?.filters || prev?.index.byType['submarine-cable'] !== next.index.byType['submarine-cable'])
      this.setFilters(
        v.filters,
        landingIdsShown(
          (next.index.byType['submarine-cable']?.features ?? []).map((c) => c.properties),
          v.filters,
        ),
      );
    // 5. the selection: marked, and brought into view when its data is here
    const id = selectedAssetOf(v);
    const f = id ? next.index.byId.get(id) : undefined;
    const pid = pv ? selectedAssetOf(pv) : null;
    const pf = pid && prev ? prev.index.byId.get(pid) : undefined;
    if (id !== pid || f !== pf) {
      this.select(f ? id : null, f?.properties.type);
      if (f && (id !== pid || !pf)) this.reveal(f.geometry);
    }
    const code = selectedCountryOf(v);
    if (!pv || code !== selectedCountryOf(pv)) this.selectCountry(code);
    // 6. imported layers and their selected feature
    if (next.imports !== prev?.imports) this.setImports(next.imports);
    const imp = selectedImportedOf(v);
    if (next.imports !== prev?.imports || !pv || imp !== selectedImportedOf(pv)) this.selectImported(imp);
    // 7. a timeline event's assets
    if (v.highlight !== pv?.highlight || next.timeline !== prev?.timeline || dataChanged) {
      const ids = next.timeline?.events.find((e) => e.id === v.highlight)?.assets ?? [];
      this.setHighlight(
        ids.flatMap((a) => {
          const af = next.index.byId.get(a);
          return af ? [{ source: af.properties.type, id: a }] : [];
        }),
      );
    }
    // 8. the land's colour
    if (next.landFill !== prev?.landFill) this.setLandFill(next.landFill);
    // 8b. faults and impaired cables (after the cables' data, so the overlay line has a source)
    if (next.faults !== prev?.faults) {
      syncFaultLayers(this.map, next.faults ?? null);
      this.busy();
    }
    // 9. the camera: a move the UI asked for, or a camera from the URL (back/forward, reset)
    if (v.command && v.command !== pv?.command && prev) this.fitTo(v.command.bbox);
    else if (pv && v.camera !== pv.camera) this.setCamera(v.camera);
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
    const cables = GROUPS.find((g) => g.key === 'submarine-cable')!;
    for (const [k, v] of Object.entries(cableStatusPaint(cables.color, f.asOf)))
      this.map.setPaintProperty('submarine-cable:line', k as 'line-color', v as never);
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

  /** Keeps the reader's place: moves only when no part of the geometry is in the
   * unobstructed view (off screen, under the panel or the bottom sheet), and then fits it
   * without zooming in past where the reader is. */
  reveal(geometry: Geometry): void {
    const p = viewPadding(this.map.getContainer());
    const el = this.map.getContainer();
    const inView = (c: readonly number[]) => {
      const { x, y } = this.map.project([c[0]!, c[1]!]);
      return x >= p.left && x <= el.clientWidth - p.right && y >= p.top && y <= el.clientHeight - p.bottom;
    };
    const pts =
      geometry.type === 'Point'
        ? [geometry.coordinates]
        : geometry.type === 'LineString'
          ? geometry.coordinates
          : geometry.coordinates.flat();
    if (pts.some(inView)) return;
    const b = bboxOf(geometry);
    this.map.fitBounds(b, {
      padding: { ...p, top: p.top + 40, left: p.left + 40, right: p.right + 40, bottom: p.bottom + 40 },
      maxZoom: Math.max(this.map.getZoom(), 2),
      duration: 500,
    });
  }

  /** Where the selected asset's first position is on screen (for tests and the bottom
   * sheet logic), or null. */
  selectedScreenPoint(): { x: number; y: number } | null {
    if (!this.selected) return null;
    const f = this.map.querySourceFeatures(this.selected.source, { filter: ['==', ['get', 'id'], this.selected.id] })[0];
    if (!f) return null;
    const g = f.geometry as Geometry;
    const c = g.type === 'Point' ? g.coordinates : g.type === 'LineString' ? g.coordinates[0] : g.coordinates[0]![0];
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
    this.map.remove();
  }

  /** A "map idle" signal e2e tests and the benchmark wait on instead of sleeping:
   * <html data-map="busy|idle">. */
  private bindIdleSignal(): void {
    this.busy();
    this.map.on('idle', () => {
      document.documentElement.dataset.map = 'idle';
      this.events.onStatus('idle');
    });
  }

  private busy(): void {
    if (document.documentElement.dataset.map !== 'busy') {
      document.documentElement.dataset.map = 'busy';
      this.events.onStatus('busy');
    }
    this.map.triggerRepaint();
  }
}
