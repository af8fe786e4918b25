import {
  Map as MlMap,
  NavigationControl,
  ScaleControl,
  AttributionControl,
  addProtocol,
  setWorkerUrl,
  type GeoJSONSource,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { AssetIndex } from '../data';
import { bboxOf } from '../data/geometry';
import { ASSET_TYPES, type AssetType } from '../data/constants';
import type { AssetFeature, Geometry, TimelineFile } from '../data/schema';
import { GROUP_KEYS } from '../model/groups';
import { selectedAssetOf, selectedCountryOf, selectedImportedOf, type ViewState } from '../state/store';
import { stacksOf } from './stacks';
import { toMapProps } from '../state/filters';
import type { Derived } from '../derive/derive';
import type { At } from '../model/time';
import type { FilterSpecification, MapSourceDataEvent } from 'maplibre-gl';
import type { Lang } from '../state/store';
import { roundCamera, type Camera } from '../state/url-codec';
import { addIcons } from './icons';
import { syncImportLayers } from './import-layers';
import { syncFaultLayers } from './fault-layers';
import { syncRouteLayers } from './route-layers';
import { bindPointer, type PointerEvents } from './pointer';
import { bindPrint, captureMap } from './capture';
import { syncChangeLayers } from './change-layers';
import { framePadding, keysBand, REGION_VIEW, viewPadding, type KeysBand } from './view';
import { COUNTRY_BOUNDS } from '../model/country-bounds';
import { bindLabelFit, placedLabels } from './label-fit';
import type { PlacedLabel } from './label-room';

import type { ImportedLayer } from '../model/imported';
import { GROUPS, type GroupKey } from '../model/groups';
import { buildStyle, layerIdsOf } from './style/style';
import { routeStatusPaint } from './style/layers/lines';
import { DETAIL_ZOOM } from './style/layers/basemap';
import type { LabelPaint } from './style/choropleth';
import { TOPOJSON_SCHEME, topojsonLoader, topojsonFile } from './topojson-protocol';

setWorkerUrl(workerUrl);
// the style's topojson:// sources (the first view's land and borders, one file)
addProtocol(TOPOJSON_SCHEME, topojsonLoader());

/** A map this wide or narrower is a phone's: MapLibre's own width for a compact attribution. */
const NARROW_MAP = 640;

/** Room around a fitted box, on top of the map's padding (which already clears a phone's bottom sheet). */
const FIT_EDGE = 52;

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
  /** The browser took the map's WebGL context away (true) or gave it back (false). */
  onGraphicsLost?: (lost: boolean) => void;
  /** The basemap files that failed to load, by name (empty again after a successful retry). */
  onBasemapFailed?: (files: readonly string[]) => void;
  /** The land has been drawn for the first time (the performance mark `atlas:land` too). */
  onLand?: () => void;
}

/** The basemap's sources (files in public/basemap/, scripts/build-basemap.mjs). */
export const BASEMAP_SOURCES = ['countries', 'borders', 'labels'] as const;
export type BasemapSource = (typeof BASEMAP_SOURCES)[number];
const isBasemap = (id: unknown): id is BasemapSource => (BASEMAP_SOURCES as readonly unknown[]).includes(id);

/** Everything the map shows: the view (from the store) and the data (from the queries). */
export interface MapInputs {
  view: ViewState;
  index: AssetIndex;
  timeline: TimelineFile | undefined;
  imports: readonly ImportedLayer[];
  /** Everything derived from the view and the data (src/derive): filters, overlay, the day. */
  derived: Derived;
  /** The land's fill-color expression (the what-if's, or the choropleth's). */
  landFill: unknown;
  /** The country labels' colours over that fill (light over dark classes: choropleth.ts). */
  labelPaint: LabelPaint;
  ui: (lang: Lang) => MapUi;
}

