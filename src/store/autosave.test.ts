// @vitest-environment jsdom
import { summarizeRecord } from './persistence/design-summary';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  vi.useRealTimers();
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

describe('a reload right after an edit, whatever the wall clock does', () => {
  /** Edits A (saved), then B right before a reload whose IndexedDB write never lands; returns the next start. */
  async function editSaveEditReload(clockAtB: number) {
    const { db, records } = memoryDb();
    vi.useFakeTimers({ toFake: ['Date'] }); // only the wall clock is controlled; timers stay real
    vi.setSystemTime(10_000);
    const store = createEditorStore({ docId: 'doc-r', design: emptyDesign('R') });
    running = startAutosave(store, db, 10_000);
    store.getState().apply((d) => c.addService(d, undefined, 'Saved').design);
    await running.flush();
    expect(records.get('doc-r')?.file.design.services.map((s) => s.name)).toEqual(['Saved']);
    vi.setSystemTime(clockAtB);
    store.getState().renameElement(store.getState().design.services[0].id, 'Unsaved');
    window.dispatchEvent(new Event('pagehide'));
    // The page is gone: what IndexedDB holds is what it held when pagehide ran.
    const atUnload = structuredClone(records.get('doc-r'));
    running.stop();
    running = null;
    return openInitialDesign({ ...db, get: async () => atUnload });
  }

  it('keeps the edit when the clock did not move between the save and the edit (equal timestamps)', async () => {
    expect((await editSaveEditReload(10_000)).design.services.map((s) => s.name)).toEqual(['Unsaved']);
  });

  it('keeps the edit when the clock stepped back after the save (NTP correction, VM resume)', async () => {
    expect((await editSaveEditReload(4_000)).design.services.map((s) => s.name)).toEqual(['Unsaved']);
  });

  it('keeps the edit made after a start from the journal when the clock is behind the journal', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(20_000);
    const first = await editSaveEditReload(30_000); // journal at 30 s, the record at 10 s
    expect(first.design.services.map((s) => s.name)).toEqual(['Unsaved']);
    // Second page: started from the journal; the clock is now behind it.
    const { db, records } = memoryDb();
    vi.setSystemTime(25_000);
    const store = createEditorStore({ docId: first.docId, design: first.design });
    running = startAutosave(store, db, 0, first.stamp);
    store.getState().renameElement(store.getState().design.services[0].id, 'Later');
    // This time the autosave lands before the reload: nothing is dirty, no journal is written.
    await vi.waitFor(() => expect(records.get(first.docId)?.file.design.services.map((s) => s.name)).toEqual(['Later']));
    window.dispatchEvent(new Event('pagehide'));
    const reopened = await openInitialDesign(db);
    expect(reopened.design.services.map((s) => s.name)).toEqual(['Later']);
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
