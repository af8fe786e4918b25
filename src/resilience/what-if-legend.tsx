import { useDerived } from '../derive/use-derived';
import { whatIfKey } from '../derive/derive';
import type { RouteLossState } from '../derive/network';
import { useRT } from '../i18n/resilience';
import { regionList } from '../i18n/region';
import { CORRIDOR_COLOR, ROUTE_COLOR } from '../map/route-layers';
import { useView } from '../state/store';

/** The what-if key over the map: what the coloured countries mean (the route model's
 * routes to outside, network.loss), with the count model's figure as context. */
export function WhatIfLegend() {
  const r = useRT();
  const { whatIfFill, network, exposure } = useDerived();
  if (!whatIfFill) return null;
  const n = (s: RouteLossState) => network?.loss.filter((x) => x.state === s).length ?? 0;
  return (
    <div className="choro-box whatif-box float-card">
      <strong>{r.legendTitle}</strong>
      <ul className="choro-legend" aria-label={r.legendTitle}>
        {whatIfKey(r).map((e) => (
          <li key={e.label}>
            <span className="chip" style={{ background: e.color }} aria-hidden="true" /> {e.label}
          </li>
        ))}
      </ul>
      {network ? (
        <p className="muted small" data-figure="route-loss">
          {r.routeFlagged(n('cut-off'), n('reduced'))}
        </p>
      ) : (
        <p className="muted small" role="status">
          {r.computing}
        </p>
      )}
      {exposure.rows && <p className="muted small">{r.countsFlagged(exposure.rows.filter((e) => e.flag).length)}</p>}
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
    <div className="choro-box route-box float-card" data-legend="routes">
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
