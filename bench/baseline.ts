/**
 * The benchmark's floor: bare maplibre-gl, no React, no zod, no TanStack Query. It draws
 * the same basemap and the same GeoJSON with the app's own style (buildStyle, icons, the
 * same flat feature properties via toMapProps) and signals the same way
 * (<html data-map="busy|idle">), so bench/run.ts can time both pages alike.
 *
 * - data: the six asset files are fetched in parallel as soon as the page starts, parsed
 *   with JSON.parse, and set into their sources once the style is ready;
 * - filter: the "Operational" checkbox sets the app's own filter expression (mapFilter)
 *   on every asset layer;
 * - `#sel=<id>`: sets feature-state 'selected' and shows the asset's name in a plain div
 *   (class asset-panel, the selector the bench waits for on both pages).
 *
 * Query string: ?w=<px>&h=<px> sizes the map like the atlas's map area (the runner reads
 * it from the atlas), so both draw the same number of pixels.
 */
import { addProtocol, Map as MlMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Geometry } from 'geojson';
import { ASSET_FILES } from '../src/data/files';
import { ASSET_TYPES, type AssetProps } from '../src/data/schema';
import { REGION_VIEW, viewPadding } from '../src/map/view';
import { addIcons } from '../src/map/icons';
import { GROUPS } from '../src/model/groups';
import { buildStyle, layerIdsOf } from '../src/map/style/style';
import { TOPOJSON_SCHEME, topojsonLoader } from '../src/map/topojson-protocol';
import { mapFilter, NO_FILTERS, toMapProps } from '../src/state/filters';
import { parse } from '../src/state/url-codec';

setWorkerUrl(workerUrl);
addProtocol(TOPOJSON_SCHEME, topojsonLoader());

/** The built page sits in <site>/baseline/, beside the atlas: data and basemap are one level up. */
const BASE = '../';
const html = document.documentElement;
const busy = () => {
  html.dataset.map = 'busy';
  map.triggerRepaint();
};

const q = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
if (q.get('w')) container.style.width = `${Number(q.get('w'))}px`;
if (q.get('h')) container.style.height = `${Number(q.get('h'))}px`;
if (q.get('top')) container.style.top = `${Number(q.get('top'))}px`;

const style = buildStyle(BASE, 'en');
const map = new MlMap({
  container,
  style,
  bounds: REGION_VIEW,
  fitBoundsOptions: { padding: viewPadding(container) },
  attributionControl: false,
  dragRotate: false,
  maxZoom: 9,
  minZoom: 1,
});
html.dataset.map = 'busy';
map.on('idle', () => (html.dataset.map = 'idle'));
map.on('styleimagemissing', () => addIcons(map));
map.on('load', () => addIcons(map));

const state = { loaded: 0, map };
(window as unknown as { __baseline: typeof state }).__baseline = state;

const selected = parse(location.hash).state.selected;

type Raw = { type: 'FeatureCollection'; features: Array<{ geometry: Geometry; properties: AssetProps }> };
const styleReady = new Promise<void>((res) => (map.isStyleLoaded() ? res() : map.once('style.load', () => res())));

for (const type of ASSET_TYPES) {
  void fetch(`${BASE}geodata/${ASSET_FILES[type]}`)
    .then((r) => r.json() as Promise<Raw>)
    .then(async (json) => {
      const features = json.features.map((f) => ({
        type: 'Feature' as const,
        geometry: f.geometry,
        // zod's defaults, without zod: operators and partners may be absent in the file
        properties: toMapProps({ ...f.properties, operators: f.properties.operators ?? [], partners: f.properties.partners ?? [] }),
      }));
      const sel = selected ? json.features.find((f) => f.properties.id === selected) : undefined;
      if (sel) {
        const panel = document.getElementById('bench-panel')!;
        panel.innerHTML = '<article class="asset-panel"><h2></h2></article>';
        panel.querySelector('h2')!.textContent = sel.properties.name.en;
      }
      await styleReady;
      void (map.getSource(type) as GeoJSONSource).setData({ type: 'FeatureCollection', features });
      state.loaded++;
      if (sel) map.setFeatureState({ source: type, id: selected! }, { selected: true });
      busy();
    });
}

document.getElementById('bench-filter')!.addEventListener('change', (e) => {
  const on = (e.target as HTMLInputElement).checked;
  const expr = mapFilter({ ...NO_FILTERS, statuses: on ? ['operational'] : [] }) as never;
  for (const g of GROUPS) for (const id of layerIdsOf(style, g.key)) map.setFilter(id, expr);
  busy();
});
