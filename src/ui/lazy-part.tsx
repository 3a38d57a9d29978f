import { useEffect, useState, type ComponentType } from 'react';

// Parts of the UI not needed for the first paint (dialogs, the selection inspectors, the Problems
// panel) are lazy chunks so the initial JavaScript stays within its budget (PRODUCT.md §6). Each
// is fetched once the first paint is done and the page is idle, so opening one later shows it at
// once. Not React.lazy: a part that suspends an update would keep the part it replaces mounted
// (hidden) until it arrives; this renders nothing in its place until then, and never again after.
const loaders: Array<() => Promise<unknown>> = [];
let preloading = false;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function lazyPart<P extends Record<string, any>>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const once = () => (pending ??= load().then((component) => (loaded = component), (e: unknown) => {
    pending = null; // a failed fetch (offline) is tried again the next time the part is shown
    throw e;
  }));
  loaders.push(once);
  function LazyPart(props: P) {
    const [, setArrived] = useState(false);
    useEffect(() => {
      let live = true;
      if (!loaded) once().then(() => live && setArrived(true), () => undefined);
      return () => { live = false; };
    }, []);
    const Part = loaded;
    return Part ? <Part {...props} /> : null;
  }
  return LazyPart;
}

/** Fetches every lazy part, one after another, when the browser is idle. */
export function preloadLazyParts(): void {
  if (preloading) return;
  preloading = true;
  const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));
  const next = (i: number) => {
    if (i >= loaders.length) return;
    idle(() => void loaders[i]().catch(() => undefined).then(() => next(i + 1)));
  };
  next(0);
}
