import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/strings';
import { NO_FILTERS } from '../state/filters';
import { NO_WHAT_IF } from '../model/view';
import { allLayers, useView } from '../state/store';
import { flushUrl } from '../state/url-sync';
import { MapImageButton } from '../panels/map-image-button';

const CiteDialog = lazy(() => import('../panels/cite-dialog').then((m) => ({ default: m.CiteDialog })));

/** "Copy link" (the URL already holds the whole view), "Cite this view" and "Reset view". */
export function ShareControls() {
  const t = useT();
  const [msg, setMsg] = useState<string | null>(null);
  const [citing, setCiting] = useState(false);
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
    <div className="share">
      <button type="button" onClick={copy}>
        {t.copyLink}
      </button>
      <button type="button" onClick={() => setCiting(true)} aria-haspopup="dialog">
        {t.cite}
      </button>
      <MapImageButton />
      {citing && (
        <Suspense fallback={null}>
          <CiteDialog onClose={() => setCiting(false)} />
        </Suspense>
      )}
      <button type="button" onClick={reset}>
        {t.resetView}
      </button>
      <span role="status" className="share-msg">
        {msg}
      </span>
    </div>
  );
}
