// The store's design bound to a room's Yjs document through the core mapping. Every local edit
// goes through a named store action and ends as a new design in the store: it is written into
// the document as the smallest change (writeDesign diffs), under this client's own origin. Every
// other change of the document (another person, or an undo of one's own edit) is read back
// through the mapping and restoreDesign and applied to the store without becoming an undo step.
// Undo and redo go through a Y.UndoManager that tracks only this client's origin, so they undo
// one's own edits and never someone else's.
import * as Y from 'yjs';
import { EntryCache, readRoom, writeDesign } from '../../core/live';
import { COLLECTIONS, ROOT } from '../../core/live/shape';
import { differsOnlyInViewport } from '../../core/model/queries';
import { restoreDesign } from '../../core/model/restore';
import type { Design } from '../../core/model/types';
import { COALESCE_MS } from '../history';
import type { EditorStore } from '../store';

export interface DesignSync {
  readonly undoManager: Y.UndoManager;
  /** The room's design as the store would hold it (null while the room is empty or unreadable). */
  read: () => Design | null;
  /** Writes the store's current design into the room (the first design of a new room; not an undo step). */
  writeCurrent: () => void;
  /**
   * Counts another writer of this client as one's own (an editor bound to a shared text, which
   * writes under its own origin): its edits become undo steps here. Returns the way to stop.
   */
  track: (origin: object) => () => void;
  stop: () => void;
}

export function bindDesign(store: EditorStore, doc: Y.Doc, onUnreadable: (reason: string) => void = () => {}): DesignSync {
  // This client's own writes: the only origin the UndoManager tracks.
  const origin = { local: true };
  const cache = new EntryCache(doc);
  const scope = [ROOT.meta, ROOT.design, ROOT.positions, ...COLLECTIONS].map((name) => doc.getMap(name));
  const undoManager = new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: COALESCE_MS });
  let applying = false;
  // The last own writer: a change by another one (the canvas after the schema editor, or another
  // editor) starts a new undo step, even within the coalescing time.
  let lastWriter: unknown = null;
  const onBeforeTransaction = (tr: Y.Transaction) => {
    if (!undoManager.trackedOrigins.has(tr.origin)) return;
    if (tr.origin !== lastWriter) undoManager.stopCapturing();
    lastWriter = tr.origin;
  };
  doc.on('beforeTransaction', onBeforeTransaction);

  const read = (): Design | null => {
    const content = readRoom(doc, cache);
    if (content.kind !== 'design') return null;
    try {
      return restoreDesign(content.file).file.design;
    } catch (e) {
      onUnreadable((e as Error).message);
      return null;
    }
  };

  const sync = () => {
    const s = store.getState();
    s.updateRoom({ canUndo: undoManager.undoStack.length > 0, canRedo: undoManager.redoStack.length > 0 });
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (applying || state.design === prev.design || state.docId !== prev.docId) return;
    if (differsOnlyInViewport(prev.design, state.design)) return;
    // A new undo step in the store (not a keystroke coalesced into the last one) is a new step here too.
    if (state.history.past !== prev.history.past) undoManager.stopCapturing();
    writeDesign(doc, state.design, origin);
  });

  // Applied at once, not batched: the store must hold the document's design before the next local
  // edit is written, or writing that edit (a diff against the document) would undo the remote one.
  // A bound editor's own typing arrives here too: the store then holds the text it shows.
  const onUpdate = (_update: Uint8Array, from: unknown) => {
    if (from === origin) return;
    const design = read();
    if (!design) return;
    applying = true;
    try {
      store.getState().applyRemote(design);
    } finally {
      applying = false;
    }
  };
  doc.on('update', onUpdate);
  undoManager.on('stack-item-added', sync);
  undoManager.on('stack-item-popped', sync);
  undoManager.on('stack-cleared', sync);

  return {
    undoManager,
    read,
    writeCurrent: () => writeDesign(doc, store.getState().design, 'first design'),
    track: (writer) => {
      undoManager.addTrackedOrigin(writer);
      return () => undoManager.removeTrackedOrigin(writer);
    },
    stop: () => {
      unsubscribe();
      doc.off('update', onUpdate);
      doc.off('beforeTransaction', onBeforeTransaction);
      undoManager.destroy();
    },
  };
}
