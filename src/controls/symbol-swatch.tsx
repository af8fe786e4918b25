import type { Symbol } from '../model/groups';
import { theme } from '../model/theme';
import { PLANNED_DASH } from '../map/style/layers/lines';

/** Stroke widths of the swatches' lines (the map's at a close zoom). */
const LINE = 3;
const CASING = 5.5;
/** The map's dash (in line widths) at the swatch's width. */
export const SWATCH_DASH = PLANNED_DASH.map((d) => d * LINE).join(' ');

/** The legend's picture of a group's map symbol, drawn like the map draws it. `planned`: the
 * route as drawn while under construction or planned (dashed, without casing or station). */
export function SymbolSwatch({ symbol, color, planned = false }: { symbol: Symbol; color: string; planned?: boolean }) {
  const stroke = '#1f1f1f';
  const line = (extra: { stroke: string; strokeWidth: number; strokeDasharray?: string }) => (
    <line x1="3" y1="8" x2="25" y2="8" strokeLinecap={planned ? 'butt' : 'round'} {...extra} />
  );
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className="swatch" data-symbol={symbol}>
      {symbol.startsWith('line') && planned && line({ stroke: color, strokeWidth: LINE, strokeDasharray: SWATCH_DASH })}
      {symbol === 'line-solid' && !planned && (
        <>
          {line({ stroke: color, strokeWidth: LINE })}
          <circle cx="24" cy="8" r="3.2" fill="#fff" stroke={color} strokeWidth="1.6" />
        </>
      )}
      {symbol === 'line-cased' && !planned && (
        <>
          {line({ stroke: theme.casing, strokeWidth: CASING })}
          {line({ stroke: color, strokeWidth: LINE })}
        </>
      )}
      {symbol === 'diamond' && <polygon points="14,1.5 20.5,8 14,14.5 7.5,8" fill={color} stroke={stroke} strokeWidth="1.3" />}
      {symbol === 'square' && <rect x="8.5" y="2.5" width="11" height="11" fill={color} stroke={stroke} strokeWidth="1.3" />}
      {symbol === 'triangle' && <polygon points="14,1.5 20.5,14 7.5,14" fill={color} stroke={stroke} strokeWidth="1.3" />}
    </svg>
  );
}
