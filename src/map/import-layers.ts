import type { LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { ImportedLayer } from '../model/imported';

/** Map layers for one imported layer: polygons, lines, points, each filtered by geometry
 * type, in the layer's colour, drawn above the atlas's own layers. */
export function importLayerSpecs(l: ImportedLayer): LayerSpecification[] {
  const src = `import:${l.id}`;
  const vis = l.visible ? 'visible' : 'none';
  const sel = ['boolean', ['feature-state', 'selected'], false];
  return [
    {
      id: `${src}:fill`,
      type: 'fill',
      source: src,
      filter: ['==', ['geometry-type'], 'Polygon'],
      layout: { visibility: vis },
      paint: { 'fill-color': l.color, 'fill-opacity': 0.35, 'fill-outline-color': l.color },
    },
    {
      id: `${src}:line`,
      type: 'line',
      source: src,
      filter: ['in', ['geometry-type'], ['literal', ['LineString', 'Polygon']]],
      layout: { visibility: vis },
      paint: { 'line-color': ['case', sel, '#000000', l.color], 'line-width': ['case', sel, 4, 2.2] },
    },
    {
      id: `${src}:point`,
      type: 'circle',
      source: src,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: { visibility: vis },
      paint: {
        'circle-radius': ['case', sel, 7, 4.5],
        'circle-color': l.color,
        'circle-stroke-color': '#1f1f1f',
        'circle-stroke-width': 1.2,
      },
    },
  ] as LayerSpecification[];
}

/** Brings the map's imported sources and layers in line with the list (added once,
 * removed when gone, visibility toggled). Data is set once per layer. */
export function syncImportLayers(map: MlMap, layers: readonly ImportedLayer[], present: Map<string, ImportedLayer>): void {
  for (const [id, old] of present) {
    if (layers.some((l) => l.id === id)) continue;
    for (const spec of importLayerSpecs(old)) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
    if (map.getSource(`import:${id}`)) map.removeSource(`import:${id}`);
    present.delete(id);
  }
  for (const l of layers) {
    const specs = importLayerSpecs(l);
    if (!present.has(l.id)) {
      map.addSource(`import:${l.id}`, {
        type: 'geojson',
        promoteId: 'id',
        data: {
          type: 'FeatureCollection',
          features: l.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { id: f.id, label: f.label } })),
        } as never,
      });
      for (const spec of specs) map.addLayer(spec);
    } else {
      for (const spec of specs) map.setLayoutProperty(spec.id, 'visibility', l.visible ? 'visible' : 'none');
    }
    present.set(l.id, l);
  }
}

export const importHitLayers = (present: ReadonlyMap<string, ImportedLayer>): string[] =>
  [...present.keys()].flatMap((id) => [`import:${id}:point`, `import:${id}:line`, `import:${id}:fill`]);
