import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?url';
import { useAssetIndex, type AssetIndex } from '../data';
import { useAssetQueries, useTimeline } from '../data/queries';
import { useFirstViewCorridors, useFirstViewFaults } from '../derive/first-view';
import { deriveView, exposureDataOf, networkAskFor, routePlacesOf } from '../derive/derive';
import { routeEdgeIdsOf } from '../derive/network';
import { useEdgeLines, useNetworkAnswer } from '../derive/use-network';
import { useToday } from '../derive/use-derived';
import { STRINGS, useT } from '../i18n/strings';
import type { ImportedLayer } from '../model/imported';
import { selectedAssetOf, useView, type ViewState } from '../state/store';
import { AtlasMap, type MapInputs, type MapUi } from './atlas-map';
import { hoverLabel } from './hover-label';
import { useMapHandle } from './map-handle';
import type { LabelPaint } from './style/choropleth';

// MapLibre's stylesheet is linked when the map's code runs, not from the page's head: there
// its 71 KB would hold back the page's first text on a slow connection (issue 23). It goes
// first in the head, so the app's own rules still come after it and win, as before.
if (typeof document !== 'undefined' && !document.querySelector('link[data-maplibre]')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = maplibreCss;
  link.dataset.maplibre = '';
  document.head.prepend(link);
}

const mapUi = (lang: ViewState['lang']): MapUi => ({ locale: STRINGS[lang].mapUi, attribution: STRINGS[lang].attribution });

/**
 * When the page opens on a shared link with a selected asset, the map starts once that
 * asset's data is here (or every file has answered): building a WebGL map holds the main
 * thread for a few hundred ms, and the reader came for the panel. Otherwise at once.
 */
