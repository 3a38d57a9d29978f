import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { partitionKey as rule } from './partition-key';

const NO_ORDER_ID = JSON.stringify({ type: 'object', properties: { customerId: { type: 'string' } } });

describe('partition-key', () => {
  const violations: [string, Design, string][] = [
    ['Kafka topic without a key', design({ topics: [['orders', { partitionKey: undefined }]], pubs: [['svc', 'orders', ['OrderPlaced']]] }), 'Kafka topic "orders" has no partition key'],
    ['RabbitMQ with partitions and no key', design({ topics: [['orders', { broker: 'rabbitmq', partitions: 4, partitionKey: undefined }]] }), 'topic with 4 partitions'],
    ['key missing from one carried event', design({ events: ['OrderPlaced', ['CustomerMerged', { schema: NO_ORDER_ID }]], pubs: [['svc', 'orders', ['OrderPlaced', 'CustomerMerged']]] }), 'not a field of "CustomerMerged"'],
    ['dead-letter topic keyed on a field its events lack', design({ topics: [['dlq', { kind: 'dead-letter', partitionKey: 'customerId' }]], subs: [['orders', 'billing', { deadLetterTopicId: 'dlq', eventIds: ['OrderPlaced'] }]] }), 'not a field of "OrderPlaced"'],
  ];
  it.each(violations)('%s', (_, d, fragment) => {
    const findings = run(rule, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', target: { kind: 'topic' } });
    expect(findings[0].message).toContain(fragment);
  });

  it('points at where the key field would be', () => {
    expect(run(rule, violations[2][1])[0].path).toBe('/properties/orderId');
  });

  const clean: [string, Design][] = [
    ['Kafka topic keyed on orderId', design({ pubs: [['svc', 'orders', ['OrderPlaced']]] })],
    ['key known only from a message-key schema', design({ topics: [['orders', { partitionKey: undefined, keyedByMessageKey: true }]] })],
    ['single-partition SQS queue', design({ topics: [['q', { broker: 'sqs', partitionKey: undefined }]] })],
    ['RabbitMQ with one partition', design({ topics: [['q', { broker: 'rabbitmq', partitions: 1, partitionKey: undefined }]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));
});
