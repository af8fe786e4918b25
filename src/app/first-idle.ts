import { useEffect, useState } from 'react';
import { useView } from '../state/store';

/** True once every data file has answered and the map has then drawn everything (an
 * 'idle' from the map that came after the data answered), or once the files have answered
 * when there is no map. What the first view does not need (import and export) waits for
 * it, so it never competes with the first draw. Once true, it stays true. */
export function useAfterFirstIdle(noMap: boolean, dataAnswered: boolean): boolean {
  const idles = useView((s) => s.mapIdles);
  const busy = useView((s) => s.mapStatus !== 'idle');
  // the idle count when the data answered; only a later idle (after the map was given the
  // data and drew it) counts
  const [atData, setAtData] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  if (dataAnswered && atData === null) setAtData(idles);
  const ready = dataAnswered && (noMap || (atData !== null && !busy && idles > atData));
  // derived state kept from an earlier render (React's documented pattern, no effect)
  if (!done && ready) setDone(true);
  // and tells the store, where the files the first view does not draw wait for it (queries.ts)
  // (and marks the moment on the page's clock, where the slow-network test finds it)
  useEffect(() => {
    if (!(done || ready) || useView.getState().firstViewDone) return;
    performance.mark('atlas:first-view');
    useView.getState().markFirstViewDone();
  }, [done, ready]);
  return done || ready;
}
