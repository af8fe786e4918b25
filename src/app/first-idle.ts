import { useEffect, useState } from 'react';

const isIdle = () => document.documentElement.dataset.map === 'idle';

/** True once the map has first drawn everything (the `<html data-map="idle">` signal the
 * map sets), or at once when there is no map. What the first view does not need (import
 * and export) waits for it, so it never competes with the map's first draw. */
export function useAfterFirstIdle(noMap: boolean): boolean {
  const [done, setDone] = useState(() => noMap || isIdle());
  useEffect(() => {
    if (done) return;
    if (noMap) return setDone(true);
    const obs = new MutationObserver(() => isIdle() && setDone(true));
    obs.observe(document.documentElement, { attributes: true, attributeFilter: ['data-map'] });
    return () => obs.disconnect();
  }, [done, noMap]);
  return done;
}
