import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import { RestoreError } from './restore-context';
import { restoreDesign } from './restore';
import { FORMAT_VERSION } from './types';

describe('migrations', () => {
  it('cover every version from 1 to FORMAT_VERSION in order, once each', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: FORMAT_VERSION - 1 }, (_, i) => i + 1));
  });

  // A synthetic history: version 1 called services "nodes", version 2 had no layout.
  const synthetic: Migration[] = [
    { from: 2, name: 'add an empty layout', up: (d) => ({ ...d, layout: d.layout ?? { nodes: {} } }) },
    { from: 1, name: 'rename nodes to services', up: ({ nodes, ...rest }) => ({ ...rest, services: nodes ?? [] }) },
  ];

  it('lifts an older version step by step, in order, without mutating the input', () => {
    const old = { id: 'd', nodes: [{ id: 'a', name: 'A' }] };
    const { design, applied } = migrate(old, 1, 3, synthetic);
    expect(applied).toEqual(['rename nodes to services', 'add an empty layout']);
    expect(design).toEqual({ id: 'd', services: [{ id: 'a', name: 'A' }], layout: { nodes: {} } });
    expect(old).toEqual({ id: 'd', nodes: [{ id: 'a', name: 'A' }] });
  });
  it('starts from the given version', () => {
    expect(migrate({ id: 'd' }, 2, 3, synthetic).applied).toEqual(['add an empty layout']);
  });
  it('1 → 2 fills the protocol a topic or server broker implies, and nothing else', () => {
    const v1 = {
      topics: [{ id: 'a', broker: 'kafka' }, { id: 'b', broker: 'rabbitmq' }, { id: 'c', broker: 'generic' }, { id: 'd', broker: 'kafka', protocol: 'kafka-secure' }, 'junk'],
      servers: [{ id: 's', broker: 'sns', host: 'h' }, { id: 't', broker: 'toString' }],
    };
    const { design } = migrate(v1, 1, 2);
    expect(design.topics).toEqual([
      { id: 'a', broker: 'kafka', protocol: 'kafka' }, { id: 'b', broker: 'rabbitmq', protocol: 'amqp' }, { id: 'c', broker: 'generic' },
      { id: 'd', broker: 'kafka', protocol: 'kafka-secure' }, 'junk',
    ]);
    expect(design.servers).toEqual([{ id: 's', broker: 'sns', host: 'h', protocol: 'sns' }, { id: 't', broker: 'toString' }]);
  });
  describe('1 → 2: ids that were only a default follow their names; every other id stays pinned', () => {
    const v1 = (design: Record<string, unknown>) => restoreDesign({ format: 'eventsmith-design', formatVersion: 1, design: { id: 'd', name: 'D', version: '1.0.0', layout: { nodes: {} }, ...design } }).file.design;
    const service = (id: string, name: string) => ({ id, name });
    it.each([
      // [written id, name, id after, follows]
      ['producer', 'Checkout Service', 'checkout-service', true],
      ['consumer-2', 'Billing', 'billing', true],
      ['consumer2', 'Shipping', 'shipping', true],
      ['new-service', 'Ledger', 'ledger', true],
      ['producer', 'Producer', 'producer', true],
      ['order-service', 'Checkout', 'order-service', false],
      ['producer-x', 'Checkout', 'producer-x', false],
      ['producers', 'Checkout', 'producers', false],
      ['consumer-0', 'Checkout', 'consumer-0', false],
    ])('service %s named %s → %s (follows: %s)', (id, name, after, follows) => {
      const d = v1({ services: [service(id, name)] });
      expect(d.services[0].id).toBe(after);
      expect(d.services[0].idFollowsName).toBe(follows ? true : undefined);
    });
    it.each([
      ['topic', 'orders', 'orders', 'stream'],
      ['topic-2', 'payments', 'payments', 'stream'],
      ['dead-letter-3', 'orders.dlq', 'orders-dlq', 'dead-letter'],
      ['orders', 'payments', 'orders', 'stream'],
    ])('topic %s named %s → %s', (id, name, after, kind) => {
      expect(v1({ topics: [{ id, name, broker: 'kafka', kind }] }).topics[0].id).toBe(after);
    });
    it.each([
      ['something-happened', 'OrderPlaced', 'order-placed'],
      ['something-happened-3', 'EmailSent', 'email-sent'],
      ['something-happened2', 'PaymentTaken', 'payment-taken'],
      ['order-placed', 'OrderCreated', 'order-placed'],
    ])('event %s named %s → %s', (id, name, after) => {
      expect(v1({ events: [{ id, name, kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: '{}' }] }).events[0].id).toBe(after);
    });

    it('moves every reference; derived connection ids and the default consumer group follow; typed ones stay', () => {
      const d = v1({
        services: [service('producer', 'Checkout'), service('consumer', 'Billing'), service('audit', 'Audit')],
        topics: [{ id: 'topic', name: 'orders', broker: 'kafka', kind: 'stream', declaredEventIds: ['something-happened'] }, { id: 'dead-letter', name: 'orders-dlq', broker: 'kafka', kind: 'dead-letter' }],
        events: [{ id: 'something-happened', name: 'OrderPlaced', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: '{}' }],
        publications: [{ id: 'producer-publishes-topic', serviceId: 'producer', topicId: 'topic', eventIds: ['something-happened'] }],
        subscriptions: [
          { id: 'consumer-consumes-topic', serviceId: 'consumer', topicId: 'topic', consumerGroup: 'consumer', eventIds: ['something-happened'], deadLetterTopicId: 'dead-letter' },
          { id: 'audit-log', serviceId: 'audit', topicId: 'topic', consumerGroup: 'consumer' },
        ],
        layout: { nodes: { producer: { x: 1, y: 2 }, topic: { x: 3, y: 4 }, audit: { x: 5, y: 6 } } },
        lint: { suppressions: [{ ruleId: 'consumer-idempotency', targetId: 'consumer-consumes-topic', reason: 'r' }] },
      });
      expect(d.services.map((s) => [s.id, s.idFollowsName])).toEqual([['checkout', true], ['billing', true], ['audit', undefined]]);
      expect(d.topics.map((t) => [t.id, t.declaredEventIds])).toEqual([['orders', ['order-placed']], ['orders-dlq', undefined]]);
      expect(d.publications).toEqual([{ id: 'checkout-publishes-orders', idFollowsName: true, serviceId: 'checkout', topicId: 'orders', eventIds: ['order-placed'] }]);
      expect(d.subscriptions).toEqual([
        { id: 'billing-consumes-orders', idFollowsName: true, topicId: 'orders', serviceId: 'billing', eventIds: ['order-placed'], consumerGroup: 'billing', deadLetterTopicId: 'orders-dlq' },
        { id: 'audit-log', topicId: 'orders', serviceId: 'audit', consumerGroup: 'consumer' },
      ]);
      expect(d.layout.nodes).toEqual({ checkout: { x: 1, y: 2 }, orders: { x: 3, y: 4 }, audit: { x: 5, y: 6 } });
      expect(d.lint?.suppressions?.[0].targetId).toBe('billing-consumes-orders');
    });

    it('resolves collisions deterministically: pinned ids keep theirs, re-slugged ones take the next free in list order', () => {
      const d = v1({
        services: [service('producer', 'Orders'), service('consumer', 'Orders Two'), service('orders', 'Legacy')],
        topics: [{ id: 'topic', name: 'orders', broker: 'kafka', kind: 'stream' }, { id: 'topic-2', name: 'Orders', broker: 'kafka', kind: 'stream' }],
      });
      expect(d.services.map((s) => s.id)).toEqual(['orders-2', 'orders-two', 'orders']);
      expect(d.topics.map((t) => t.id)).toEqual(['orders-3', 'orders-4']);
    });

    it('leaves ids restore has to repair (duplicates, invalid) and entities without a name to restore', () => {
      const d = v1({ services: [service('producer', 'A'), service('producer', 'B'), { id: 'consumer' }] });
      expect(d.services.map((s) => s.id)).toEqual(['producer', 'b', 'consumer']);
      expect(d.services.every((s) => s.idFollowsName === undefined)).toBe(true);
    });

    it('format 2 files are untouched: default-looking ids stay pinned', () => {
      const design = { id: 'd', name: 'D', version: '1.0.0', services: [{ id: 'producer', name: 'Checkout' }], topics: [], events: [], publications: [], subscriptions: [], layout: { nodes: {} } };
      const { file, repairs } = restoreDesign({ format: 'eventsmith-design', formatVersion: 2, design });
      expect(file.design).toEqual(design);
      expect(repairs).toEqual([]);
    });
  });

  it('does nothing at the current version', () => {
    const d = { id: 'd' };
    expect(migrate(d, FORMAT_VERSION)).toEqual({ design: d, applied: [] });
  });
  it('fails clearly when a step is missing', () => {
    expect(() => migrate({}, 1, 3, synthetic.slice(0, 1))).toThrow(RestoreError);
    expect(() => migrate({}, 1, 3, synthetic.slice(0, 1))).toThrow(/no migration from version 1/);
  });
});
