// @vitest-environment jsdom
import { summarizeRecord } from './persistence/design-summary';
import { afterEach, describe, expect, it } from 'vitest';
import * as c from '../core/model/commands';
import { emptyDesign } from '../core/model/factories';
import { startAutosave, type Autosave } from './autosave';
import { openInitialDesign } from './boot';
import type { DesignRecord, DesignsDb } from './persistence/designs-db';
import { readJournal } from './persistence/journal';
import { createEditorStore } from './store';

/** An in-memory DesignsDb with the same contract as the IndexedDB one, able to fail like it. */
function memoryDb() {
  const records = new Map<string, DesignRecord>();
  let failWith: DOMException | null = null;
  const db: DesignsDb = {
    get: async (id) => structuredClone(records.get(id)),
    put: async (r) => {
      if (failWith) throw failWith;
      records.set(r.docId, structuredClone(r));
    },
    delete: async (id) => void records.delete(String(id)),
    raw: async (id) => structuredClone(records.get(String(id))),
    list: async () => [...records.values()].map((r) => summarizeRecord(r, r.docId)),
  };
  return { db, records, fail: (e: DOMException | null) => (failWith = e) };
}

let running: Autosave | null = null;
afterEach(() => {
  running?.stop();
  running = null;
  localStorage.clear();
});

describe('autosave', () => {
  it('flush writes the journal synchronously and the record to the database', async () => {
    const { db, records } = memoryDb();
    const store = createEditorStore({ docId: 'doc-a', design: emptyDesign('A') });
    running = startAutosave(store, db, 10_000);
    store.getState().apply((d) => c.addService(d, undefined, 'OrderService').design);
    const pending = running.flush();
    // Synchronous part: the journal already holds the edit before any await.
    expect(readJournal()?.file.design.services.map((s) => s.name)).toEqual(['OrderService']);
    await pending;
    expect(records.get('doc-a')?.file.design.services.map((s) => s.name)).toEqual(['OrderService']);
  });

  it('pagehide flushes: an edit made just before a reload is found at the next start', async () => {
    const { db } = memoryDb();
    const store = createEditorStore({ docId: 'doc-b', design: emptyDesign('B') });
    running = startAutosave(store, db, 10_000);
    store.getState().apply((d) => c.addTopic(d, 'stream', undefined, 'orders').design);
    window.dispatchEvent(new Event('pagehide'));
    running.stop();
    // The database write may not have happened (the page is gone); the journal has it.
    const reopened = await openInitialDesign({ ...db, get: async () => undefined });
    expect(reopened.docId).toBe('doc-b');
    expect(reopened.design.topics.map((t) => t.name)).toEqual(['orders']);
  });

  it('reports a storage failure through the store instead of swallowing it, and clears it after a good save', async () => {
    const { db, fail } = memoryDb();
    const store = createEditorStore({ docId: 'doc-c', design: emptyDesign('C') });
    running = startAutosave(store, db, 10_000);
    fail(new DOMException('quota', 'QuotaExceededError'));
    store.getState().apply((d) => c.addService(d).design);
    await running.flush();
    expect(store.getState().storageError).toMatch(/storage is full/);
    fail(null);
    store.getState().apply((d) => c.addService(d).design);
    await running.flush();
    expect(store.getState().storageError).toBeNull();
  });

  it('saves the design being left when another one is loaded', async () => {
    const { db, records } = memoryDb();
    const store = createEditorStore({ docId: 'doc-d', design: emptyDesign('D') });
    running = startAutosave(store, db, 10_000);
    store.getState().apply((d) => c.addService(d, undefined, 'Left').design);
    store.getState().load('doc-e', emptyDesign('E'));
    await running.flush();
    expect(records.get('doc-d')?.file.design.services.map((s) => s.name)).toEqual(['Left']);
    expect(records.get('doc-e')?.name).toBe('E');
  });
});

describe('autosave and newer formats', () => {
  it('never overwrites a design saved by a newer formatVersion', async () => {
    const { db, records } = memoryDb();
    const newer = { docId: 'doc-n', name: 'N', updatedAt: 1, file: { format: 'eventsmith-design' as const, formatVersion: 999, design: emptyDesign('N') } };
    records.set('doc-n', newer);
    const store = createEditorStore({ docId: 'doc-n', design: emptyDesign('N') });
    running = startAutosave(store, db, 10_000);
    store.getState().apply((d) => c.addService(d).design);
    await running.flush();
    expect(records.get('doc-n')?.file.formatVersion).toBe(999);
    expect(store.getState().storageError).toMatch(/newer version of Eventsmith/);
  });
});
