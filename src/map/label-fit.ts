import type { Map as MlMap } from 'maplibre-gl';
import type { Lang } from '../state/store';
import { labelsWithoutRoom, type Box, type PlacedLabel } from './label-room';
import { besideAt, LABEL_FILTER, labelSize } from './style/layers/basemap';

/** The controls drawn over the map (zoom buttons, scale, attribution), in canvas pixels. */
function controlBoxes(map: MlMap): Box[] {
  const at = map.getContainer().getBoundingClientRect();
  return [...map.getContainer().querySelectorAll('.maplibregl-ctrl')].map((el) => {
    const r = el.getBoundingClientRect();
    return { x0: r.left - at.left, y0: r.top - at.top, x1: r.right - at.left, y1: r.bottom - at.top };
  });
}

/** The country names the map would draw here, placed as base:labels places them. */
export function placedLabels(map: MlMap, lang: Lang): PlacedLabel[] {
  const zoom = map.getZoom();
  const seen = new Set<string>();
  return map.querySourceFeatures('labels').flatMap((f) => {
    const p = f.properties as { num: number; iso: string | null; rank: number; focus: boolean; name_en: string; name_zh: string };
    const g = f.geometry as { type: string; coordinates: [number, number] };
    if (seen.has(String(p.num)) || (p.rank > 2 && zoom < 5) || g.type !== 'Point') return [];
    seen.add(String(p.num));
    const { x, y } = map.project(g.coordinates);
    const { anchor, offset } = besideAt(p.iso ?? '', zoom);
    return [
      {
        iso: String(p.num),
        focus: p.focus,
        x,
        y,
        text: lang === 'zh' ? p.name_zh : p.name_en,
        size: labelSize(p.rank),
        anchor,
        offset,
      },
    ];
  });
}

/** After each move (and a change of language): the neighbours' names that would be cut by
 * the map's edge or sit under a control are left out (label-room.ts). Returns a function
 * that re-checks now. */
export function bindLabelFit(map: MlMap, lang: () => Lang): () => void {
  let hidden = '';
  const fit = () => {
    if (!map.getLayer('base:labels') || !map.getSource('labels')) return;
    const canvas = map.getCanvas();
    const out = labelsWithoutRoom(
      placedLabels(map, lang()),
      { width: canvas.clientWidth, height: canvas.clientHeight },
      controlBoxes(map),
    ).map(Number);
    const key = out.sort((a, b) => a - b).join();
    if (key === hidden) return;
    hidden = key;
    map.setFilter('base:labels', out.length ? ['all', LABEL_FILTER, ['!', ['in', ['get', 'num'], ['literal', out]]]] : LABEL_FILTER);
  };
  map.on('moveend', fit);
  map.on('resize', fit);
  map.on('sourcedata', (e) => {
    if (e.sourceId === 'labels' && e.isSourceLoaded) fit();
  });
  return fit;
}
