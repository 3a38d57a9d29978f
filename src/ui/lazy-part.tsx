import { useEffect, useState, type ComponentType } from 'react';
import { PartUnavailable, type Notice } from './lazy-or-notice';

// Parts of the UI not needed for the first paint (dialogs, the selection inspectors, the Problems
// panel) are lazy chunks so the initial JavaScript stays within its budget (PRODUCT.md §6). Each
// is fetched once the first paint is done and the page is idle, so opening one later shows it at
// once. Not React.lazy: a part that suspends an update would keep the part it replaces mounted
// (hidden) until it arrives; this renders nothing in its place until then, and never again after
// (or, when its file cannot be fetched, the same notice and Reload button as lazyOrNotice's).
const loaders: Array<() => Promise<unknown>> = [];
let preloading = false;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function lazyPart<P extends Record<string, any>>(what: string, load: () => Promise<ComponentType<P>>, notice: Notice<P> = { as: 'inline' }): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const once = () => (pending ??= load().then((component) => (loaded = component), (e: unknown) => {
    pending = null; // a failed fetch (offline) is tried again the next time the part is shown
    throw e;
  }));
  loaders.push(once);
  function LazyPart(props: P) {
    const [failed, setFailed] = useState(false);
    const [, setArrived] = useState(false);
    useEffect(() => {
      let live = true;
      if (!loaded) {
        once().then(() => live && setArrived(true), (error: unknown) => {
          console.warn(`${what} could not be loaded`, error);
          if (live) setFailed(true);
        });
      }
      return () => { live = false; };
    }, []);
    const Part = loaded;
    if (Part) return <Part {...props} />;
    // Same notice as a React.lazy part's (lazyOrNotice): the page is older than its server, or offline.
    return failed ? <PartUnavailable what={what} notice={notice} props={props} /> : null;
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