/**
 * The one owner of the MapLibre map. React tells it what to show through `sync`; it never
 * re-creates the map and sets each asset layer's data once. Runtime changes happen through
 * layer visibility, filters and feature state, and through the small derived sources that
 * change with the view (the badges on stacked symbols, the fault overlay).
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
  /** Re-checks which neighbours' names have room (label-fit.ts). */
  private readonly fitLabels: () => void;
  private attributionText: string;

  constructor(
    container: HTMLElement,
    lang: Lang,
    ui: MapUi,
    camera: Camera | null,
    private readonly events: AtlasMapEvents,
  ) {
    this.style = buildStyle(import.meta.env.BASE_URL, lang);
    this.linkCamera = camera !== null;
    this.map = new MlMap({
      container,
      style: this.style,
      ...(camera
        ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
        : { bounds: REGION_VIEW, fitBoundsOptions: { padding: viewPadding(container) } }),
      attributionControl: false,
      locale: ui.locale,
      dragRotate: false,
      // from DETAIL_ZOOM the 1:10m coastline is drawn; past 11 it too would mislead (cells of ~100 m)
      maxZoom: 11,
      minZoom: 1,
    });
    this.map.touchZoomRotate.disableRotation();
    // the camera's centre is the middle of what the reader sees (above a phone's bottom
    // sheet), so + and − zoom there instead of drifting south with each tap
    const pad = () => this.map.setPadding(viewPadding(container, this.last?.view.sheet));
    pad();
    if (!camera) this.map.fitBounds(REGION_VIEW, { padding: 0, duration: 0 });
    this.map.on('resize', pad);
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    // on a phone-sized map the scale goes bottom left and the attribution starts folded to its
    // (i) button: together at the bottom right they covered Timor-Leste's name
    const narrow = container.clientWidth <= NARROW_MAP;
    this.map.addControl(new ScaleControl({}), narrow ? 'bottom-left' : 'bottom-right');
    this.attributionText = ui.attribution;
    this.attribution = this.addAttribution(ui.attribution);
    this.map.on('styleimagemissing', () => addIcons(this.map));
    this.map.on('style.load', () => addIcons(this.map));
    bindPointer(this.map, this.imports, events);
    this.fitLabels = bindLabelFit(this.map, () => this.last?.view.lang ?? lang);
    this.bindIdleSignal();
    // the camera reaches the store (and the URL) when the map first shows and after each move
    this.map.on('load', () => this.events.onCamera(this.camera()));
    this.map.on('moveend', () => this.events.onCamera(this.camera()));
    bindPrint(this.map, container);
    // the 1:10m detail: fetched the first time the reader zooms in far enough to need it
    const loadDetail = () => {
      if (this.map.getZoom() < DETAIL_ZOOM - 0.5 || this.detailLoaded) return;
      this.detailLoaded = true;
      const base = import.meta.env.BASE_URL;
      void this.map.getSource<GeoJSONSource>('countries-hi')?.setData(`${base}basemap/countries-10m.geojson`);
      void this.map.getSource<GeoJSONSource>('borders-hi')?.setData(`${base}basemap/borders-10m.geojson`);
      this.map.once('sourcedata', () => this.selectCountry(this.country));
    };
    this.map.on('zoomend', loadDetail);
    this.map.on('zoomend', () => this.updateStacks());
    this.map.once('style.load', loadDetail);
    this.bindContextLoss();
    this.bindBasemapErrors();
    this.bindFirstLand();
  }

  /** Tells (once) when the countries have loaded and the next frame has drawn them. */
  private bindFirstLand(): void {
    const loaded = (e: MapSourceDataEvent) => {
      if (e.sourceId !== 'countries' || !e.isSourceLoaded) return;
      this.map.off('sourcedata', loaded);
      this.map.once('render', () => {
        performance.mark('atlas:land');
        this.events.onLand?.();
      });
    };
    this.map.on('sourcedata', loaded);
  }

  private readonly basemapFailed = new Set<BasemapSource>();

  /** A basemap file that fails (404, truncated JSON) is a layer failing: reported, with a
   * retry, instead of leaving a blank sea. */
  private bindBasemapErrors(): void {
    this.map.on('error', (e) => {
      const id = (e as { sourceId?: unknown }).sourceId;
      if (!isBasemap(id)) return;
      this.basemapFailed.add(id);
      this.events.onBasemapFailed?.(this.failedFiles());
    });
  }

  /** The style's URL of a basemap source. */
  private basemapUrl(id: BasemapSource): string {
    return (this.style.sources[id] as { data: string }).data;
  }

  /** The failed sources' files, each named once (countries and borders share one). */
  private failedFiles(): string[] {
    const file = (url: string) => topojsonFile(url) ?? url.split('/').pop()!;
    return [...new Set([...this.basemapFailed].map((id) => file(this.basemapUrl(id))))];
  }

  /** Fetches the failed basemap files again. */
  retryBasemap(): void {
    if (this.lost) return;
    const failed = [...this.basemapFailed];
    this.basemapFailed.clear();
    this.events.onBasemapFailed?.([]);
    for (const id of failed) {
      const src = this.map.getSource(id);
      if (src?.type === 'geojson') (src as unknown as { setData: (d: string) => void }).setData(this.basemapUrl(id));
    }
    this.busy();
  }

  private detailLoaded = false;
  private faded = false;
  /** The badges' counts are out of date (filters changed while zoomed out): renewed on zooming in. */
  private stacksStale = true;

  /** Badges are drawn from zoom 4, so they are counted only there: at the regional view a
   * filter change costs nothing extra (no data re-sent to the map's workers). */
  private updateStacks(): void {
    const last = this.last;
    if (!this.stacksStale || !last || this.lost || this.map.getZoom() < 3.5) return;
    this.stacksStale = false;
    const v = last.view;
    const shown = (f: AssetFeature) => last.derived.shown(f.properties);
    void this.map.getSource<GeoJSONSource>('stacks')?.setData({
      type: 'FeatureCollection',
      features: stacksOf(last.index.all, shown, v.layers).map((st) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: st.coordinates },
        properties: { n: st.n, group: st.group },
      })),
    });
  }

  private last: MapInputs | null = null;
  /** Fault markers drawn bold (a day, a what-if, the Resilience tab) or faint (fault-layers.ts). */
  private faultsProminent: boolean | null = null;
  /** The page opened on a link with a camera: the view it names is kept, selection or not. */
  private linkCamera: boolean;
  private linkSelection: string | null = null;
  private linkCountry: string | null = null;
  /** While the WebGL context is lost MapLibre has no style: nothing may call into it. */
  private lost = false;

  /** The GPU can drop the context (driver reset, too many tabs, a laptop switching GPUs).
   * MapLibre keeps a snapshot of its style and rebuilds it when the canvas gets
   * `webglcontextrestored`; what it cannot keep (data set later, feature state, the
   * reader's imports) is re-applied here by running sync again from nothing. */
  private bindContextLoss(): void {
    this.map.on('webglcontextlost', () => {
      this.lost = true;
      this.events.onGraphicsLost?.(true);
    });
    this.map.on('webglcontextrestored', () => {
      const resync = () => {
        this.lost = false;
        this.dataSet.clear();
        this.selected = null;
        this.country = null;
        this.highlighted = [];
        this.importSelected = null;
        for (const id of [...this.imports.keys()]) if (!this.map.getSource(`import:${id}`)) this.imports.delete(id);
        const next = this.last;
        this.last = null;
        if (next) this.sync(next, { keepCamera: true });
        this.busy();
        this.events.onGraphicsLost?.(false);
      };
      if (this.map.isStyleLoaded()) resync();
      else this.map.once('style.load', resync);
    });
  }

  /**
   * The one way in: brings the map to `next`, diffing against what it was last given, in
   * named steps (like react-map-gl's setProps). Cheap when little changed: each step
   * compares references before it touches the map.
   */
  sync(next: MapInputs, opts: { keepCamera?: boolean } = {}): void {
    const prev = this.last;
    this.last = next;
    if (!prev) {
      this.linkSelection = selectedAssetOf(next.view);
      this.linkCountry = selectedCountryOf(next.view);
    }
    // the context is away: remember what to show, apply it when it comes back
    if (this.lost) return;
    const v = next.view;
    const pv = prev?.view;
    const dataChanged = prev?.index !== next.index;
    // 1. language: labels, control tooltips, attribution
    if (v.lang !== pv?.lang) this.setLang(v.lang, next.ui(v.lang));
    // 2. layer data, once per type as it arrives
    if (dataChanged)
      for (const type of ASSET_TYPES) {
        const layer = next.index.byType[type];
        // a station's size shows how many cables it serves: set once the cables are here
        if (type === 'landing-point' && !next.index.byType['submarine-cable']) continue;
        if (layer)
          this.setData(type, layer.features, type === 'landing-point' ? (p) => ({ n: next.index.cablesOf(p.id).length }) : undefined);
      }
    // 3. layer visibility
    for (const k of GROUP_KEYS) if (v.layers[k] !== pv?.layers[k]) this.setLayerVisible(k, v.layers[k]);
    // 4. filters (derived: landing points follow the loaded cables, the day's states)
    if (next.derived.mapFilters !== prev?.derived.mapFilters) this.setFilters(next.derived.mapFilters, next.derived.at);
    // 4b. badges on stacked symbols: how many the filters show at each shared spot
    if (next.derived.shown !== prev?.derived.shown || v.layers !== pv?.layers || dataChanged) {
      this.stacksStale = true;
      this.updateStacks();
    }
    // 5. the selection: marked, and brought into view when its data is here
    const id = selectedAssetOf(v);
    const f = id ? next.index.byId.get(id) : undefined;
    const pid = pv ? selectedAssetOf(pv) : null;
    const pf = pid && prev ? prev.index.byId.get(pid) : undefined;
    if (id !== pid || f !== pf) {
      this.select(f ? id : null, f?.properties.type);
      // a shared link's own camera wins over bringing its selection into view; so does a
      // re-sync after the graphics came back
      const fromLink = this.linkCamera && id === this.linkSelection;
      if (f && (id !== pid || !pf) && !fromLink && !opts.keepCamera) this.reveal(f.geometry);
      if (f && id !== this.linkSelection) this.linkCamera = false;
    }
    // a chosen country (search, list, map click) is framed in the map's free area, unless the
    // page opened on a link whose own camera shows it, or a command moves the camera anyway
    const code = selectedCountryOf(v);
    if (!pv || code !== selectedCountryOf(pv)) {
      this.selectCountry(code);
      const box = code ? COUNTRY_BOUNDS[code] : undefined;
      const fromLink = this.linkCamera && code === this.linkCountry;
      const commanded = v.command !== null && v.command !== pv?.command;
      if (box && !fromLink && !commanded && !opts.keepCamera) this.fitTo([...box]);
      if (code && code !== this.linkCountry) this.linkCamera = false;
    }
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
    // 7b. a phone's bottom sheet: the camera centres above it
    if (pv && v.sheet !== pv.sheet) this.map.setPadding(viewPadding(this.map.getContainer(), v.sheet));
    // 8. the land's colour
    if (next.landFill !== prev?.landFill) this.setLandFill(next.landFill);
    if (next.labelPaint !== prev?.labelPaint) {
      this.map.setPaintProperty('base:labels', 'text-color', next.labelPaint['text-color'] as never);
      this.map.setPaintProperty('base:labels', 'text-halo-color', next.labelPaint['text-halo-color'] as never);
    }
    // 8b. faults and impaired cables (after the cables' data, so the overlay line has a source)
    const faultsProminent = next.derived.faultsProminent;
    if (next.derived.overlay !== prev?.derived.overlay || faultsProminent !== this.faultsProminent) {
      this.faultsProminent = faultsProminent;
      syncFaultLayers(this.map, next.derived.overlay, faultsProminent);
      this.busy();
    }
    // 8c. what changed between two dates (after the data, so its layers have sources)
    if (next.derived.changes !== prev?.derived.changes || dataChanged) {
      syncChangeLayers(this.map, next.derived.changes);
      this.busy();
    }
    // 8c. the route model: surviving routes of the selected place(s), corridors cut
    if (next.derived.routeOverlay !== prev?.derived.routeOverlay) {
      syncRouteLayers(this.map, next.derived.routeOverlay);
      this.busy();
    }
    // 9. the camera: a move the UI asked for, or a camera from the URL (back/forward, reset)
    if (v.command && v.command !== pv?.command && prev) this.fitTo(v.command.bbox);
    else if (pv && v.camera !== pv.camera) this.setCamera(v.camera);
  }

  /** Sets a layer's validated data once (later calls for the same type are ignored). */
  setData(type: AssetType, features: readonly AssetFeature[], extra?: (p: AssetFeature['properties']) => Record<string, number>): void {
    if (this.dataSet.has(type)) return;
    const src = this.map.getSource(type);
    if (!src || src.type !== 'geojson') return;
    this.dataSet.add(type);
    this.busy();
    (src as unknown as { setData: (d: unknown) => void }).setData({
      type: 'FeatureCollection',
      features: features.map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: { ...toMapProps(f.properties), ...extra?.(f.properties) },
      })),
    });
  }

  setLayerVisible(key: GroupKey, visible: boolean): void {
    for (const id of layerIdsOf(this.style, key)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    this.busy();
  }

  /** Filters every asset layer (the landing-point layer by its own filter: the stations whose
   * cables pass) and draws the routes (cables, land fibre) by their state on the day. */
  setFilters(filters: { asset: FilterSpecification; landing: FilterSpecification }, at: At): void {
    for (const g of GROUPS)
      for (const id of layerIdsOf(this.style, g.key)) this.map.setFilter(id, id.endsWith(':landing') ? filters.landing : filters.asset);
    for (const g of GROUPS.filter((x) => x.symbol.startsWith('line'))) {
      const paint = routeStatusPaint(g.color, at);
      this.map.setPaintProperty(`${g.key}:line`, 'line-dasharray', paint['line-dasharray']);
      this.map.setPaintProperty(`${g.key}:line`, 'line-color', paint['line-color']);
      if (this.map.getLayer(`${g.key}:casing`)) this.map.setPaintProperty(`${g.key}:casing`, 'line-opacity', paint.casingOpacity);
    }
    this.busy();
  }

  /** Country labels, MapLibre's control tooltips and the attribution in the language.
   * MapLibre reads its locale only when a control is built, so the zoom buttons are
   * relabelled in place and the attribution control is rebuilt. */
  setLang(lang: Lang, ui: MapUi): void {
    for (const id of ['base:labels', 'base:cities', 'submarine-cable:name'])
      this.map.setLayoutProperty(id, 'text-field', ['get', lang === 'zh' ? 'name_zh' : 'name_en']);
    this.fitLabels();
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
      this.attribution = this.addAttribution(ui.attribution);
    }
    this.busy();
  }

  /** The attribution, bottom right; on a phone-sized map folded to its (i) button until
   * tapped (MapLibre opens a compact one at first). */
  private addAttribution(text: string): AttributionControl {
    const a = new AttributionControl({ compact: true, customAttribution: text });
    this.map.addControl(a, 'bottom-right');
    if (this.map.getContainer().clientWidth <= NARROW_MAP) {
      const el = this.map.getContainer().querySelector('.maplibregl-ctrl-attrib');
      el?.classList.remove('maplibregl-compact-show');
      el?.removeAttribute('open');
    }
    return a;
  }

  select(id: string | null, type: AssetType | undefined): void {
    if (this.selected) this.map.setFeatureState(this.selected, { selected: false });
    this.selected = id && type ? { source: type, id } : null;
    if (this.selected) this.map.setFeatureState(this.selected, { selected: true });
    // a selected cable stands out: the others fade, as on the public cable maps
    // (not with thousands of lines: re-evaluating every line's paint costs ~1 s at 100x the data)
    const fade = type === 'submarine-cable' && (this.last?.index.byType['submarine-cable']?.features.length ?? 0) <= 1000;
    if (fade || this.faded)
      this.map.setPaintProperty(
        'submarine-cable:line',
        'line-opacity',
        fade ? ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0.25] : 1,
      );
    this.faded = fade;
    this.busy();
  }

  selectCountry(code: string | null): void {
    for (const source of ['countries', 'countries-hi'])
      if (this.country) this.map.setFeatureState({ source, id: this.country }, { selected: false });
    this.country = code;
    for (const source of ['countries', 'countries-hi']) if (code) this.map.setFeatureState({ source, id: code }, { selected: true });
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
    for (const id of ['base:land', 'base:land-hi']) this.map.setPaintProperty(id, 'fill-color', fill as never);
    this.busy();
  }

  /** The keys drawn over the map (app/map-area.tsx sets it): a framed place is kept clear of them. */
  keysOver: () => Element | null = () => null;

  /** Where the keys over the map reach, drawn or due (a chosen place's route key, the
   * choropleth's, the what-if's, the comparison's: they wait for their data). */
  private keysBand(): KeysBand | null {
    const el = this.map.getContainer();
    const cards = this.keysOver()?.getBoundingClientRect() ?? null;
    const d = this.last?.derived;
    const due = !!d && (d.routePlaces !== '' || d.whatIfColors !== null || d.changes !== null || this.last?.view.choropleth != null);
    return keysBand(cards, el.getBoundingClientRect(), viewPadding(el, this.last?.view.sheet), due, window.innerWidth <= 700);
  }

  /** Fits the camera to a geometry's bounds, clear of the panel and of the keys over the map. */
  fitTo(bounds: [number, number, number, number]): void {
    this.map.fitBounds(bounds, {
      padding: framePadding(FIT_EDGE, this.keysBand()),
      maxZoom: 7,
      duration: 600,
    });
  }

  /** Keeps the reader's place: moves only when no part of the geometry is in the
   * unobstructed view (off screen, under the panel or the bottom sheet), and then fits it
   * without zooming in past where the reader is. */
  reveal(geometry: Geometry): void {
    const p = viewPadding(this.map.getContainer(), this.last?.view.sheet);
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
      padding: FIT_EDGE,
      maxZoom: Math.max(this.map.getZoom(), 2),
      duration: 500,
    });
  }

  /** Where the selected asset's first position is on screen (for tests and the bottom
   * sheet logic), or null. */
  selectedScreenPoint(): { x: number; y: number } | null {
    if (!this.selected || this.lost) return null;
    const f = this.map.querySourceFeatures(this.selected.source, { filter: ['==', ['get', 'id'], this.selected.id] })[0];
    if (!f) return null;
    const g = f.geometry as Geometry;
    const c = g.type === 'Point' ? g.coordinates : g.type === 'LineString' ? g.coordinates[0] : g.coordinates[0]![0];
    return c ? this.map.project(c as [number, number]) : null;
  }

  /** The country names this view would place, shown or left out (for tests). */
  placedLabels(): PlacedLabel[] {
    return placedLabels(this.map, this.last?.view.lang ?? 'en');
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
  /** The map drawn at `ratio` device pixels per CSS pixel (2: for print), then back. */
  async captureAt(ratio: number): Promise<HTMLCanvasElement> {
    const before = this.map.getPixelRatio();
    if (ratio === before) return this.capture();
    this.map.setPixelRatio(ratio);
    await new Promise<void>((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
    const out = this.capture();
    this.map.setPixelRatio(before);
    return out;
  }

  capture(): HTMLCanvasElement {
    return captureMap(this.map);
  }

  /** Back to the region. */
  resetView(): void {
    this.map.fitBounds(REGION_VIEW, { padding: 0, duration: 500 });
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
