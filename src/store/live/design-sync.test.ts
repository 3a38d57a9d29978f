// Two stores, each bound to its own Yjs document, the documents exchanging updates as a server
// would relay them: edits made in either store reach the other through the mapping and
// restoreDesign, and undo/redo in one store undo only that store's own edits, however they
// interleave with the other's.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as c from '../../core/model/commands';
import { emptyDesign } from '../../core/model/factories';
import { setFreshSuffix } from '../../core/model/ids';
import { sharedTextOf } from '../../core/live/shared-text';
import { createEditorStore, type EditorStore } from '../store';
import { bindDesign, type DesignSync } from './design-sync';

const RELAY = 'relay';

/** Two documents relaying their updates to each other, at once or, when held, on `release`. */
function linked() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  let held: (() => void)[] | null = null;
  const relay = (to: Y.Doc) => (u: Uint8Array, origin: unknown) => {
    if (origin === RELAY) return;
    const deliver = () => Y.applyUpdate(to, u, RELAY);
    if (held) held.push(deliver);
    else deliver();
  };
  a.on('update', relay(b));
  b.on('update', relay(a));
  return {
    a,
    b,
    hold: () => void (held = []),
    release: () => {
      const queue = held ?? [];
      held = null;
      for (const deliver of queue) deliver();
    },
  };
}

