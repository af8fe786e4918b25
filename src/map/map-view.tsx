import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useAssetIndex, type AssetIndex } from '../data';
import { landingIdsShown, type Filters } from '../state/filters';
import { useAssetQueries, useTimeline } from '../data/queries';
import { bboxOf } from '../data/geometry';
import { ASSET_TYPES } from '../data/schema';
import { STRINGS, useT } from '../i18n/strings';
import { useView, type ViewState } from '../state/store';
import { AtlasMap, type MapUi } from './atlas-map';
import { GROUP_KEYS } from '../model/groups';
import { hoverLabel } from './hover-label';
import { ChoroplethLegend, useChoropleth } from '../controls/choropleth-control';
import { choroplethFill } from './style/choropleth';
import { useImports } from '../io/imports-store';

const landingIdsOf = (index: AssetIndex, f: Filters) =>
  landingIdsShown(
    (index.byType['submarine-cable']?.features ?? []).map((c) => c.properties),
    f,
  );

const mapUi = (lang: ViewState['lang']): MapUi => ({ locale: STRINGS[lang].mapUi, attribution: STRINGS[lang].attribution });

/** Applies the view (store) to the map: called once when the map is ready and on every
 * store change after that, outside React rendering. This is the path for everything the
 * store holds; what needs loaded data as well (layer data, the selection's geometry, the
 * choropleth's values, a milestone's assets, imported layers) follows in the effects
 * below. Camera commands a user gives ("Zoom to", a snapshot) go through currentAtlas(). */
function applyView(atlas: AtlasMap, v: ViewState, prev: ViewState | null, index: AssetIndex): void {
  const typeOf = (id: string) => index.byId.get(id)?.properties.type;
  if (!prev || v.lang !== prev.lang) atlas.setLang(v.lang, mapUi(v.lang));
  for (const k of GROUP_KEYS) if (!prev || v.layers[k] !== prev.layers[k]) atlas.setLayerVisible(k, v.layers[k]);
  if (!prev || v.filters !== prev.filters) atlas.setFilters(v.filters, landingIdsOf(index, v.filters));
  if (!prev || v.selected !== prev.selected) atlas.select(v.selected, v.selected ? (typeOf(v.selected) as never) : undefined);
  if (!prev || v.country !== prev.country) atlas.selectCountry(v.country);
  if (prev && v.camera !== prev.camera) atlas.setCamera(v.camera);
}

/**
 * When the page opens on a shared link with a selected asset, the map starts once that
 * asset's data is here (or every file has answered): building a WebGL map holds the main
 * thread for a few hundred ms, and the reader came for the panel. Otherwise at once.
 */