function useStartGate(index: AssetIndex): boolean {
  const [initial] = useState(() => selectedAssetOf(useView.getState()));
  const answered = useAssetQueries().every((q) => !q.isPending);
  const ready = !initial || index.byId.has(initial) || answered;
  const [start, setStart] = useState(ready);
  useEffect(() => {
    if (!ready || start) return;
    // after the panel has been committed and painted, not in the same task
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setStart(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, start]);
  return start;
}

/** Where the hover label goes: beside the pointer, but kept inside the map (flipped to the
 * pointer's other side near the right or bottom edge). */
function labelAt(el: HTMLElement, at: { x: number; y: number }): string {
  const box = el.parentElement?.getBoundingClientRect();
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  let x = at.x + 12;
  let y = at.y + 12;
  if (box && x + w > box.width - 4) x = Math.max(4, at.x - 12 - w);
  if (box && y + h > box.height - 4) y = Math.max(4, at.y - 12 - h);
  return `translate(${x}px, ${y}px)`;
}

export interface MapViewProps {
  onFailure: (message: string) => void;
  /** The imported layers to draw (owned by the import store, above the map). */
  imports: readonly ImportedLayer[];
  /** The land's fill-color expression (the what-if's, the choropleth, or plain land). */
  landFill: unknown;
  /** The country labels' colours over it. */
  labelPaint: LabelPaint;
  /** Files dropped on the map. */
  onDropFiles?: (files: File[]) => void;
  /** The keys drawn over the map: a framed place is kept clear of them. */
  keys?: React.RefObject<HTMLElement | null>;
}

/**
 * A thin host for the map: it creates one AtlasMap for the component's life and hands it
 * the view (from the store) and the data (from React Query) through one call,
 * `atlas.sync(inputs)`, which diffs against what it was last given. The map answers
 * through store actions (select, setCamera, setMapStatus). Camera state never enters React.
 */
export function MapView({ onFailure, imports, landFill, labelPaint, onDropFiles, keys }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const handle = useMapHandle();
  const [atlas, setAtlas] = useState<AtlasMap | null>(null);
  const [dragging, setDragging] = useState(false);
  const [graphicsLost, setGraphicsLost] = useState(false);
  const [basemapFailed, setBasemapFailed] = useState<readonly string[]>([]);
  // the land of the default view (index.html shows it first) stays over the map until the
  // map has drawn its own land, or has failed to, or the camera moves; not on a link with
  // its own camera, where it would be in the wrong place
  const [preview, setPreview] = useState(() => useView.getState().camera === null);
  // hover: React renders only when the asset under the pointer changes; the label follows
  // the pointer through its style (a mousemove must not re-render the map view)
  const [hoverId, setHoverId] = useState<string | null>(null);
  const hoverLabelEl = useRef<HTMLDivElement>(null);
  const hoverAt = useRef({ x: 0, y: 0 });
  const index = useAssetIndex();
  const timeline = useTimeline().data;
  const faults = useFirstViewFaults().data?.faults;
  const corridors = useFirstViewCorridors().data?.corridors;
  const today = useToday();
  const t = useT();
  // the route model: the worker's answer for the view's scenario, and the drawn lines of the
  // selected place's (or the compared pair's) surviving routes
  const filters = useView((s) => s.filters);
  const whatIf = useView((s) => s.whatIf);
  const routePlaces = useView((s) => routePlacesOf(s));
  const exposureData = exposureDataOf(index, faults, corridors);
  const network = useNetworkAnswer(networkAskFor({ filters, whatIf }, today), exposureData).data;
  const routeEdges = routeEdgeIdsOf(network, routePlaces);
  const routeLines = useEdgeLines(routeEdges, exposureData).data;
  const start = useStartGate(index);

  useEffect(() => {
    if (!start || !container.current) return;
    const placeLabel = () => {
      const el = hoverLabelEl.current;
      if (el) el.style.transform = labelAt(el, hoverAt.current);
    };
    let instance: AtlasMap;
    try {
      const s = useView.getState();
      instance = new AtlasMap(container.current, s.lang, mapUi(s.lang), s.camera, {
        onCamera: (c) => useView.getState().setCamera(c),
        onSelect: (id, at) => useView.getState().select(id, at),
        onSelectCountry: (code) => useView.getState().selectCountry(code),
        onChoose: (ids) => useView.getState().offer(ids),
        onImportSelect: (ref) => useView.getState().selectImported(ref),
        onStatus: (status) => useView.getState().setMapStatus(status),
        onGraphicsLost: setGraphicsLost,
        onBasemapFailed: (failed) => {
          setBasemapFailed(failed);
          if (failed.length) setPreview(false);
        },
        onLand: () => setPreview(false),
        onHover: (hit) => {
          if (hit) hoverAt.current = { x: hit.x, y: hit.y };
          setHoverId(hit?.id ?? null);
          placeLabel();
        },
      });
    } catch (e) {
      onFailure((e as Error).message);
      return;
    }
    instance.keysOver = () => keys?.current ?? null;
    instance.map.on('error', (e) => console.warn('map:', e.error?.message));
    instance.map.once('movestart', () => setPreview(false));
    // 'style.load', not 'load': the layers can take their data and the view while the
    // basemap is still loading, instead of after it has drawn.
    instance.map.once('style.load', () => {
      handle.current = instance;
      setAtlas(instance);
      // the e2e suite and the benchmark drive the map through this; only under automation
      if (navigator.webdriver) (window as unknown as { __atlas?: AtlasMap }).__atlas = instance;
    });
    return () => {
      if (handle.current === instance) handle.current = null;
      instance.destroy();
    };
  }, [onFailure, start, handle, keys]);

  // The one path into the map: the view (store), the data (queries) and what derives from
  // both (src/derive, memoised: the panels get the same objects), on every change of either.
  const data = useMemo(
    () => ({ index, timeline, imports, landFill, labelPaint, ui: mapUi }),
    [index, timeline, imports, landFill, labelPaint],
  );
  useEffect(() => {
    if (!atlas) return;
    const sync = (view: ViewState) =>
      atlas.sync({
        view,
        ...data,
        derived: deriveView(view, { index, faults, corridors, network, routeLines }, today),
      } satisfies MapInputs);
    sync(useView.getState());
    return useView.subscribe((v) => sync(v));
  }, [atlas, data, index, faults, corridors, today, network, routeLines]);

  const lang = useView((s) => s.lang);
  const hovered = hoverId ? index.byId.get(hoverId) : undefined;
  // a newly shown label takes the pointer's place before it paints
  useLayoutEffect(() => {
    const el = hoverLabelEl.current;
    if (el) el.style.transform = labelAt(el, hoverAt.current);
  }, [hovered]);
  return (
    <div
      className={dragging ? 'map-wrap dragging' : 'map-wrap'}
      onDragOver={(e) => {
        if (!onDropFiles || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onDropFiles?.(Array.from(e.dataTransfer.files));
      }}
    >
      {dragging && <div className="drop-hint">{t.dropHere}</div>}
      {basemapFailed.length > 0 && (
        <div className="map-message" role="alert" data-problem="basemap">
          {t.basemapFailed(basemapFailed.join(', '))}
          <button type="button" onClick={() => atlas?.retryBasemap()}>
            {t.retry}
          </button>
        </div>
      )}
      {graphicsLost && (
        <div className="map-message" role="status">
          {t.graphicsLost}
        </div>
      )}
      <div ref={container} className="map" role="region" aria-label={t.mapLabel} aria-describedby="map-keys" />
      {preview && (
        <div className="land-preview" aria-hidden="true">
          <img src={`${import.meta.env.BASE_URL}basemap/land-preview.svg`} alt="" />
        </div>
      )}
      {/* shown while the map has keyboard focus: what the keys do, and where features are chosen */}
      <p id="map-keys" className="map-keys" role="note">
        {t.mapKeys}
      </p>
      {hovered && (
        <div className="hover-label" ref={hoverLabelEl} aria-hidden="true">
          {hoverLabel(hovered.properties, lang, t)}
        </div>
      )}
    </div>
  );
}
