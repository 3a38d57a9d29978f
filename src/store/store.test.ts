import { describe, expect, it } from 'vitest';
import * as c from '../core/model/commands';
import { emptyDesign } from '../core/model/factories';
import { createEditorStore } from './store';

const fresh = () => createEditorStore({ docId: 'doc-1', design: emptyDesign('Test') });

describe('editor store: undo and redo', () => {
  it('picks the lint profile as one undoable edit; Review is stored as no profile (issue 16)', () => {
    const store = fresh();
    const s = () => store.getState();
    s().commit(c.updateDesignInfo(s().design, { lint: { rules: { outbox: 'off' } } }));
    s().setLintProfile('sketch');
    expect(s().design.lint).toEqual({ profile: 'sketch', rules: { outbox: 'off' } });
    s().setLintProfile('production');
    expect(s().design.lint?.profile).toBe('production');
    s().undo();
    expect(s().design.lint?.profile).toBe('sketch');
    s().redo();
    s().setLintProfile('review');
    expect(s().design.lint).toEqual({ rules: { outbox: 'off' } });
    s().undo();
    expect(s().design.lint?.profile).toBe('production');
  });

  it('marks a topic external as one undoable edit (issue 16)', () => {
    const store = fresh();
    const s = () => store.getState();
    s().apply((d) => c.addTopic(d, 'stream', { x: 0, y: 0 }, 'orders').design);
    const id = s().design.topics[0].id;
    s().apply((d) => c.updateTopic(d, id, { external: true }));
    expect(s().design.topics[0].external).toBe(true);
    s().undo();
    expect(s().design.topics[0]).not.toHaveProperty('external');
  });

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

describe('editor store: ids follow names (issue 16)', () => {
  /** A producer publishing to a topic, the producer selected with its name open. */
  function drawn() {
    const store = fresh();
    const s = () => store.getState();
    s().apply((d) => c.addService(d, { x: 0, y: 0 }, 'Producer').design);
    s().apply((d) => c.addTopic(d, 'stream', { x: 200, y: 0 }).design);
    s().apply((d) => {
      const r = c.connect(d, 'producer', 'topic');
      if ('error' in r) throw new Error(r.error);
      return r.design;
    });
    s().select({ nodes: ['producer'], edges: ['producer-publishes-topic'] });
    s().editInline('producer', 'node');
    return { store, s };
  }

  it('typing a name moves the id with every keystroke, as one undo step; selection and open editors follow', () => {
    const { s } = drawn();
    let id = 'producer';
    for (const name of ['C', 'Ch', 'Checkout', 'Checkout Service']) id = s().renameElement(id, name);
    expect(id).toBe('checkout-service');
    expect(s().design.services[0]).toMatchObject({ id: 'checkout-service', name: 'Checkout Service', idFollowsName: true });
    expect(s().design.publications[0].id).toBe('checkout-service-publishes-topic');
    expect(s().selection).toEqual({ nodes: ['checkout-service'], edges: ['checkout-service-publishes-topic'] });
    expect(s().inlineEdit).toEqual({ id: 'checkout-service', kind: 'node' });
    s().undo();
    expect(s().design.services[0]).toMatchObject({ id: 'producer', name: 'Producer' });
    expect(s().design.publications[0].id).toBe('producer-publishes-topic');
    s().redo();
    expect(s().design.services[0].id).toBe('checkout-service');
  });

  it('an inline rename is its own undo step: typing in the name field right after it is another', () => {
    const { s } = drawn();
    let id = s().renameElement('producer', 'Alpha', { ownStep: true });
    for (const name of ['A', 'Al', 'AlphaTwo']) id = s().renameElement(id, name);
    expect(s().design.services[0].name).toBe('AlphaTwo');
    s().undo();
    expect(s().design.services[0].name).toBe('Alpha');
    s().undo();
    expect(s().design.services[0].name).toBe('Producer');
  });

  it('editing the id pins it as one undo step; a clash is refused with its reason and changes nothing', () => {
    const { s } = drawn();
    expect(s().setElementId('producer', 'topic')).toBe('"topic" is already the id of the topic topic: choose another.');
    expect(s().history.past).toHaveLength(3);
    expect(s().setElementId('producer', 'checkout')).toBeNull();
    expect(s().design.services[0]).toEqual({ id: 'checkout', name: 'Producer' });
    expect(s().selection.nodes).toEqual(['checkout']);
    expect(s().renameElement('checkout', 'Billing')).toBe('checkout');
    s().undo();
    s().undo();
    expect(s().design.services[0]).toEqual({ id: 'producer', idFollowsName: true, name: 'Producer' });
    s().redo();
    expect(s().design.services[0]).toEqual({ id: 'checkout', name: 'Producer' });
  });

  it('with ids pinned (a live room) every id is pinned and stays: new elements too, and a rename keeps the id', () => {
    const { s } = drawn();
    s().pinIds(true);
    expect(JSON.stringify(s().design)).not.toContain('idFollowsName');
    s().apply((d) => c.addTopic(d, 'stream', { x: 0, y: 300 }).design);
    expect(s().design.topics[1]).toEqual({ id: 'topic-2', name: 'topic-2', broker: 'kafka', kind: 'stream' });
    expect(s().renameElement('producer', 'Checkout')).toBe('producer');
    expect(s().design.services[0]).toEqual({ id: 'producer', name: 'Checkout' });
  });
});
