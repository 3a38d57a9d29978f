import type { FinalConnectionState, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import * as c from '../../core/model/commands';
import { emptyDesign } from '../../core/model/factories';
import { createEditorStore } from '../../store/store';
import {
  applyEdgeChanges, applyNodeChanges, attachEventByName, canConnect, connectNodes, createConnectedNode, deleteSelection, eventChoices, eventsCarriedBy,
  explainRefusedConnection, neighbourAfterDelete, rememberViewport, renameNode,
} from './canvas-actions';

/** A store holding one service, one topic and a publication between them. */
function storeWithPublication() {
  const store = createEditorStore({ docId: 'doc', design: emptyDesign('T') });
  const s = () => store.getState();
  s().apply((d) => c.addService(d, { x: 0, y: 0 }, 'OrderService').design);
  s().apply((d) => c.addTopic(d, 'stream', { x: 300, y: 0 }, 'orders').design);
  const result = c.connect(s().design, 'order-service', 'orders');
  if ('error' in result) throw new Error(result.error);
  s().commit(result.design);
  return { store, s, publicationId: result.id };
}

describe('canvas actions', () => {
  it('tracks a drag in `dragging` and commits it once, at its end, as one undo step', () => {
    const { s } = storeWithPublication();
    const cache = new Map<string, Node>();
    const undoDepth = s().history.past.length;
    applyNodeChanges(s(), [{ type: 'position', id: 'orders', position: { x: 320, y: 10 }, dragging: true }], cache);
    applyNodeChanges(s(), [{ type: 'position', id: 'orders', position: { x: 340, y: 20 }, dragging: true }], cache);
    expect(s().dragging).toEqual({ orders: { x: 340, y: 20 } });
    expect(s().design.layout.nodes.orders).toEqual({ x: 300, y: 0 });
    applyNodeChanges(s(), [{ type: 'position', id: 'orders', dragging: false }], cache);
    expect(s().dragging).toBeNull();
    expect(s().design.layout.nodes.orders).toEqual({ x: 340, y: 20 });
    expect(s().history.past.length).toBe(undoDepth + 1);
  });

  it('reports measured sizes and follows selection changes of nodes and edges', () => {
    const { s, publicationId } = storeWithPublication();
    const cache = new Map<string, Node>([['orders', { id: 'orders', position: { x: 0, y: 0 }, data: {} }]]);
    expect(applyNodeChanges(s(), [{ type: 'dimensions', id: 'orders', dimensions: { width: 170, height: 52 } }], cache)).toBe(true);
    expect(cache.get('orders')?.measured).toEqual({ width: 170, height: 52 });
    expect(applyNodeChanges(s(), [{ type: 'select', id: 'orders', selected: true }], cache)).toBe(false);
    applyEdgeChanges(s(), [{ type: 'select', id: publicationId, selected: true }]);
    expect(s().selection).toEqual({ nodes: ['orders'], edges: [publicationId] });
    applyNodeChanges(s(), [{ type: 'select', id: 'orders', selected: false }], cache);
    expect(s().selection).toEqual({ nodes: [], edges: [publicationId] });
  });

  it('allows only service → topic and topic → service connections', () => {
    const { s } = storeWithPublication();
    const d = s().design;
    expect(canConnect(d, { source: 'order-service', target: 'orders', sourceHandle: null, targetHandle: null })).toBe(true);
    expect(canConnect(d, { source: 'orders', target: 'order-service', sourceHandle: null, targetHandle: null })).toBe(true);
    expect(canConnect(d, { source: 'orders', target: 'orders', sourceHandle: null, targetHandle: null })).toBe(false);
  });

  it('connects and selects the new edge, and says why a connection is refused', () => {
    const { s } = storeWithPublication();
    s().apply((d) => c.addService(d, { x: 600, y: 0 }, 'ShippingService').design);
    const id = connectNodes(s(), 'orders', 'shipping-service');
    expect(id).not.toBeNull();
    expect(s().design.subscriptions.map((x) => x.id)).toEqual([id]);
    expect(s().selection).toEqual({ nodes: [], edges: [id] });
    expect(connectNodes(s(), 'order-service', 'shipping-service')).toBeNull();
    expect(s().notices.at(-1)).toMatchObject({ kind: 'error', message: expect.stringContaining('Services talk through topics') });
    const before = s().notices.length;
    explainRefusedConnection(s(), { isValid: false, fromNode: { id: 'shipping-service' }, toNode: { id: 'order-service' }, fromHandle: { type: 'source' } } as unknown as FinalConnectionState);
    expect(s().notices.length).toBe(before + 1);
  });

  it('deletes the selection in one step; a dead-letter edge unsets the subscription’s dead-letter topic', () => {
    const { s } = storeWithPublication();
    s().apply((d) => c.addService(d, { x: 600, y: 0 }, 'ShippingService').design);
    s().apply((d) => c.addTopic(d, 'dead-letter', { x: 600, y: 200 }, 'dlq').design);
    const sub = connectNodes(s(), 'orders', 'shipping-service')!;
    s().apply((d) => c.updateSubscription(d, sub, { deadLetterTopicId: 'dlq' }));
    expect(deleteSelection({ ...s(), selection: { nodes: [], edges: [] } })).toBe(false);
    s().select({ nodes: [], edges: [`dlq:${sub}`] });
    expect(deleteSelection(s())).toBe(true);
    expect(s().design.subscriptions[0].deadLetterTopicId).toBeUndefined();
    expect(s().design.topics.map((t) => t.id)).toContain('dlq');
    s().select({ nodes: ['orders'], edges: [] });
    deleteSelection(s());
    expect(s().design.topics.map((t) => t.id)).toEqual(['dlq']);
    expect(s().design.publications).toEqual([]);
    s().undo();
    expect(s().design.topics.map((t) => t.id)).toContain('orders');
  });

  it('remembers the viewport without an undo step, ignoring sub-pixel moves', () => {
    const { s } = storeWithPublication();
    const depth = s().history.past.length;
    rememberViewport(s(), { x: 10.4, y: -20.6, zoom: 1.23456 });
    expect(s().design.layout.viewport).toEqual({ x: 10, y: -21, zoom: 1.235 });
    const design = s().design;
    rememberViewport(s(), { x: 10.2, y: -20.9, zoom: 1.235 });
    expect(s().design).toBe(design);
    expect(s().history.past.length).toBe(depth);
  });
});

describe('canvas actions: naming and events on the canvas', () => {
  it('renames a node in one undo step; an empty name changes nothing', () => {
    const { s } = storeWithPublication();
    const depth = s().history.past.length;
    renameNode(s(), 'orders', '  orders.v2 ');
    expect(s().design.topics[0].name).toBe('orders.v2');
    expect(s().history.past.length).toBe(depth + 1);
    renameNode(s(), 'orders', '   ');
    expect(s().design.topics[0].name).toBe('orders.v2');
    s().undo();
    expect(s().design.topics[0].name).toBe('orders');
  });

  it('a new event name on a publication creates the event and attaches it; a known one is reused', () => {
    const { s, publicationId } = storeWithPublication();
    const depth = s().history.past.length;
    const id = attachEventByName(s(), publicationId, 'OrderPlaced')!;
    expect(s().design.events.map((e) => e.name)).toEqual(['OrderPlaced']);
    expect(s().design.publications[0].eventIds).toEqual([id]);
    expect(s().history.past.length).toBe(depth + 1);
    expect(attachEventByName(s(), publicationId, 'orderplaced')).toBe(id);
    expect(s().design.events).toHaveLength(1);
    expect(s().design.publications[0].eventIds).toEqual([id]);
  });

  it('offers a subscription the events its topic carries, and a publication every other event', () => {
    const { s, publicationId } = storeWithPublication();
    attachEventByName(s(), publicationId, 'OrderPlaced');
    s().apply((d) => c.addEvent(d, 'Unrelated').design);
    s().apply((d) => c.addService(d, { x: 600, y: 0 }, 'ShippingService').design);
    const sub = connectNodes(s(), 'orders', 'shipping-service')!;
    expect(eventChoices(s().design, sub)).toEqual(['OrderPlaced']);
    expect(eventChoices(s().design, publicationId)).toEqual(['Unrelated']);
    expect(eventsCarriedBy(s().design, 'orders')).toEqual([s().design.events[0].id]);
    attachEventByName(s(), sub, 'OrderPlaced');
    expect(s().design.subscriptions[0].eventIds).toEqual([s().design.events[0].id]);
  });

  it('a connection dropped on empty canvas creates the fitting node, connected, clear of others, name open', () => {
    const { s } = storeWithPublication();
    const consumer = createConnectedNode(s(), 'orders', 'source', { x: 390, y: 26 })!; // on top of orders
    expect(s().design.services.find((x) => x.id === consumer)?.name).toBe('Consumer');
    expect(s().design.subscriptions.map((x) => [x.topicId, x.serviceId])).toEqual([['orders', consumer]]);
    expect(s().inlineEdit).toEqual({ id: consumer, kind: 'node' });
    expect(s().selection.nodes).toEqual([consumer]);
    const at = s().design.layout.nodes[consumer];
    expect(at.x >= 300 + 170 || at.y >= 52 || at.y + 64 <= 0).toBe(true); // not on the topic
    const topic = createConnectedNode(s(), 'order-service', 'source', { x: 0, y: 300 })!;
    expect(s().design.publications.some((p) => p.serviceId === 'order-service' && p.topicId === topic)).toBe(true);
    const producer = createConnectedNode(s(), 'orders', 'target', { x: -300, y: 0 })!;
    expect(s().design.publications.some((p) => p.serviceId === producer && p.topicId === 'orders')).toBe(true);
  });
});

describe('canvas actions: focus after delete', () => {
  it('moves to a node connected to the deleted one, else the nearest, else nowhere', () => {
    const { s, publicationId } = storeWithPublication();
    s().select({ nodes: ['orders'], edges: [] });
    expect(neighbourAfterDelete(s())).toBe('order-service');
    s().select({ nodes: [], edges: [publicationId] });
    expect(neighbourAfterDelete(s())).toBe('order-service');
    s().apply((d) => c.addTopic(d, 'stream', { x: 2000, y: 0 }, 'far').design);
    s().apply((d) => c.addTopic(d, 'stream', { x: 500, y: 0 }, 'near').design);
    s().select({ nodes: ['order-service', 'orders'], edges: [] });
    expect(neighbourAfterDelete(s())).toBe('near');
    s().select({ nodes: ['order-service', 'orders', 'far', 'near'], edges: [] });
    expect(neighbourAfterDelete(s())).toBeNull();
  });
});
