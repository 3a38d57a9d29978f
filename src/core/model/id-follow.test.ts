import { describe, expect, it } from 'vitest';
import * as c from './commands';
import { newServer } from './factories';
import { pinAllIds, renameElement, setElementId } from './id-follow';
import { restoreDesign } from './restore';
import { emptyDesign } from './factories';
import type { Design } from './types';

/** Producer → topic → Consumer, an event on the publication, a dead-letter topic and a suppression: every kind of reference. */
function drawn(): Design {
  let d = emptyDesign('Shop');
  d = c.addService(d, { x: 0, y: 0 }, 'Producer').design;
  d = c.addService(d, { x: 400, y: 0 }, 'Consumer').design;
  d = c.addTopic(d, 'stream', { x: 200, y: 0 }).design;
  d = c.addTopic(d, 'dead-letter', { x: 400, y: 200 }).design;
  d = c.addEvent(d).design;
  const pub = c.connect(d, 'producer', 'topic');
  if ('error' in pub) throw new Error(pub.error);
  const sub = c.connect(pub.design, 'topic', 'consumer');
  if ('error' in sub) throw new Error(sub.error);
  d = c.updatePublication(sub.design, pub.id, { eventIds: ['something-happened'], triggeredBy: [] });
  d = c.updateSubscription(d, sub.id, { eventIds: ['something-happened'], deadLetterTopicId: 'dead-letter' });
  d = c.updateTopic(d, 'topic', { declaredEventIds: ['something-happened'] });
  return { ...d, lint: { suppressions: [{ ruleId: 'consumer-idempotency', targetId: sub.id, reason: 'checked by hand' }] } };
}

const rename = (d: Design, id: string, name: string) => renameElement(d, id, name).design;

