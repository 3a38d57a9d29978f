// A live room's document kept in IndexedDB (y-indexeddb), one database per room: edits made while
// the connection is down survive a reload and merge with the room when it returns.
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

export interface RoomCopy {
  /** Resolves once what was kept has been loaded into the document (or at once when storage fails). */
  loaded: Promise<void>;
  close: () => Promise<void>;
  /** Closes and deletes the copy (after the server refused a change it holds). */
  clear: () => Promise<void>;
}

const nameOf = (room: string) => `eventsmith-room-${room}`;

export function openRoomCopy(room: string, doc: Y.Doc): RoomCopy {
  let persistence: IndexeddbPersistence | null = null;
  try {
    persistence = new IndexeddbPersistence(nameOf(room), doc);
  } catch {
    // IndexedDB blocked (private mode, policy): the room still works, offline edits just do not survive a reload.
  }
  // A copy that never opens (storage blocked) must not hold up joining the room.
  const loaded = persistence
    ? Promise.race([persistence.whenSynced.then(() => undefined), new Promise<void>((r) => setTimeout(r, 3000))])
    : Promise.resolve();
  const close = async () => {
    await persistence?.destroy().catch(() => undefined);
  };
  return {
    loaded,
    close,
    clear: async () => {
      await close();
      await clearDocument(nameOf(room)).catch(() => undefined);
    },
  };
}
