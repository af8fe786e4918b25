import { useEffect, useState, type ComponentType } from 'react';

/**
 * A lazily loaded component with a `preload()` that can start before it is rendered.
 * Unlike React.lazy it does not suspend: until the module is here it renders `Fallback`,
 * then the component. (A suspended boundary is revealed under React's fallback throttle,
 * ~300 ms, which is most of the time a shared link waits for its panel.)
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>, Fallback: ComponentType) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (c) => {
        loaded = c;
        return c;
      },
      (e: unknown) => {
        pending = null; // the next render may try again
        throw e;
      },
    ));
  function Preloadable(props: P) {
    const [C, setC] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState<Error | null>(null);
    useEffect(() => {
      if (C) return;
      let live = true;
      preload().then(
        (c) => live && setC(() => c),
        (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
      );
      return () => {
        live = false;
      };
    }, [C]);
    if (error) throw error; // to the nearest ErrorBoundary, which says so in place
    return C ? <C {...props} /> : <Fallback />;
  }
  return Object.assign(Preloadable, { preload });
}
