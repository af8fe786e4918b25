import { useRef } from 'react';
import { useT } from '../i18n/strings';
import { useView } from '../state/store';

/**
 * On a phone, the side panel is a bottom sheet: drag this handle to make it taller or
 * smaller (15–90 % of the height), or tap it to switch between half and most of the
 * screen; arrow keys move it too. The height lives in the store, so the map keeps its
 * camera centred above the sheet. Hidden on wide screens (styles.css).
 */
export function SheetHandle({ body }: { body: React.RefObject<HTMLElement | null> }) {
  const t = useT();
  const sheet = useView((s) => s.sheet);
  const setSheet = useView((s) => s.setSheet);
  const drag = useRef<{ y: number; start: number; moved: boolean } | null>(null);
  const fractionAt = (clientY: number) => {
    const r = body.current?.getBoundingClientRect();
    return r ? (r.bottom - clientY) / r.height : sheet;
  };
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={t.sheetHandle(Math.round(sheet * 100))}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { y: e.clientY, start: sheet, moved: false };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (!d) return;
        if (Math.abs(e.clientY - d.y) > 4) d.moved = true;
        if (d.moved) setSheet(fractionAt(e.clientY));
      }}
      onPointerUp={() => {
        const d = drag.current;
        drag.current = null;
        if (d && !d.moved) setSheet(sheet < 0.6 ? 0.8 : 0.42);
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp') setSheet(sheet + 0.1);
        else if (e.key === 'ArrowDown') setSheet(sheet - 0.1);
        else return;
        e.preventDefault();
      }}
    >
      <span aria-hidden="true" />
    </button>
  );
}
