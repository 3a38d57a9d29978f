import { describe, expect, it } from 'vitest';
import * as c from './commands';
import { emptyDesign } from './factories';
import { ID_PATTERN, type Design } from './types';

function saga(): Design {
  let d = emptyDesign('Saga');
  d = c.addService(d, { x: 0, y: 0 }, 'OrderService').design;
  d = c.addTopic(d, 'stream', { x: 200, y: 0 }, 'orders').design;
  d = c.addService(d, { x: 400, y: 0 }, 'InventoryService').design;
  d = c.addTopic(d, 'dead-letter', { x: 400, y: 200 }, 'inventory.dlq').design;
  d = c.addEvent(d, 'OrderPlaced').design;
  return d;
}

describe('commands', () => {
  it('slugs ids from names and keeps them valid and unique', () => {
    let d = saga();
    d = c.addService(d, undefined, 'OrderService').design; // same name again
    const ids = [...d.services, ...d.topics, ...d.events].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect(d.services.map((s) => s.name)).toEqual(['OrderService', 'InventoryService', 'OrderService2']);
  });

  it('connects service → topic as a publication and topic → service as a subscription', () => {
    let d = saga();
    const [order, inventory] = d.services;
    const [orders] = d.topics;
    const pub = c.connect(d, order.id, orders.id);
    if ('error' in pub) throw new Error(pub.error);
    d = pub.design;
    const sub = c.connect(d, orders.id, inventory.id);
    if ('error' in sub) throw new Error(sub.error);
    d = sub.design;
    expect(d.publications).toEqual([{ id: pub.id, idFollowsName: true, serviceId: order.id, topicId: orders.id, eventIds: [] }]);
    expect(d.subscriptions[0]).toMatchObject({ id: sub.id, topicId: orders.id, serviceId: inventory.id });
  });

  it('refuses service → service, topic → topic and duplicates with a reason', () => {
    const d = saga();
    const [a, b] = d.services;
    const [t1, t2] = d.topics;
    expect(c.connect(d, a.id, b.id)).toEqual({ error: expect.stringContaining('through topics') });
    expect(c.connect(d, t1.id, t2.id)).toEqual({ error: expect.stringContaining('cannot feed') });
    const once = c.connect(d, a.id, t1.id);
    if ('error' in once) throw new Error();
    expect(c.connect(once.design, a.id, t1.id)).toEqual({ error: expect.stringContaining('already') });
  });

  it('removing a node removes its edges, its layout entry and references to it', () => {
    let d = saga();
    const [order, inventory] = d.services;
    const [orders, dlq] = d.topics;
    const event = d.events[0];
    const pub = c.connect(d, order.id, orders.id) as { design: Design; id: string };
    d = c.updatePublication(pub.design, pub.id, { eventIds: [event.id] });
    const sub = c.connect(d, orders.id, inventory.id) as { design: Design; id: string };
    d = c.updateSubscription(sub.design, sub.id, { deadLetterTopicId: dlq.id, eventIds: [event.id] });
    d = c.updatePublication(d, pub.id, { triggeredBy: [sub.id] });

    const noDlq = c.removeEntities(d, [dlq.id]);
    expect(noDlq.subscriptions[0].deadLetterTopicId).toBeUndefined();
    expect('deadLetterTopicId' in noDlq.subscriptions[0]).toBe(false);
    expect(noDlq.layout.nodes[dlq.id]).toBeUndefined();

    const noTopic = c.removeEntities(d, [orders.id]);
    expect(noTopic.publications).toEqual([]);
    expect(noTopic.subscriptions).toEqual([]);

    const noEvent = c.removeEntities(d, [event.id]);
    expect(noEvent.publications[0].eventIds).toEqual([]);
    expect(noEvent.subscriptions[0].eventIds).toEqual([]);

    const noSub = c.removeEntities(d, [sub.id]);
    expect(noSub.publications[0].triggeredBy).toEqual([]);
  });

  it('update commands drop optional fields set to undefined instead of storing undefined', () => {
    let d = saga();
    const t = d.topics[0];
    d = c.updateTopic(d, t.id, { partitions: 3 });
    d = c.updateTopic(d, t.id, { partitions: undefined });
    expect(Object.keys(d.topics[0])).not.toContain('partitions');
  });

  it('copy/paste duplicates nodes with fresh ids and the edges among them, reusing events by name', () => {
    let d = saga();
    const [order] = d.services;
    const [orders] = d.topics;
    const pub = c.connect(d, order.id, orders.id) as { design: Design; id: string };
    d = c.updatePublication(pub.design, pub.id, { eventIds: [d.events[0].id] });
    const clip = c.copySelection(d, [order.id, orders.id]);
    const pasted = c.paste(d, clip);
    const next = pasted.design;
    expect(next.services).toHaveLength(3);
    expect(next.topics).toHaveLength(3);
    expect(next.events).toHaveLength(1);
    expect(next.publications).toHaveLength(2);
    const copy = next.publications[1];
    expect(pasted.ids).toContain(copy.serviceId);
    expect(pasted.ids).toContain(copy.topicId);
    expect(copy.eventIds).toEqual([d.events[0].id]);
    expect(next.layout.nodes[copy.serviceId]).toEqual({ x: 40, y: 40 });
    expect(new Set(next.topics.map((t) => t.name)).size).toBe(3);
  });

  it('moveNodes ignores non-finite positions and rounds', () => {
    const d = saga();
    const id = d.services[0].id;
    const moved = c.moveNodes(d, { [id]: { x: 10.6, y: NaN } });
    expect(moved.layout.nodes[id]).toEqual({ x: 0, y: 0 });
    expect(c.moveNodes(d, { [id]: { x: 10.6, y: 3.2 } }).layout.nodes[id]).toEqual({ x: 11, y: 3 });
  });
});
