import { useCallback, useState } from 'react';
import { useT } from '../i18n/strings';
import { MapView } from './map-view';
import { hasWebGL } from './webgl';

/** The map, or, when it cannot start (no WebGL, a failed context), a plain message in its
 * place (`noWebgl` is the message for a browser without WebGL). `onState(false)` tells the
 * page the map is down, so it can show the asset list instead. */
export function MapArea({ noWebgl, onState }: { noWebgl: string; onState?: (ok: boolean) => void }) {
  const t = useT();
  const [error, setError] = useState<string | null>(() => (hasWebGL() ? null : 'webgl'));
  const onFailure = useCallback(
    (m: string) => {
      setError(m);
      onState?.(false);
    },
    [onState],
  );
  if (error)
    return (
      <div className="map-fallback" role="alert">
        <p>{error === 'webgl' ? noWebgl : `${t.mapFailed}: ${error}`}</p>
      </div>
    );
  return <MapView onFailure={onFailure} />;
}
