import { useEffect, useState } from 'react';

const isIdle = () => document.documentElement.dataset.map === 'idle';

/** True once every data file has answered and the map has then drawn everything (the
 * `<html data-map="idle">` signal the map sets), or once the files have answered when
 * there is no map. What the first view does not need (import and export) waits for it, so
 * it never competes with the first draw. (The map view, a child, sets the data and marks
 * the map busy in its effects before this parent's effect looks.) */
export function useAfterFirstIdle(noMap: boolean, dataAnswered: boolean): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (done || !dataAnswered) return;
    if (noMap || isIdle()) return setDone(true);
    const obs = new MutationObserver(() => isIdle() && setDone(true));
    obs.observe(document.documentElement, { attributes: true, attributeFilter: ['data-map'] });
    return () => obs.disconnect();
  }, [done, noMap, dataAnswered]);
  return done;
}
