import { useRT } from '../i18n/resilience';
import { FAULT_COLOR } from '../map/fault-layers';

/** The fault symbols' key, under the legend. */
export function FaultKey() {
  const r = useRT();
  return (
    <ul className="fault-key small">
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6" fill="#fff" stroke={FAULT_COLOR} strokeWidth="2" />
          <circle cx="8" cy="8" r="2.5" fill={FAULT_COLOR} />
        </svg>{' '}
        {r.faultLegend}
      </li>
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="22" y2="5" stroke={FAULT_COLOR} strokeWidth="3" strokeDasharray="5 3" />
        </svg>{' '}
        {r.impairedLegend}
      </li>
    </ul>
  );
}
