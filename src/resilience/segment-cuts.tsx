import type { SegmentEnd } from '../analysis/network/segments';
import { useAssetIndex } from '../data';
import { useCorridors, useFaults } from '../data/queries';
import { exposureDataOf } from '../derive/derive';
import { useCableSegments } from '../derive/use-network';
import { useRT } from '../i18n/resilience';
import { useView } from '../state/store';

/** A cable's segments by their end stations, each with a switch that cuts it alone in the
 * what-if (the URL's seg=). */
export function SegmentCuts({ cable }: { cable: string }) {
  const r = useRT();
  const lang = useView((s) => s.lang);
  const segments = useView((s) => s.whatIf.segments);
  const setWhatIf = useView((s) => s.setWhatIf);
  const index = useAssetIndex();
  const data = exposureDataOf(index, useFaults().data?.faults, useCorridors().data?.corridors);
  const q = useCableSegments(cable, data);
  const end = (e: SegmentEnd) =>
    e.stations.length ? e.stations.map((id) => index.byId.get(id)?.properties.name[lang] ?? id).join(' / ') : r.atSea[e.kind];
  if (!q.data?.length) return null;
  return (
    <section aria-labelledby="segments-h" className="segment-cuts">
      <h3 id="segments-h">{r.cableSegments}</h3>
      <p className="muted small">{r.cableSegmentsHelp}</p>
      <ul className="exposure-list">
        {q.data.map((s) => {
          const label = `${end(s.ends[0])} – ${end(s.ends[1])}`;
          const on = segments.includes(s.id);
          return (
            <li key={s.id} data-segment={s.id}>
              {label} <span className="muted small">({s.km.toLocaleString(lang === 'zh' ? 'zh' : 'en')} km)</span>{' '}
              <button
                type="button"
                className="link"
                aria-pressed={on}
                aria-label={on ? r.restoreSegment(label) : r.cutSegment(label)}
                onClick={() => setWhatIf({ segments: on ? segments.filter((x) => x !== s.id) : [...segments, s.id] })}
              >
                {on ? r.uncut : r.cutShort}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
