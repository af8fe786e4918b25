import type { CableSegment, SegmentEnd } from '../analysis/network/segments';
import { useAssetIndex } from '../data';
import { useCorridors, useFaults } from '../data/queries';
import { exposureDataOf } from '../derive/derive';
import { useCableSegments, useNearestSegment } from '../derive/use-network';
import { useRT } from '../i18n/resilience';
import { useView } from '../state/store';

/** A cable's segments by their end stations, each with a switch that cuts it alone in the
 * what-if (the URL's seg=). When the reader selected the cable by clicking it on the map,
 * the segment nearest the click is offered first (and marked in the list). */
export function SegmentCuts({ cable }: { cable: string }) {
  const r = useRT();
  const lang = useView((s) => s.lang);
  const segments = useView((s) => s.whatIf.segments);
  const setWhatIf = useView((s) => s.setWhatIf);
  const index = useAssetIndex();
  const data = exposureDataOf(index, useFaults().data?.faults, useCorridors().data?.corridors);
  const q = useCableSegments(cable, data);
  const clicked = useView((s) => (s.clickedAt?.id === cable ? s.clickedAt : null));
  const nearest = useNearestSegment(cable, clicked, data).data ?? null;
  const end = (e: SegmentEnd) =>
    e.stations.length ? e.stations.map((id) => index.byId.get(id)?.properties.name[lang] ?? id).join(' / ') : r.atSea[e.kind];
  if (!q.data?.length) return null;
  const row = (s: CableSegment) => {
    const label = `${end(s.ends[0])} – ${end(s.ends[1])}`;
    const on = segments.includes(s.id);
    return (
      <>
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
      </>
    );
  };
  const near = q.data.find((s) => s.id === nearest);
  return (
    <section aria-labelledby="segments-h" className="segment-cuts">
      <h3 id="segments-h">{r.cableSegments}</h3>
      <p className="muted small">{r.cableSegmentsHelp}</p>
      {near ? (
        <p className="nearest-segment" data-nearest={near.id}>
          <strong>{r.nearestClick}</strong> {row(near)}
        </p>
      ) : (
        <p className="muted small">{r.cableSegmentsMapHint}</p>
      )}
      <ul className="exposure-list">
        {q.data.map((s) => (
          <li key={s.id} data-segment={s.id} className={s.id === nearest ? 'nearest' : undefined}>
            {row(s)}
          </li>
        ))}
      </ul>
    </section>
  );
}
