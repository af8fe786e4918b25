import { lazy, type ComponentType } from 'react';

/**
 * React.lazy with a `preload()` that can be started before the component is rendered.
 * Once the module has arrived the component renders at once, without suspending: a plain
 * lazy() suspends on its first render even when its chunk is already here, and React
 * then holds the Suspense fallback for its reveal throttle (~300 ms).
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then((c) => {
      loaded = c;
      return c;
    }));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Preloadable(props: P) {
    const C = loaded;
    return C ? <C {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Preloadable, { preload });
}
