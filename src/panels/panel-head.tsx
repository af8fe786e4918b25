import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/strings';

/** A detail panel's heading and close button. The heading takes focus when `focusKey`
 * changes, so keyboard and screen-reader users land on what they opened. */
export function PanelHead({ id, title, onClose, focusKey }: { id: string; title: ReactNode; onClose: () => void; focusKey: unknown }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [focusKey]);
  return (
    <header className="panel-head">
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <button type="button" className="close" onClick={onClose} aria-label={t.close}>
        ×
      </button>
    </header>
  );
}
