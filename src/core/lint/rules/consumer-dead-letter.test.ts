import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { consumerDeadLetter as rule } from './consumer-dead-letter';

const dlq = ['dlq', { kind: 'dead-letter' as const, depthAlert: { threshold: 5 } }] as [string, object];

describe('consumer-dead-letter', () => {
  const violations: [string, Design, string][] = [
    ['kafka consumer with nothing', design({ pubs: [['orders', 'order-events', ['OrderPlaced']]], subs: [['order-events', 'billing']] }), 'no dead-letter topic'],
    ['retries alone are not a DLQ', design({ subs: [['order-events', 'billing', { maxRetries: 5 }]] }), 'Retrying 5 times is not enough'],
    ['SQS queue without redrive', design({ topics: [['payments-queue', { broker: 'sqs' }]], subs: [['payments-queue', 'ledger']] }), 'no dead-letter topic'],
    ['dead-letter topic that was deleted', design({ subs: [['order-events', 'billing', { deadLetterTopicId: 'gone' }]] }), 'does not exist'],
  ];
  it.each(violations)('%s', (_, d, fragment) => {
    const findings = run(rule, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', target: { kind: 'subscription' } });
    expect(findings[0].message).toContain(fragment);
  });

  const clean: [string, Design][] = [
    ['kafka consumer with a DLQ', design({ topics: [dlq as never], subs: [['order-events', 'billing', { deadLetterTopicId: 'dlq' }]] })],
    ['SQS redrive policy', design({ topics: [['q', { broker: 'sqs' }], ['q-dlq', { broker: 'sqs', kind: 'dead-letter' }]], subs: [['q', 'ledger', { deadLetterTopicId: 'q-dlq', maxRetries: 3 }]] })],
    ['reprocessor of a dead-letter topic', design({ topics: [dlq as never], subs: [['dlq', 'ops-replayer']] })],
    ['no consumers at all', design({ pubs: [['orders', 'order-events', ['OrderPlaced']]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));

  it('quick fix creates <service>.<topic>.dlq on the same broker, wires it and places it near the consumer', () => {
    const d = design({ services: [['InventoryService', {}]], topics: [['orders', { broker: 'rabbitmq', partitionKey: 'orderId' }]], subs: [['orders', 'InventoryService']] });
    d.layout.nodes.InventoryService = { x: 500, y: 300 };
    const fixed = run(rule, d)[0].fix!.apply(d);
    const sub = fixed.subscriptions[0];
    const topic = fixed.topics.find((t) => t.id === sub.deadLetterTopicId)!;
    expect(topic).toMatchObject({ name: 'inventory-service.orders.dlq', kind: 'dead-letter', broker: 'rabbitmq', partitionKey: 'orderId' });
    expect(fixed.layout.nodes[topic.id]).toEqual({ x: 500, y: 160 });
    expect(d.topics).toHaveLength(1); // pure
    expect(run(rule, fixed)).toEqual([]);
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
