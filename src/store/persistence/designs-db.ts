import type { DesignFile } from '../../core/model/types';
import { sortSummaries, summarizeRecord, type DesignSummary } from './design-summary';

export type { DesignSummary } from './design-summary';

/** One entry of My designs. `docId` is the storage key; the design's own id may repeat across copies. */
export interface DesignRecord {
  docId: string;
  name: string;
  updatedAt: number;
  file: DesignFile;
}

const DB_NAME = 'eventsmith';
const STORE = 'designs';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('This browser has no IndexedDB storage.'));
    // Version 2: an empty version-1 database (created by anything that opened it without
    // creating the store) is upgraded instead of failing forever.
    const req = indexedDB.open(DB_NAME, 2);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'docId' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened.'));
    req.onblocked = () => reject(new Error('Storage is blocked by another Eventsmith tab being upgraded.'));
  }).catch((e) => {
    opening = null;
    throw e;
  });
  return opening;
}

/** Runs requests in one transaction and resolves with their results once it has committed. */
function runAll<T extends unknown[]>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => { [K in keyof T]: IDBRequest<T[K]> }): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const results: unknown[] = [];
        try {
          body(tx.objectStore(STORE)).forEach((req: IDBRequest, i: number) => (req.onsuccess = () => (results[i] = req.result)));
        } catch (e) {
          reject(e);
          return;
        }
        tx.oncomplete = () => resolve(results as T);
        tx.onerror = () => reject(tx.error ?? new Error('A storage transaction failed.'));
        tx.onabort = () => reject(tx.error ?? new Error('A storage transaction was aborted.'));
      }),
  );
}

function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return runAll<[T]>(mode, (store) => [body(store)]).then(([result]) => result);
}

export const designsDb = {
  get: (docId: string) => run<DesignRecord | undefined>('readonly', (s) => s.get(docId)),
  put: (record: DesignRecord) => run<IDBValidKey>('readwrite', (s) => s.put(record)).then(() => undefined),
  delete: (key: IDBValidKey) => run<undefined>('readwrite', (s) => s.delete(key)),
  /** The record as stored, whatever it holds (to download an entry that cannot be opened). */
  raw: (key: IDBValidKey) => run<unknown>('readonly', (s) => s.get(key)),
  /** Every entry, a junk one included (marked unreadable): one bad record never hides the others. */
  list: async (): Promise<DesignSummary[]> => {
    // Keys and records from one transaction: one snapshot, so a delete in another tab between two
    // reads cannot pair a key with the wrong record or list a row that is gone.
    const [keys, all] = await runAll<[IDBValidKey[], unknown[]]>('readonly', (s) => [s.getAllKeys(), s.getAll()]);
    return sortSummaries(all.map((r, i) => summarizeRecord(r, keys[i] ?? i)));
  },
};

export type DesignsDb = typeof designsDb;

export function storageErrorMessage(e: unknown): string {
  const name = (e as DOMException)?.name;
  if (name === 'QuotaExceededError') return 'The browser refused to save: storage is full. Download the design file to keep your work.';
  return `The design could not be saved: ${(e as Error)?.message ?? String(e)}. Download the design file to keep your work.`;
}
