import { toFile } from '../core/model/factories';
import { FORMAT_VERSION } from '../core/model/types';
import type { EditorStore } from './store';
import { designsDb, storageErrorMessage, type DesignsDb } from './persistence/designs-db';
import { lastOpen, writeJournal } from './persistence/journal';

export interface Autosave {
  /** Writes the journal synchronously and starts an IndexedDB save; used on pagehide. */
  flush: () => Promise<void>;
  stop: () => void;
}

/**
 * Saves every change of the design to IndexedDB shortly after it happens, reads it back to prove
 * it landed, and reports failures through the store (a banner), never silently.
 *
 * The next start prefers the journal over the record when the journal's stamp is not older
 * (boot.ts). Stamps are therefore strictly increasing in the order saves are decided here, not
 * raw wall-clock times: a journal written after a save, or a save made after starting from a
 * journal, must read as newer even when the clock stood still or stepped back. `lastStamp` is
 * the newest stamp the start found (InitialDesign.stamp).
 */
export function startAutosave(store: EditorStore, db: DesignsDb = designsDb, delayMs = 300, lastStamp = 0): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = lastStamp;
  const stamp = () => (last = Math.max(Date.now(), last + 1));
  let saved = store.getState().design;
  let savedDoc = store.getState().docId;
  let chain: Promise<void> = Promise.resolve();

  const dirty = () => store.getState().design !== saved || store.getState().docId !== savedDoc;

  const write = (docId: string, design: typeof saved): Promise<void> => {
    const record = { docId, name: design.name, updatedAt: stamp(), file: toFile(design) };
    chain = chain.then(async () => {
      try {
        const existing = await db.get(docId);
        if (existing && typeof existing.file?.formatVersion === 'number' && existing.file.formatVersion > FORMAT_VERSION)
          throw new Error('a newer version of Eventsmith saved this design in another tab; this older tab will not overwrite it (reload to update)');
        await db.put(record);
        const back = await db.get(docId);
        if (!back || back.updatedAt !== record.updatedAt) throw new Error('the saved copy did not read back');
        if (store.getState().docId === docId) {
          saved = design;
          savedDoc = docId;
          lastOpen.set(docId);
        }
        if (store.getState().storageError) store.getState().setStorageError(null);
      } catch (e) {
        store.getState().setStorageError(storageErrorMessage(e));
      }
    });
    return chain;
  };

  const save = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const { design, docId } = store.getState();
    if (design === saved && docId === savedDoc) return chain;
    return write(docId, design);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.design === prev.design && state.docId === prev.docId) return;
    // Switching designs: the one being left is written now, not lost with the pending timer.
    if (state.docId !== prev.docId && prev.docId === savedDoc && prev.design !== saved) void write(prev.docId, prev.design);
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });

  const flush = () => {
    if (dirty()) {
      const { design, docId } = store.getState();
      try {
        writeJournal({ docId, savedAt: stamp(), file: toFile(design) });
        lastOpen.set(docId);
      } catch (e) {
        store.getState().setStorageError(storageErrorMessage(e));
      }
    }
    return save();
  };

  const onHide = () => void flush();
  const onVisibility = () => document.visibilityState === 'hidden' && void flush();
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }

  return {
    flush,
    stop: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      }
    },
  };
}
