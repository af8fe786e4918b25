/**
 * Where dependence and resilience meet the page: the panel's tab, and the check of a shared
 * scenario's ids against the data.
 */
import { useQueries } from '@tanstack/react-query';
import { useEffect } from 'react';
import { cableSegmentsQuery } from '../derive/use-network';
import { useDerived } from '../derive/use-derived';
import { useRT } from '../i18n/resilience';
import { useView } from '../state/store';
import { replacing } from '../state/url-sync';
import { addNotice } from '../state/notice';
import type { LinkProblem } from '../state/link-problems';
import type { WhatIf } from '../model/view';

export function ResilienceTab({ pressed, onClick }: { pressed: boolean; onClick: () => void }) {
  const r = useRT();
  return (
    <button type="button" aria-pressed={pressed} onClick={onClick}>
      {r.tab}
    </button>
  );
}

/** The cable a segment id names (`cable-apg:s3` → `cable-apg`). */
export const cableOfSegment = (seg: string): string => seg.slice(0, seg.lastIndexOf(':'));

/**
 * A scenario's cut cables, corridors and segments that the data does not have, as problems,
 * and the scenario without them. A segment is unknown when its cable is not in the data, or
 * when the cable's segments are known (`segmentsOf`) and do not include it; while a cable's
 * segments are still being worked out its segment ids are kept.
 */
export function scenarioNotInData(
  w: Pick<WhatIf, 'cut' | 'corridors' | 'segments'>,
  cables: ReadonlySet<string>,
  corridors: ReadonlySet<string>,
  segmentsOf: (cable: string) => readonly string[] | undefined,
): { problems: LinkProblem[]; kept: Pick<WhatIf, 'cut' | 'corridors' | 'segments'> } {
  const segOk = (id: string) => cables.has(cableOfSegment(id)) && (segmentsOf(cableOfSegment(id))?.includes(id) ?? true);
  const bad = {
    cut: w.cut.filter((id) => !cables.has(id)),
    seg: w.segments.filter((id) => !segOk(id)),
    corr: w.corridors.filter((id) => !corridors.has(id)),
  };
  const problems = (['cut', 'seg', 'corr'] as const).flatMap((key) =>
    bad[key].map((value) => ({ code: 'not-in-data' as const, key, value })),
  );
  return {
    problems,
    kept: problems.length
      ? {
          cut: w.cut.filter((id) => cables.has(id)),
          corridors: w.corridors.filter((id) => corridors.has(id)),
          segments: w.segments.filter(segOk),
        }
      : w,
  };
}

/** A shared link's cut cables, corridors and segments that the data does not have: said
 * once the data has loaded (a cable's segments once the network model has them), and
 * dropped from the view without a history step. */
export function useScenarioCheck(): void {
  const data = useDerived().exposure.data;
  const whatIf = useView((s) => s.whatIf);
  const segCables = [...new Set(whatIf.segments.map(cableOfSegment))];
  const segs = useQueries({ queries: segCables.map((c) => cableSegmentsQuery(c, data)) });
  const known = new Map(segCables.flatMap((c, i) => (segs[i]?.data ? [[c, segs[i].data.map((s) => s.id)] as const] : [])));
  const knownKey = [...known.keys()].join(' ');
  useEffect(() => {
    if (!data) return;
    const { problems, kept } = scenarioNotInData(
      whatIf,
      new Set(data.cables.map((c) => c.properties.id)),
      new Set(data.corridors.map((c) => c.id)),
      (c) => known.get(c),
    );
    if (!problems.length) return;
    addNotice(problems);
    replacing(() => useView.getState().setWhatIf(kept));
    // `known` is rebuilt each render; knownKey says when it changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, whatIf, knownKey]);
}
