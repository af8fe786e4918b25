import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AtlasMap } from './atlas-map';

/** The page's map, for what only the drawn map can give (a snapshot of its pixels).
 * Camera moves never go through this: they are commands in the store (fitTo). One per
 * page, held by React, not a module global. */
export interface MapHandle {
  current: AtlasMap | null;
}

const Ctx = createContext<MapHandle>({ current: null });

export function MapHandleProvider({ children }: { children: ReactNode }) {
  const handle = useMemo<MapHandle>(() => ({ current: null }), []);
  return <Ctx.Provider value={handle}>{children}</Ctx.Provider>;
}

export const useMapHandle = (): MapHandle => useContext(Ctx);
