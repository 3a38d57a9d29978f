import { lazy, type ComponentProps, type ComponentType } from 'react';
import { useEditorStore } from '../store/context';
import type { EditorStore } from '../store/store';

/** Where the notice goes: in the part's place, as a dialog (for a dialog; `close` shuts it), or nowhere (another part of the same file says it). */
export type Notice<P> = { as: 'inline' } | { as: 'dialog'; close: (store: EditorStore, props: P) => void } | { as: 'nothing' };

/**
 * React.lazy for a part that may fail to load: the page is older than the app on its server (it was
 * updated while the page stayed open, and the part's file went with the old build) or the network
 * dropped before the part was ever fetched. React would unmount the whole app on that error (a
 * blank page); here the part's place says what happened and offers a reload instead. Autosave
 * writes the design on pagehide, so reloading keeps it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, as React.lazy takes
export function lazyOrNotice<T extends ComponentType<any>>(what: string, load: () => Promise<{ default: T }>, notice: Notice<ComponentProps<T>> = { as: 'inline' }) {
  type P = ComponentProps<T>;
  return lazy((): Promise<{ default: T }> => load().catch((error: unknown) => {
    console.warn(`${what} could not be loaded`, error);
    const Unavailable = (props: P) => <PartUnavailable what={what} notice={notice} props={props} />;
    return { default: Unavailable as unknown as T };
  }));
}

/** What stands in a part's place when its file could not be loaded: the notice and a Reload button. */
export function PartUnavailable<P>({ what, notice, props }: { what: string; notice: Notice<P>; props: P }) {
  const store = useEditorStore();
  if (notice.as === 'nothing') return null;
  if (notice.as === 'inline') {
    return (
      <div className="alert alert-error part-unavailable" role="alert">
        <Message what={what} />
        <button type="button" className="btn btn-small" onClick={() => window.location.reload()}>Reload</button>
      </div>
    );
  }
  const close = () => notice.close(store, props);
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="modal" role="alertdialog" aria-modal="true" aria-label={`${what} could not be loaded`}>
        <div className="modal-body"><div className="alert alert-error" role="alert"><Message what={what} /></div></div>
        <footer className="modal-foot">
          <button type="button" className="btn" onClick={close}>Close</button>
          <button type="button" className="btn btn-primary" autoFocus onClick={() => window.location.reload()}>Reload</button>
        </footer>
      </div>
    </div>
  );
}

function Message({ what }: { what: string }) {
  return (
    <span>
      {what} could not be loaded: this page is older than Eventsmith on its server (it was updated since the page was opened), or the
      network is down. Reload the page to go on: your design is kept.
    </span>
  );
}
