import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { at, design, reported, run, type Reported } from '../../testing/lint-design';
import { consumerDeadLetter as rule } from './consumer-dead-letter';

const dlq = ['dlq', { kind: 'dead-letter' as const, depthAlert: { threshold: 5 } }] as [string, object];

const FIX = 'Create a dead-letter topic and wire it';
const lost = ': messages it cannot process are lost or block the rest.';

describe('consumer-dead-letter', () => {
  const violations: [string, Design, Reported[]][] = [
    ['kafka consumer with nothing', design({ pubs: [['orders', 'order-events', ['OrderPlaced']]], subs: [['order-events', 'billing']] }), [{
      ruleId: 'consumer-dead-letter', severity: 'error', fix: FIX,
      target: { kind: 'subscription', id: 'billing-consumes-order-events', name: 'order-events → billing' },
      message: `billing consumes "order-events" with no dead-letter topic${lost}`,
    }]],
    ['retries alone are not a DLQ', design({ subs: [['order-events', 'billing', { maxRetries: 5 }]] }), [{
      ruleId: 'consumer-dead-letter', severity: 'error', fix: FIX, target: at.sub('order-events', 'billing'),
      message: `billing consumes "order-events" with no dead-letter topic${lost} Retrying 5 times is not enough: it does not say where a message goes after the last attempt.`,
    }]],
    ['one retry', design({ subs: [['order-events', 'billing', { maxRetries: 1 }]] }), [{
      ruleId: 'consumer-dead-letter', severity: 'error', fix: FIX, target: at.sub('order-events', 'billing'),
      message: `billing consumes "order-events" with no dead-letter topic${lost} Retrying 1 time is not enough: it does not say where a message goes after the last attempt.`,
    }]],
    ['SQS queue without redrive', design({ topics: [['payments-queue', { broker: 'sqs' }]], subs: [['payments-queue', 'ledger']] }), [{
      ruleId: 'consumer-dead-letter', severity: 'error', fix: FIX, target: at.sub('payments-queue', 'ledger'),
      message: `ledger consumes "payments-queue" with no dead-letter topic${lost}`,
    }]],
    ['dead-letter topic that was deleted', design({ subs: [['order-events', 'billing', { deadLetterTopicId: 'gone' }]] }), [{
      ruleId: 'consumer-dead-letter', severity: 'error', fix: FIX, target: at.sub('order-events', 'billing'),
      message: `billing consumes "order-events" with no dead-letter topic (its dead-letter topic "gone" does not exist)${lost}`,
    }]],
    ['two consumers, one with a DLQ', design({ topics: [dlq as never], subs: [['orders', 'billing', { deadLetterTopicId: 'dlq' }], ['orders', 'shipping']] }), [{
      ruleId: 'consumer-dead-letter', severity: 'error', fix: FIX, target: at.sub('orders', 'shipping'),
      message: `shipping consumes "orders" with no dead-letter topic${lost}`,
    }]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  const clean: [string, Design][] = [
    ['kafka consumer with a DLQ', design({ topics: [dlq as never], subs: [['order-events', 'billing', { deadLetterTopicId: 'dlq' }]] })],
    ['SQS redrive policy', design({ topics: [['q', { broker: 'sqs' }], ['q-dlq', { broker: 'sqs', kind: 'dead-letter' }]], subs: [['q', 'ledger', { deadLetterTopicId: 'q-dlq', maxRetries: 3 }]] })],
    ['reprocessor of a dead-letter topic', design({ topics: [dlq as never], subs: [['dlq', 'ops-replayer']] })],
    ['no consumers at all', design({ pubs: [['orders', 'order-events', ['OrderPlaced']]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));

  it('quick fix creates <service>.<topic>.dlq on the same broker, wires it and places it near the consumer', () => {
    const d = design({ services: [['InventoryService', {}]], topics: [['orders', { broker: 'rabbitmq', partitionKey: 'orderId' }]], subs: [['orders', 'InventoryService']] });
    d.layout.nodes.InventoryService = { x: 500, y: 300 };
    const fixed = run(rule, d)[0].fix!.apply(d);
    const sub = fixed.subscriptions[0];
    const topic = fixed.topics.find((t) => t.id === sub.deadLetterTopicId)!;
    expect(topic).toMatchObject({ name: 'inventory-service.orders.dlq', kind: 'dead-letter', broker: 'rabbitmq', partitionKey: 'orderId' });
    // Right of the consumer (x 500 + its 188 px width + 48 px, on the 20 px grid), a little lower.
    expect(fixed.layout.nodes[topic.id]).toEqual({ x: 740, y: 380 });
    expect(d.topics).toHaveLength(1); // pure
    expect(run(rule, fixed)).toEqual([]);
  });

  it('quick fix puts the dead-letter topic beside its consumer, clear of a node already there', () => {
    const d = design({ services: [['InventoryService', {}]], topics: [['orders', {}], ['audit', {}]], subs: [['orders', 'InventoryService']] });
    d.layout.nodes.InventoryService = { x: 500, y: 300 };
    d.layout.nodes.audit = { x: 740, y: 380 }; // exactly where the topic would go
    const fixed = run(rule, d)[0].fix!.apply(d);
    const at = fixed.layout.nodes[fixed.subscriptions[0].deadLetterTopicId!];
    expect(at).not.toEqual({ x: 740, y: 380 });
    const clear = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) >= 176 + 24 || Math.abs(a.y - b.y) >= 52 + 24;
    expect(clear(at, d.layout.nodes.audit)).toBe(true);
    expect(Math.hypot(at.x - 500, at.y - 300)).toBeLessThan(400);
  });

  it('quick fix gives every subscription its own, uniquely named topic', () => {
    const d = design({ topics: [['billing.orders.dlq', {}]], subs: [['orders', 'billing'], ['payments', 'billing']] });
    let next = d;
    for (const f of run(rule, d)) next = f.fix!.apply(next);
    const ids = next.subscriptions.map((s) => s.deadLetterTopicId);
    expect(new Set(ids).size).toBe(2);
    expect(next.topics.map((t) => t.name)).toContain('billing.orders.dlq-2');
    expect(run(rule, next)).toEqual([]);
  });
});
