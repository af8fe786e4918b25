import { useDerived } from '../derive/use-derived';
import { WHAT_IF_COLORS } from '../derive/derive';
import { useRT } from '../i18n/resilience';
import { theme } from '../model/theme';
import { regionList } from '../i18n/region';
import { CORRIDOR_COLOR, ROUTE_COLOR } from '../map/route-layers';
import { useView } from '../state/store';

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

/** The route model's key over the map: the green routes of the selected place(s), the cut
 * corridors. Shown while either is drawn. */
export function RouteLegend() {
  const r = useRT();
  const lang = useView((s) => s.lang);
  const { routeOverlay } = useDerived();
  const routes = routeOverlay.routes.features.length > 0;
  const corridors = routeOverlay.corridors.features.length > 0;
  if (!routes && !corridors) return null;
  return (
    <div className="choro-box route-box" data-legend="routes">
      <ul className="choro-legend">
        {routes && (
          <li>
            <span className="chip line-chip" style={{ background: ROUTE_COLOR }} aria-hidden="true" />{' '}
            {r.legendRoutes(regionList(routeOverlay.places, lang))}
          </li>
        )}
        {corridors && (
          <li>
            <span className="chip" style={{ background: 'transparent', border: `2px dashed ${CORRIDOR_COLOR}` }} aria-hidden="true" />{' '}
            {r.legendCorridor}
          </li>
        )}
      </ul>
    </div>
  );
}