describe('ids follow names', () => {
  it('new elements follow: palette services, topics, events, connections and servers', () => {
    const d = drawn();
    for (const x of [...d.services, ...d.topics, ...d.events, ...d.publications, ...d.subscriptions]) expect(x.idFollowsName).toBe(true);
    expect(newServer(d)).toEqual({ id: 'localhost-9092', idFollowsName: true, broker: 'kafka', host: 'localhost:9092' });
  });

  it('a rename moves the id and every reference: edges, events, dead letters, declared events, layout, suppressions, consumer group', () => {
    let d = drawn();
    d = rename(d, 'producer', 'Checkout Service');
    d = rename(d, 'consumer', 'Billing');
    d = rename(d, 'topic', 'orders');
    d = rename(d, 'dead-letter', 'orders-dlq');
    d = rename(d, 'something-happened', 'OrderPlaced');
    expect(d.services.map((s) => s.id)).toEqual(['checkout-service', 'billing']);
    expect(d.topics.map((t) => t.id)).toEqual(['orders', 'orders-dlq']);
    expect(d.events.map((e) => e.id)).toEqual(['order-placed']);
    expect(d.publications).toEqual([{ id: 'checkout-service-publishes-orders', idFollowsName: true, serviceId: 'checkout-service', topicId: 'orders', eventIds: ['order-placed'], triggeredBy: [] }]);
    expect(d.subscriptions).toEqual([{
      id: 'billing-consumes-orders', idFollowsName: true, topicId: 'orders', serviceId: 'billing', consumerGroup: 'billing',
      eventIds: ['order-placed'], deadLetterTopicId: 'orders-dlq',
    }]);
    expect(d.topics[0].declaredEventIds).toEqual(['order-placed']);
    expect(Object.keys(d.layout.nodes).sort()).toEqual(['billing', 'checkout-service', 'orders', 'orders-dlq']);
    expect(d.lint?.suppressions?.[0].targetId).toBe('billing-consumes-orders');
    // Nothing dangles: restore has nothing to repair.
    expect(restoreDesign({ format: 'eventsmith-design', formatVersion: 2, design: d }).repairs).toEqual([]);
  });

  it('a consumer group someone typed stays as typed', () => {
    let d = drawn();
    d = c.updateSubscription(d, d.subscriptions[0].id, { consumerGroup: 'billing-workers' });
    d = rename(d, 'consumer', 'Billing');
    expect(d.subscriptions[0].consumerGroup).toBe('billing-workers');
  });

  it('a clash takes the next free slug, the same every time, and gives it back when free again', () => {
    let d = drawn();
    d = rename(d, 'topic', 'orders');
    d = rename(d, 'producer', 'Orders'); // "orders" is the topic's
    expect(d.services[0].id).toBe('orders-2');
    expect(d.publications[0].id).toBe('orders-2-publishes-orders');
    expect(rename(drawn(), 'topic', 'orders')).toEqual(rename(drawn(), 'topic', 'orders'));
    // Renaming to the same slug keeps the id; a rename that frees nothing keeps the suffix.
    expect(rename(d, 'orders-2', 'ORDERS').services[0].id).toBe('orders-2');
    d = rename(d, 'orders', 'payments');
    expect(rename(d, 'orders-2', 'orders').services[0].id).toBe('orders');
  });

  it('a pinned id stays when its name changes; its following edges keep theirs', () => {
    const d = pinAllIds(drawn());
    const after = rename(d, 'producer', 'Checkout');
    expect(after.services[0]).toMatchObject({ id: 'producer', name: 'Checkout' });
    expect(after.publications[0].id).toBe('producer-publishes-topic');
  });

  it('editing the id pins it and moves every reference; following edges are made again from it', () => {
    const r = setElementId(drawn(), 'topic', 'orders.v1'.replace('.', '-'));
    if ('error' in r) throw new Error(r.error);
    const t = r.design.topics.find((x) => x.id === 'orders-v1')!;
    expect(t.idFollowsName).toBeUndefined();
    expect(r.design.publications[0]).toMatchObject({ id: 'producer-publishes-orders-v1', topicId: 'orders-v1' });
    expect(r.design.subscriptions[0]).toMatchObject({ id: 'consumer-consumes-orders-v1', topicId: 'orders-v1' });
    expect([...r.renames]).toEqual([['topic', 'orders-v1'], ['producer-publishes-topic', 'producer-publishes-orders-v1'], ['consumer-consumes-topic', 'consumer-consumes-orders-v1']]);
    // Pinned: a later rename leaves the id alone.
    expect(rename(r.design, 'orders-v1', 'payments').topics[0].id).toBe('orders-v1');
    // Its own id again: just pinned.
    const same = setElementId(drawn(), 'producer', 'producer');
    expect('design' in same && same.design.services[0]).toEqual({ id: 'producer', name: 'Producer' });
  });

  it('an id clash or a malformed id is refused with a reason, never overwritten', () => {
    const d = drawn();
    expect(setElementId(d, 'producer', 'topic')).toEqual({ error: '"topic" is already the id of the topic topic: choose another.' });
    expect(setElementId(d, 'producer', 'consumer')).toEqual({ error: '"consumer" is already the id of the service Consumer: choose another.' });
    expect(setElementId(d, 'producer', 'with space')).toEqual({ error: 'An id is 1 to 64 letters, digits, "-" or "_".' });
    expect(setElementId(d, 'producer', '')).toEqual({ error: 'An id is 1 to 64 letters, digits, "-" or "_".' });
    expect(setElementId(d, 'producer', 'toString')).toEqual({ error: '"toString" cannot be an id: choose another.' });
    expect(setElementId(d, 'nothing', 'x')).toEqual({ error: 'Nothing has the id "nothing".' });
  });

  it('a server follows its host', () => {
    const d = { ...drawn(), servers: [newServer(drawn())] };
    expect(rename(d, 'localhost-9092', 'kafka.prod:9092').servers).toEqual([{ id: 'kafka-prod-9092', idFollowsName: true, broker: 'kafka', host: 'kafka.prod:9092' }]);
  });

  it('pinAllIds pins every element and changes nothing else; a design with nothing following is returned as is', () => {
    const d = { ...drawn(), servers: [newServer(drawn())] };
    const pinned = pinAllIds(d);
    expect(JSON.stringify(pinned)).not.toContain('idFollowsName');
    expect(JSON.parse(JSON.stringify(pinned).replace(/"idFollowsName":true,?/g, ''))).toEqual(JSON.parse(JSON.stringify(d).replace(/"idFollowsName":true,?/g, '')));
    expect(pinAllIds(pinned)).toBe(pinned);
  });

  it('restore keeps idFollowsName: true, drops anything else, and keeps the design owner', () => {
    const { file, repairs } = restoreDesign({
      format: 'eventsmith-design', formatVersion: 2,
      design: { id: 'd', name: 'D', version: '1.0.0', owner: 'Sales', services: [{ id: 'a', name: 'A', idFollowsName: true }, { id: 'b', name: 'B', idFollowsName: 'yes' }, { id: 'c', name: 'C', idFollowsName: false }], topics: [], events: [], publications: [], subscriptions: [], layout: { nodes: {} } },
    });
    expect(file.design.owner).toBe('Sales');
    expect(file.design.services).toEqual([{ id: 'a', idFollowsName: true, name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }]);
    expect(repairs).toEqual(['Service "B": dropped idFollowsName (not true); the id is pinned']);
  });
});
