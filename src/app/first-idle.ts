import { useState } from 'react';
import { useView } from '../state/store';

/** True once every data file has answered and the map has then drawn everything (the
 * map's 'idle' status in the store), or once the files have answered when there is no
 * map. What the first view does not need (import and export) waits for it, so it never
 * competes with the first draw. Once true, it stays true. */
export function useAfterFirstIdle(noMap: boolean, dataAnswered: boolean): boolean {
  const idle = useView((s) => s.mapStatus === 'idle');
  const [done, setDone] = useState(false);
  // derived state kept from an earlier render (React's documented pattern, no effect)
  if (!done && dataAnswered && (noMap || idle)) setDone(true);
  return done || (dataAnswered && (noMap || idle));
}
