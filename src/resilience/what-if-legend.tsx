import { useDerived } from '../derive/use-derived';
import { WHAT_IF_COLORS } from '../derive/derive';
import { useRT } from '../i18n/resilience';
import { theme } from '../model/theme';

/** The what-if key over the map: what the red and orange countries mean. */
export function WhatIfLegend() {
  const r = useRT();
  const { rows, active } = useDerived().exposure;
  if (!active || !rows) return null;
  return (
    <div className="choro-box whatif-box">
      <strong>{r.legendTitle}</strong>
      <ul className="choro-legend" aria-label={r.legendTitle}>
        <li>
          <span className="chip" style={{ background: WHAT_IF_COLORS.none }} aria-hidden="true" /> {r.legendNone}
        </li>
        <li>
          <span className="chip" style={{ background: WHAT_IF_COLORS.one }} aria-hidden="true" /> {r.legendOne}
        </li>
        <li>
          <span className="chip" style={{ background: theme.landFocus }} aria-hidden="true" /> {r.legendMore}
        </li>
      </ul>
      <p className="muted small">{r.flagged(rows.filter((e) => e.flag).length)}</p>
    </div>
  );
}