function member(doc: Y.Doc, design = emptyDesign('Room')): { store: EditorStore; sync: DesignSync } {
  const store = createEditorStore({ docId: 'room-x', design });
  const sync = bindDesign(store, doc);
  store.getState().pinIds(true);
  store.getState().enterRoom(
    { id: 'x', access: 'edit', status: 'connected', ready: true, reconnected: false, canUndo: false, canRedo: false, peers: [], links: null },
    { undo: () => sync.undoManager.undo(), redo: () => sync.undoManager.redo(), leave: () => sync.stop(), setCursor: () => {}, setName: () => {}, shared: () => null },
  );
  return { store, sync };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const names = (s: EditorStore) => [...s.getState().design.services.map((x) => x.name), ...s.getState().design.topics.map((x) => x.name)].sort();

describe('live design sync', () => {
  it('carries each store’s edits to the other and undoes only one’s own, with interleaved edits', async () => {
    const { a: docA, b: docB } = linked();
    const a = member(docA);
    a.sync.writeCurrent();
    const b = member(docB);
    b.store.getState().applyRemote(b.sync.read()!);
    expect(b.store.getState().design.name).toBe('Room');
    const A = () => a.store.getState();
    const B = () => b.store.getState();

    A().apply((d) => c.addService(d, { x: 0, y: 0 }, 'Orders').design);
    await settle();
    B().apply((d) => c.addTopic(d, 'stream', { x: 200, y: 0 }, 'orders').design);
    await settle();
    const orders = A().design.services[0].id;
    A().apply((d) => c.updateService(d, orders, { name: 'OrderService' }), `${orders}.name`);
    await settle();
    const topic = B().design.topics[0].id;
    B().apply((d) => c.updateTopic(d, topic, { name: 'order-events' }), `${topic}.name`);
    await settle();
    expect(names(a.store)).toEqual(['OrderService', 'order-events']);
    expect(names(b.store)).toEqual(names(a.store));
    expect(A().room?.canUndo).toBe(true);

    // A's last edit was the rename; B's rename came after it and stays.
    A().undo();
    await settle();
    expect(names(a.store)).toEqual(['Orders', 'order-events']);
    expect(names(b.store)).toEqual(names(a.store));
    // Then A's add; B's topic stays.
    A().undo();
    await settle();
    expect(names(a.store)).toEqual(['order-events']);
    expect(names(b.store)).toEqual(['order-events']);
    expect(A().room?.canUndo).toBe(false);
    // B's undo takes back B's rename only.
    B().undo();
    await settle();
    expect(names(b.store)).toEqual(['orders']);
    // Redo in A brings its service back, renamed as it was.
    A().redo();
    A().redo();
    await settle();
    expect(names(a.store)).toEqual(['OrderService', 'orders']);
    expect(JSON.stringify(B().design)).toBe(JSON.stringify({ ...A().design, layout: { ...A().design.layout } }));
  });

  it('keeps a coalesced burst of typing as one undo step, and a drag end as its own', async () => {
    const { a: docA } = linked();
    const a = member(docA);
    a.sync.writeCurrent();
    const A = () => a.store.getState();
    A().apply((d) => c.addService(d, { x: 0, y: 0 }, 'S').design);
    const id = A().design.services[0].id;
    for (const name of ['O', 'Or', 'Ord']) A().apply((d) => c.updateService(d, id, { name }), `${id}.name`);
    A().endDrag({ [id]: { x: 300, y: 40 } });
    await settle();
    A().undo();
    await settle();
    expect(A().design.layout.nodes[id]).toEqual({ x: 0, y: 0 });
    expect(A().design.services[0].name).toBe('Ord');
    A().undo();
    await settle();
    expect(A().design.services[0].name).toBe('S');
  });

  it('counts a bound editor’s typing as one’s own: the store holds it, undo takes back only it, the canvas edit after it is a step of its own', async () => {
    const { a: docA, b: docB } = linked();
    const a = member(docA);
    a.sync.writeCurrent();
    const b = member(docB);
    const A = () => a.store.getState();
    const B = () => b.store.getState();
    A().apply((d) => c.addEvent(d, 'OrderPlaced').design);
    await settle();
    const event = A().design.events[0].id;
    const before = A().design.events[0].schema;
    // What y-monaco does: writes into the room's text under its own origin (one per editor).
    const editorA = { editor: 'a' };
    const editorB = { editor: 'b' };
    const stopA = a.sync.track(editorA);
    b.sync.track(editorB);
    const type = (doc: Y.Doc, editor: object, at: number, text: string) =>
      doc.transact(() => sharedTextOf(doc, { event, field: 'schema' })!.insert(at, text), editor);
    type(docA, editorA, 1, 'A');
    type(docA, editorA, 2, 'A');
    type(docB, editorB, 0, 'B');
    await settle();
    expect(A().design.events[0].schema).toBe(`B{AA${before.slice(1)}`);
    expect(B().design.events[0].schema).toBe(A().design.events[0].schema);
    // Straight after typing (well within the coalescing time) A renames the event on the canvas side.
    A().apply((d) => c.updateEvent(d, event, { name: 'OrderCreated' }), `${event}.name`);
    await settle();
    A().undo();
    await settle();
    expect(A().design.events[0].name).toBe('OrderPlaced');
    expect(A().design.events[0].schema).toBe(`B{AA${before.slice(1)}`);
    // Then A's typing goes as one step; B's stays.
    A().undo();
    await settle();
    expect(A().design.events[0].schema).toBe(`B${before}`);
    expect(B().design.events[0].schema).toBe(`B${before}`);
    // An editor no longer tracked (unbound) is not undone.
    stopA();
    const steps = a.sync.undoManager.undoStack.length;
    type(docA, editorA, 0, 'X');
    expect(a.sync.undoManager.undoStack.length).toBe(steps);
  });

  it('gives new default names a random suffix while a room is open, so two people adding at once do not collide', async () => {
    const link = linked();
    const a = member(link.a);
    a.sync.writeCurrent();
    const b = member(link.b);
    let n = 0;
    setFreshSuffix(() => ['k7fm', 'q2xz'][n++ % 2]);
    try {
      // Both add a Producer before hearing from each other.
      link.hold();
      a.store.getState().apply((d) => c.addService(d, undefined, 'Producer').design);
      b.store.getState().apply((d) => c.addService(d, undefined, 'Producer').design);
      link.release();
    } finally {
      setFreshSuffix(null);
    }
    expect(names(a.store)).toEqual(['ProducerK7fm', 'ProducerQ2xz']);
    expect(names(b.store)).toEqual(names(a.store));
  });

  it('a view-only member changes nothing', () => {
    const { a: docA, b: docB } = linked();
    const a = member(docA);
    a.sync.writeCurrent();
    const b = member(docB);
    b.store.getState().updateRoom({ access: 'view' });
    b.store.getState().apply((d) => c.addService(d, undefined, 'Sneaky').design);
    expect(names(a.store)).toEqual([]);
    expect(names(b.store)).toEqual([]);
  });
});
