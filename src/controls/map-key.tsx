import { WHAT_IF_COLORS } from '../derive/derive';
import { useT } from '../i18n/strings';
import { theme } from '../model/theme';

/** Under the legend: what the marks that are not a layer of their own mean (a landing
 * station's size, the count badges, the two land colours, the what-if's colours), each drawn
 * as the map draws it. The fault markers have their own key (resilience/fault-key.tsx). */
export function MapKey() {
  const t = useT();
  const k = t.mapKey;
  const cable = theme.asset['submarine-cable'];
  return (
    <section className="map-key small" aria-labelledby="map-key-h">
      <h3 id="map-key-h">{k.title}</h3>
      <ul>
        <li data-key="stations">
          <svg width="28" height="16" aria-hidden="true">
            {/* the map's ring for a station of one cable and of twelve or more (points.ts) */}
            <circle cx="6" cy="8" r="2.5" fill="#fff" stroke={cable} strokeWidth="1.6" />
            <circle cx="19" cy="8" r="6" fill="#fff" stroke={cable} strokeWidth="1.6" />
          </svg>
          <span>{k.stations}</span>
        </li>
        <li data-key="badge">
          <svg width="28" height="16" aria-hidden="true">
            <text x="14" y="12.5" textAnchor="middle" fontSize="11" fill="#000" stroke="#fff" strokeWidth="3" paintOrder="stroke">
              3
            </text>
          </svg>
          <span>{k.badge}</span>
        </li>
        <li data-key="land">
          <svg width="28" height="16" aria-hidden="true">
            <rect x="1" y="2" width="12" height="12" fill={theme.landFocus} stroke={theme.coast} />
            <rect x="15" y="2" width="12" height="12" fill={theme.land} stroke={theme.coast} />
          </svg>
          <span>{k.land}</span>
        </li>
        <li data-key="what-if">
          <svg width="28" height="16" aria-hidden="true">
            <rect x="1" y="2" width="8" height="12" fill={WHAT_IF_COLORS['cut-off']} stroke="#888" />
            <rect x="10" y="2" width="8" height="12" fill={WHAT_IF_COLORS.reduced} stroke="#888" />
            <rect x="19" y="2" width="8" height="12" fill={WHAT_IF_COLORS.none} stroke="#888" />
          </svg>
          <span>{k.whatIf}</span>
        </li>
      </ul>
    </section>
  );
}
