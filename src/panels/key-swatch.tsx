import { SymbolSwatch } from '../controls/symbol-swatch';
import type { KeyEntry } from '../io/view-keys';

/** A key row's mark, drawn as the map draws it. */
export function KeySwatch({ e }: { e: KeyEntry }) {
  if (e.kind === 'symbol') return <SymbolSwatch symbol={e.symbol} color={e.color} />;
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className="swatch">
      {e.kind === 'line' && (
        <line x1="2" y1="8" x2="26" y2="8" stroke={e.color} strokeWidth="3" strokeDasharray={e.dash ? '5 3' : undefined} />
      )}
      {e.kind === 'fault' && (
        <>
          <circle cx="14" cy="8" r="6" fill="#fff" stroke={e.color} strokeWidth="2" />
          <circle cx="14" cy="8" r="2.5" fill={e.color} />
        </>
      )}
      {e.kind === 'fill' && <rect x="6" y="2" width="16" height="12" fill={e.color} stroke="#888" strokeWidth="1" />}
    </svg>
  );
}
