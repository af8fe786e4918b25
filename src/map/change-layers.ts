import type { CircleLayerSpecification, FilterSpecification, LineLayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { Changes } from '../derive/changes';

/** What changed between two dates, on the map (the list is derived in src/derive/changes.ts):
 * a record that entered service gets a green band under its line or a green ring round its
 * symbol; one that was retired a purple dotted line (retired lines are otherwise hidden) or a
 * purple ring. Colours from ColorBrewer's PRGn ends, apart from every asset colour and the
 * what-if's red and orange. */
export const CHANGE_COLORS = { added: '#1b7837', retired: '#762a83' } as const;

const LINES = ['submarine-cable', 'land-fibre'] as const;
const POINTS = ['node', 'cloud-centre', '5g'] as const;
const none: FilterSpecification = ['in', ['get', 'id'], ['literal', []]];
type Spec = LineLayerSpecification | CircleLayerSpecification;

function layers(): Array<{ spec: Spec; before?: string }> {
  return [
    ...LINES.map((src): { spec: Spec; before: string } => ({
      // under the asset's own line, so its colour and pattern still read
      before: `${src}:line`,
      spec: {
        id: `change:added:${src}`,
        type: 'line',
        source: src,
        filter: none,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': CHANGE_COLORS.added, 'line-width': 8, 'line-opacity': 0.55 },
      },
    })),
    ...LINES.map((src): { spec: Spec } => ({
      spec: {
        id: `change:retired:${src}`,
        type: 'line',
        source: src,
        filter: none,
        paint: { 'line-color': CHANGE_COLORS.retired, 'line-width': 3.5, 'line-dasharray': [1, 1] },
      },
    })),
    ...POINTS.flatMap((src) =>
      (['added', 'retired'] as const).map((kind): { spec: Spec } => ({
        spec: {
          id: `change:${kind}:${src}`,
          type: 'circle',
          source: src,
          filter: none,
          paint: {
            'circle-radius': 11,
            'circle-color': 'rgba(0,0,0,0)',
            'circle-stroke-color': CHANGE_COLORS[kind],
            'circle-stroke-width': 3,
          },
        },
      })),
    ),
  ];
}

/** Adds the comparison's layers on first use (once their sources are there), then sets
 * which records they mark; none when no dates are compared. */
export function syncChangeLayers(map: MlMap, c: Changes | null): void {
  const ls = layers().filter((l) => map.getSource(l.spec.source));
  for (const l of ls) if (!map.getLayer(l.spec.id)) map.addLayer(l.spec, l.before && map.getLayer(l.before) ? l.before : undefined);
  for (const l of ls) {
    const kind = l.spec.id.split(':')[1] as 'added' | 'retired';
    map.setFilter(l.spec.id, ['in', ['get', 'id'], ['literal', [...(c?.ids[kind] ?? [])]]]);
    map.setLayoutProperty(l.spec.id, 'visibility', c ? 'visible' : 'none');
  }
}
