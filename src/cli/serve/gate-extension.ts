// The gate as a Hocuspocus extension. Every document update a connection sends is judged by the
// room's RoomGate (src/core/live/gate.ts) before Hocuspocus applies it. A refused update is not
// applied (the connection is made read-only for that one message, which is Hocuspocus's own way
// of dropping a write and answering "not synced"), and the sender is told why in a stateless
// message; it must then re-sync from scratch. View-only connections are read-only throughout.
import type { Connection, Extension, Document, afterLoadDocumentPayload, afterUnloadDocumentPayload, beforeSyncPayload, afterHandleMessagePayload, beforeHandleAwarenessPayload } from '@hocuspocus/server';
import { isTransactionOrigin } from '@hocuspocus/server';
import * as Y from 'yjs';
import { RoomGate, type GateLimits } from '../../core/live/gate';
import type { ServerNotice } from '../../core/live/protocol';

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** Presence (cursor, name, colour, selection) is small; anything bigger is dropped. */
const AWARENESS_STATE_CHARS = 8 * 1024;

export interface GateStats {
  admitted: number;
  refused: number;
}

export class GateExtension implements Extension {
  extensionName = 'eventsmith-gate';
  readonly gates = new Map<string, RoomGate>();
  readonly stats: GateStats = { admitted: 0, refused: 0 };
  private readonly muted = new WeakSet<Connection>();

  constructor(private readonly limits: GateLimits, private readonly log: (line: string) => void = () => {}) {}

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload) {
    const gate = new RoomGate(this.limits, Y.encodeStateAsUpdate(document));
    this.gates.set(documentName, gate);
    // Updates that did not come through a connection (storage, other servers through Redis)
    // were judged where they came in: the shadow takes them as they are.
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (!(isTransactionOrigin(origin) && origin.source === 'connection')) this.gates.get(documentName)?.absorb(update);
    });
  }

  async afterUnloadDocument({ documentName, instance }: afterUnloadDocumentPayload) {
    if (instance.documents.has(documentName)) return;
    this.gates.get(documentName)?.destroy();
    this.gates.delete(documentName);
  }

  async beforeSync({ connection, document, documentName, type, payload }: beforeSyncPayload) {
    if (type !== SYNC_STEP_2 && type !== SYNC_UPDATE) return;
    if (connection.readOnly) {
      if (!Y.snapshotContainsUpdate(Y.snapshot(document as Document), payload)) this.tell(connection, 'This link is view-only: your change was not saved.');
      return;
    }
    const gate = this.gates.get(documentName);
    const verdict = gate ? gate.admit(payload) : { ok: false as const, reason: 'The room is not ready.' };
    if (verdict.ok) {
      if (verdict.changed) this.stats.admitted++;
      return;
    }
    this.stats.refused++;
    this.log(`refused an update to room ${documentName.slice(0, 6)}…: ${verdict.reason}`);
    connection.readOnly = true;
    this.muted.add(connection);
    this.tell(connection, verdict.reason);
  }

  async afterHandleMessage({ connection }: afterHandleMessagePayload) {
    if (connection && this.muted.has(connection)) {
      this.muted.delete(connection);
      connection.readOnly = false;
    }
  }

  async beforeHandleAwareness({ states }: beforeHandleAwarenessPayload) {
    for (const [client, state] of states) {
      let size = Infinity;
      try {
        size = JSON.stringify(state)?.length ?? 0;
      } catch {
        // unserialisable: dropped below
      }
      if (size > AWARENESS_STATE_CHARS) states.delete(client);
    }
  }

  private tell(connection: Connection, reason: string) {
    const notice: ServerNotice = { type: 'eventsmith/refused', reason };
    connection.sendStateless(JSON.stringify(notice));
  }
}
