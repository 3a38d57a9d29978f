import { describe, expect, it } from 'vitest';
import * as c from '../core/model/commands';
import { emptyDesign } from '../core/model/factories';
import { createEditorStore } from './store';

const fresh = () => createEditorStore({ docId: 'doc-1', design: emptyDesign('Test') });

describe('editor store: undo and redo', () => {
  it('undoes and redoes every committed edit in order', () => {
    const store = fresh();
    const s = () => store.getState();
    s().apply((d) => c.addService(d, { x: 0, y: 0 }, 'OrderService').design);
    s().apply((d) => c.addTopic(d, 'stream', { x: 200, y: 0 }, 'orders').design);
    expect(s().design.services.map((x) => x.name)).toEqual(['OrderService']);
    expect(s().design.topics).toHaveLength(1);
    s().undo();
    expect(s().design.topics).toHaveLength(0);
    s().undo();
    expect(s().design.services).toHaveLength(0);
    s().undo(); // nothing left: no change, no throw
    expect(s().design.services).toHaveLength(0);
    s().redo();
    s().redo();
    expect(s().design.topics.map((t) => t.name)).toEqual(['orders']);
  });

  it('coalesces a burst of edits to one field into one undo step, but not edits to different fields', () => {
    const store = fresh();
    const s = () => store.getState();
    s().apply((d) => c.addService(d, undefined, 'A').design);
    const id = s().design.services[0].id;
    for (const name of ['O', 'Or', 'Ord', 'Orders']) s().apply((d) => c.updateService(d, id, { name }), `${id}.name`);
    s().apply((d) => c.updateService(d, id, { owner: 'team' }), `${id}.owner`);
    expect(s().design.services[0]).toMatchObject({ name: 'Orders', owner: 'team' });
    s().undo();
    expect(s().design.services[0].owner).toBeUndefined();
    expect(s().design.services[0].name).toBe('Orders');
    s().undo();
    expect(s().design.services[0].name).toBe('A');
  });

  it('records a drag once, at its end, and keeps drag positions out of the design meanwhile', () => {
    const store = fresh();
    const s = () => store.getState();
    s().apply((d) => c.addService(d, { x: 0, y: 0 }).design);
    const id = s().design.services[0].id;
    const before = s().history.past.length;
    for (let i = 1; i <= 30; i++) s().setDragging({ [id]: { x: i * 10, y: i } });
    expect(s().design.layout.nodes[id]).toEqual({ x: 0, y: 0 });
    s().endDrag({ [id]: { x: 300, y: 30 } });
    expect(s().design.layout.nodes[id]).toEqual({ x: 300, y: 30 });
    expect(s().dragging).toBeNull();
    expect(s().history.past.length).toBe(before + 1);
    s().undo();
    expect(s().design.layout.nodes[id]).toEqual({ x: 0, y: 0 });
  });

  it('a new edit after undo drops the redo branch', () => {
    const store = fresh();
    const s = () => store.getState();
    s().apply((d) => c.addService(d, undefined, 'A').design);
    s().undo();
    s().apply((d) => c.addService(d, undefined, 'B').design);
    s().redo();
    expect(s().design.services.map((x) => x.name)).toEqual(['B']);
  });

  it('prunes the selection of things that no longer exist after undo', () => {
    const store = fresh();
    const s = () => store.getState();
    s().apply((d) => c.addService(d, undefined, 'A').design);
    const id = s().design.services[0].id;
    s().select({ nodes: [id], edges: [] });
    s().undo();
    expect(s().selection.nodes).toEqual([]);
  });

  it('loading another design starts a fresh history', () => {
    const store = fresh();
    const s = () => store.getState();
    s().apply((d) => c.addService(d).design);
    s().load('doc-2', emptyDesign('Other'));
    expect(s().history.past).toHaveLength(0);
    s().undo();
    expect(s().design.name).toBe('Other');
  });
});
