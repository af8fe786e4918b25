import { useFirstViewFaults } from '../derive/first-view';
import { useRT } from '../i18n/resilience';
import { useView } from '../state/store';

/** Under the overview's policy timeline: the cable-fault log, one click away (Resilience tab). */
export function FaultLogLink() {
  const r = useRT();
  const n = useFirstViewFaults().data?.faults.length;
  const setPanel = useView((s) => s.setPanel);
  if (!n) return null;
  return (
    <p>
      <button type="button" className="link" onClick={() => setPanel('resilience')}>
        {r.openFaultLog(n)}
      </button>
    </p>
  );
}
