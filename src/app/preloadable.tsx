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
    (pending ??= load().then((c) => {
      loaded = c;
      return c;
    }));
  function Preloadable(props: P) {
    const [C, setC] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (C) return;
      let live = true;
      void preload().then((c) => live && setC(() => c));
      return () => {
        live = false;
      };
    }, [C]);
    return C ? <C {...props} /> : <Fallback />;
  }
  return Object.assign(Preloadable, { preload });
}
