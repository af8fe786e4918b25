import { useCallback, useMemo, useRef, useState } from 'react';
import { ChoroplethLegend, useChoropleth } from '../controls/choropleth-control';
import { useDerived } from '../derive/use-derived';
import { useT } from '../i18n/strings';
import { useImports } from '../io/imports-store';
import { MapView } from '../map/map-view';
import { choroplethFill, labelPaint } from '../map/style/choropleth';
import { hasWebGL } from '../map/webgl';
import { RouteLegend, WhatIfLegend } from '../resilience/what-if-legend';
import { ChangeKey } from '../panels/change-key';

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
  return <ConnectedMap onFailure={onFailure} />;
}

/** The map with what it shows from above its layer: the reader's imports and the land's
 * colour (the what-if's, derived in src/derive, or the choropleth's). */
function ConnectedMap({ onFailure }: { onFailure: (m: string) => void }) {
  const imports = useImports((s) => s.layers);
  const choro = useChoropleth();
  const { whatIfFill, whatIfColors } = useDerived();
  const landFill = useMemo(() => whatIfFill ?? choroplethFill(choro), [whatIfFill, choro]);
  const labels = useMemo(() => labelPaint(whatIfColors ?? choro?.colors), [whatIfColors, choro]);
  const onDropFiles = useCallback((files: File[]) => {
    for (const f of files) void useImports.getState().importFile(f);
  }, []);
  // the keys over the map, one stack (bottom left; top left on a phone), which a framed place keeps clear of
  const keys = useRef<HTMLDivElement>(null);
  return (
    <>
      <div className="map-cards" ref={keys}>
        {whatIfFill ? <WhatIfLegend /> : <ChoroplethLegend />}
        <RouteLegend />
        <ChangeKey />
      </div>
      <MapView onFailure={onFailure} imports={imports} landFill={landFill} labelPaint={labels} onDropFiles={onDropFiles} keys={keys} />
    </>
  );
}
