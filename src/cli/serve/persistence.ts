// Rooms on disk: one SQLite file in --data, through Hocuspocus's SQLite extension with our own
// table. A store merges with what is already stored, in one write transaction, so several server
// processes sharing a data directory never overwrite newer state with older state.
import { SQLite } from '@hocuspocus/extension-sqlite';
import { join } from 'node:path';
import * as Y from 'yjs';

const SCHEMA = `
PRAGMA journal_mode = WAL;
PRAGMA busy_timeout = 5000;
CREATE TABLE IF NOT EXISTS rooms (name TEXT PRIMARY KEY, data BLOB NOT NULL, updated INTEGER NOT NULL);
`;

export function sqliteRooms(dataDir: string): SQLite {
  let statements: ReturnType<typeof prepare> | null = null;
  const db = () => {
    if (!extension.db) throw new Error('the room database is not open');
    return (statements ??= prepare(extension.db as unknown as Sqlite));
  };
  const extension: SQLite = new SQLite({
    database: join(dataDir, 'rooms.sqlite'),
    schema: SCHEMA,
    fetch: async ({ documentName }) => db().select.get(documentName)?.data ?? null,
    store: async ({ documentName, state }) => db().merge.immediate(documentName, state),
  });
  return extension;
}

/** The part of better-sqlite3 used here (it ships no types). */
interface Sqlite {
  prepare(sql: string): { get(...args: unknown[]): unknown; run(...args: unknown[]): unknown };
  transaction<A extends unknown[]>(fn: (...args: A) => void): { immediate(...args: A): void };
}

function prepare(db: Sqlite) {
  const selectRow = db.prepare('SELECT data FROM rooms WHERE name = ?');
  const select = { get: (name: string) => selectRow.get(name) as { data: Buffer } | undefined };
  const upsert = db.prepare('INSERT INTO rooms (name, data, updated) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data, updated = excluded.updated');
  const merge = db.transaction((name: string, state: Uint8Array) => {
    const stored = select.get(name)?.data;
    let data = state;
    if (stored) {
      // Through a document, so content deleted meanwhile is collected instead of piling up.
      const doc = new Y.Doc();
      Y.applyUpdate(doc, stored);
      Y.applyUpdate(doc, state);
      data = Y.encodeStateAsUpdate(doc);
      doc.destroy();
    }
    upsert.run(name, Buffer.from(data), Date.now());
  });
  return { select, merge };
}
