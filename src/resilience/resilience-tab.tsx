/**
 * Where dependence and resilience meet the page: the panel's tab, and the check of a shared
 * scenario's ids against the data.
 */
import { useEffect } from 'react';
import { useDerived } from '../derive/use-derived';
import { useRT } from '../i18n/resilience';
import { useView } from '../state/store';
import { replacing } from '../state/url-sync';
import { addNotice } from '../state/notice';

export function ResilienceTab({ pressed, onClick }: { pressed: boolean; onClick: () => void }) {
  const r = useRT();
  return (
    <button type="button" aria-pressed={pressed} onClick={onClick}>
      {r.tab}
    </button>
  );
}

/** A shared link's cut cables and corridors that the data does not have: said once the data
 * has loaded, and dropped from the view without a history step. */
export function useScenarioCheck(): void {
  const data = useDerived().exposure.data;
  const whatIf = useView((s) => s.whatIf);
  useEffect(() => {
    if (!data) return;
    const cables = new Set(data.cables.map((c) => c.properties.id));
    const corridors = new Set(data.corridors.map((c) => c.id));
    const badCut = whatIf.cut.filter((id) => !cables.has(id));
    const badCorr = whatIf.corridors.filter((id) => !corridors.has(id));
    if (!badCut.length && !badCorr.length) return;
    addNotice([
      ...badCut.map((value) => ({ code: 'not-in-data' as const, key: 'cut' as const, value })),
      ...badCorr.map((value) => ({ code: 'not-in-data' as const, key: 'corr' as const, value })),
    ]);
    const s = useView.getState();
    replacing(() =>
      s.setWhatIf({ cut: whatIf.cut.filter((id) => cables.has(id)), corridors: whatIf.corridors.filter((id) => corridors.has(id)) }),
    );
  }, [data, whatIf]);
}
