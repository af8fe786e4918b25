import type { Symbol } from '../model/groups';

/** The legend's picture of a group's map symbol, drawn like the map draws it. */
export function SymbolSwatch({ symbol, color }: { symbol: Symbol; color: string }) {
  const stroke = '#1f1f1f';
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className="swatch">
      {symbol === 'line-solid' && (
        <>
          <line x1="2" y1="8" x2="26" y2="8" stroke={color} strokeWidth="3" strokeLinecap="round" />
          <circle cx="24" cy="8" r="3.2" fill="#fff" stroke={color} strokeWidth="1.6" />
        </>
      )}
      {symbol === 'line-dashed' && <line x1="2" y1="8" x2="26" y2="8" stroke={color} strokeWidth="3.5" strokeDasharray="6 3.5" />}
      {symbol === 'diamond' && <polygon points="14,1.5 20.5,8 14,14.5 7.5,8" fill={color} stroke={stroke} strokeWidth="1.3" />}
      {symbol === 'square' && <rect x="8.5" y="2.5" width="11" height="11" fill={color} stroke={stroke} strokeWidth="1.3" />}
      {symbol === 'triangle' && <polygon points="14,1.5 20.5,14 7.5,14" fill={color} stroke={stroke} strokeWidth="1.3" />}
    </svg>
  );
}