function useStartGate(index: AssetIndex): boolean {
  const [initial] = useState(() => useView.getState().selected);
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

/** The map: one AtlasMap for the component's life. Camera state never enters React. */
export function MapView({ onFailure }: { onFailure: (message: string) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const [atlas, setAtlas] = useState<AtlasMap | null>(null);
  const [dragging, setDragging] = useState(false);
  // hover: React renders only when the asset under the pointer changes; the label follows
  // the pointer through its style (a mousemove must not re-render the map view)
  const [hoverId, setHoverId] = useState<string | null>(null);
  const hoverLabelEl = useRef<HTMLDivElement>(null);
  const hoverAt = useRef({ x: 0, y: 0 });
  const placeLabel = () => {
    const el = hoverLabelEl.current;
    if (el) el.style.transform = `translate(${hoverAt.current.x + 12}px, ${hoverAt.current.y + 12}px)`;
  };
  const index = useAssetIndex();
  const indexRef = useRef(index);
  indexRef.current = index;
  const t = useT();
  const start = useStartGate(index);

  useEffect(() => {
    if (!start) return;
    let instance: AtlasMap;
    try {
      const { select, selectCountry, lang, camera, setCamera } = useView.getState();
      instance = new AtlasMap(container.current!, lang, mapUi(lang), camera, {
        onCamera: setCamera,
        onSelect: select,
        onSelectCountry: selectCountry,
        onChoose: useView.getState().offer,
        onImportSelect: (sel) => {
          useView.getState().select(null);
          useImports.getState().select(sel);
        },
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
    instance.map.on('error', (e) => console.warn('map:', e.error?.message));
    let unsub = () => {};
    // 'style.load', not 'load': the layers can take their data and the view while the
    // basemap is still loading, instead of after it has drawn (MapLibre defers the style
    // load of a style object to a later frame, so this listener is in time).
    instance.map.once('style.load', () => {
      applyView(instance, useView.getState(), null, indexRef.current);
      unsub = useView.subscribe((v, prev) => applyView(instance, v, prev, indexRef.current));
      setAtlas(instance);
      // the e2e suite and the benchmark drive the map through this; only under automation
      if (navigator.webdriver) (window as unknown as { __atlas?: AtlasMap }).__atlas = instance;
    });
    return () => {
      unsub();
      instance.destroy();
    };
  }, [onFailure, start]);

  // Set each layer's data once, when it has loaded and the map is ready; the landing
  // points' filter depends on the cables, so it is renewed when they arrive.
  const cables = index.byType['submarine-cable'];
  useEffect(() => {
    if (!atlas) return;
    for (const type of ASSET_TYPES) {
      const layer = index.byType[type];
      if (layer) atlas.setData(type, layer.features);
    }
  }, [atlas, index]);
  useEffect(() => {
    const f = useView.getState().filters;
    if (atlas && cables) atlas.setFilters(f, landingIdsOf(indexRef.current, f));
  }, [atlas, cables]);

  // The selected asset, once its data is here: marked, and brought into view if the
  // panel or the screen edge hides it.
  const selected = useView((s) => s.selected);
  useEffect(() => {
    const f = selected ? index.byId.get(selected) : undefined;
    if (!atlas || !f) return;
    atlas.select(f.properties.id, f.properties.type);
    atlas.reveal(bboxOf(f.geometry));
  }, [atlas, index, selected]);

  // The choropleth and a timeline event's highlight follow the store and the loaded data.
  const choro = useChoropleth();
  useEffect(() => atlas?.setLandFill(choroplethFill(choro)), [atlas, choro]);
  const highlight = useView((s) => s.highlight);
  const timeline = useTimeline().data;
  useEffect(() => {
    if (!atlas) return;
    const ids = timeline?.events.find((e) => e.id === highlight)?.assets ?? [];
    atlas.setHighlight(
      ids.flatMap((id) => {
        const f = index.byId.get(id);
        return f ? [{ source: f.properties.type, id }] : [];
      }),
    );
  }, [atlas, highlight, timeline, index]);

  // The user's imported layers and the selected imported feature.
  const imports = useImports((s) => s.layers);
  const importSel = useImports((s) => s.selected);
  useEffect(() => atlas?.setImports(imports), [atlas, imports]);
  useEffect(() => atlas?.selectImported(importSel), [atlas, importSel]);

  const lang = useView((s) => s.lang);
  const hovered = hoverId ? index.byId.get(hoverId) : undefined;
  // a newly shown label takes the pointer's place before it paints
  useLayoutEffect(placeLabel, [hovered]);
  return (
    <div
      className={dragging ? 'map-wrap dragging' : 'map-wrap'}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        for (const f of Array.from(e.dataTransfer.files)) void useImports.getState().importFile(f);
      }}
    >
      {dragging && <div className="drop-hint">{t.dropHere}</div>}
      <ChoroplethLegend />
      <div ref={container} className="map" role="region" aria-label={t.mapLabel} />
      {hovered && (
        <div className="hover-label" ref={hoverLabelEl} aria-hidden="true">
          {hoverLabel(hovered.properties, lang, t)}
        </div>
      )}
    </div>
  );
}
