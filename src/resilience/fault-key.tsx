import { useRT } from '../i18n/resilience';
import { useT } from '../i18n/strings';
import { FAULT_COLOR, FAULT_LOOK } from '../map/fault-layers';

/** The fault symbols' key, under the legend: both looks of a fault marker (fault-layers.ts),
 * and an impaired cable. */
export function FaultKey() {
  const r = useRT();
  const t = useT();
  const ring = (look: (typeof FAULT_LOOK)['bold' | 'faint']) => (
    <svg width="16" height="16" aria-hidden="true">
      <circle
        cx="8"
        cy="8"
        r={look.radius - 1}
        fill="#fff"
        fillOpacity={look.fillOpacity}
        stroke={FAULT_COLOR}
        strokeWidth={look.stroke}
        strokeOpacity={look.strokeOpacity}
      />
      {look.dot > 0 && <circle cx="8" cy="8" r={look.dot} fill={FAULT_COLOR} />}
    </svg>
  );
  return (
    <ul className="fault-key small">
      <li data-key="fault">
        {ring(FAULT_LOOK.bold)} {r.faultLegend}
      </li>
      <li data-key="fault-faint">
        {ring(FAULT_LOOK.faint)} {t.mapKey.faultFaint}
      </li>
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="22" y2="5" stroke={FAULT_COLOR} strokeWidth="3" strokeDasharray="6 4.5" />
        </svg>{' '}
        {r.impairedLegend}
      </li>
    </ul>
  );
}
