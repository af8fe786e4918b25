import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/strings';
import { NO_FILTERS } from '../state/filters';
import { NO_WHAT_IF } from '../model/view';
import { allLayers, useView } from '../state/store';
import { flushUrl } from '../state/url-sync';
import { MapImageButton } from '../panels/map-image-button';

const CiteDialog = lazy(() => import('../panels/cite-dialog').then((m) => ({ default: m.CiteDialog })));

/** "Copy link" (the URL already holds the whole view), "Cite this view", "Map image" and
 * "Reset view". On a phone (styles.css) they fold behind one "More" button, a disclosure: it
 * says whether it is open (aria-expanded), Tab walks its buttons, Escape or a click elsewhere
 * closes it, and using one of its buttons closes it too. */
export function ShareControls() {
  const t = useT();
  const [msg, setMsg] = useState<string | null>(null);
  const [citing, setCiting] = useState(false);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  const copy = async () => {
    try {
      flushUrl();
      await navigator.clipboard.writeText(window.location.href);
      setMsg(t.copied);
    } catch {
      setMsg(t.copyFailed);
    }
    setTimeout(() => setMsg(null), 2500);
  };
  // camera: null is the default view; the map flies there when the store changes. The
  // scenario (cuts, corridors, replay day) and the comparison go too: a reset view is the
  // atlas as a new reader opens it.
  const reset = () => {
    useView.getState().replace({
      layers: allLayers(true),
      filters: NO_FILTERS,
      selection: null,
      panel: 'overview',
      choropleth: null,
      highlight: null,
      camera: null,
      whatIf: NO_WHAT_IF,
      compare: [],
    });
  };
  return (
    <div
      className="share"
      ref={box}
      data-open={open || undefined}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        // the menu closes, not the selected asset's panel (app.tsx listens on the document)
        e.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        type="button"
        className="share-toggle"
        ref={toggle}
        aria-expanded={open}
        aria-controls={menuId}
        title={t.moreToolsTitle}
        onClick={() => setOpen((o) => !o)}
      >
        {t.moreTools} <span aria-hidden="true">▾</span>
      </button>
      <div className="share-items" id={menuId} onClick={(e) => (e.target as HTMLElement).closest('button') && setOpen(false)}>
        <button type="button" onClick={copy}>
          {t.copyLink}
        </button>
        <button type="button" onClick={() => setCiting(true)} aria-haspopup="dialog">
          {t.cite}
        </button>
        <MapImageButton />
        <button type="button" onClick={reset}>
          {t.resetView}
        </button>
      </div>
      {citing && (
        <Suspense fallback={null}>
          <CiteDialog
            onClose={() => {
              setCiting(false);
              // on a phone the Cite button was folded away: focus returns to "More", not the page
              requestAnimationFrame(() => {
                if (document.activeElement === document.body && toggle.current?.offsetParent) toggle.current.focus();
              });
            }}
          />
        </Suspense>
      )}
      <span role="status" className="share-msg">
        {msg}
      </span>
    </div>
  );
}
