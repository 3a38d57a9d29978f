import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { at, design, reported, type Reported } from '../../testing/lint-design';
import { partitionKey as rule } from './partition-key';

const NO_ORDER_ID = JSON.stringify({ type: 'object', properties: { customerId: { type: 'string' } } });

const finding = (topic: string, message: string, path?: string): Reported => ({
  ruleId: 'partition-key', severity: 'warning', target: at.topic(topic), message, ...(path ? { path } : {}),
});
const noKey = (why: string, topic: string) => finding(topic, `${why} "${topic}" has no partition key: related events may be processed out of order`);
const notAField = (topic: string, key: string, event: string) =>
  finding(topic, `Partition key "${key}" of "${topic}" is not a field of "${event}"`, `/properties/${key}`);

describe('partition-key', () => {
  const violations: [string, Design, Reported[]][] = [
    ['Kafka topic without a key', design({ topics: [['orders', { partitionKey: undefined }]], pubs: [['svc', 'orders', ['OrderPlaced']]] }), [noKey('Kafka topic', 'orders')]],
    ['Kafka topic with a blank key', design({ topics: [['orders', { partitionKey: ' ' }]] }), [noKey('Kafka topic', 'orders')]],
    ['RabbitMQ with partitions and no key', design({ topics: [['orders', { broker: 'rabbitmq', partitions: 4, partitionKey: undefined }]] }), [noKey('topic with 4 partitions', 'orders')]],
    ['key missing from one carried event', design({ events: ['OrderPlaced', ['CustomerMerged', { schema: NO_ORDER_ID }]], pubs: [['svc', 'orders', ['OrderPlaced', 'CustomerMerged']]] }), [
      notAField('orders', 'orderId', 'CustomerMerged'),
    ]],
    ['dead-letter topic keyed on a field its events lack', design({ topics: [['dlq', { kind: 'dead-letter', partitionKey: 'customerId' }]], subs: [['orders', 'billing', { deadLetterTopicId: 'dlq', eventIds: ['OrderPlaced'] }]] }), [
      notAField('dlq', 'customerId', 'OrderPlaced'),
    ]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  const clean: [string, Design][] = [
    ['Kafka topic keyed on orderId', design({ pubs: [['svc', 'orders', ['OrderPlaced']]] })],
    ['key known only from a message-key schema', design({ topics: [['orders', { partitionKey: undefined, keyedByMessageKey: true }]] })],
    ['single-partition SQS queue', design({ topics: [['q', { broker: 'sqs', partitionKey: undefined }]] })],
    ['RabbitMQ with one partition', design({ topics: [['q', { broker: 'rabbitmq', partitions: 1, partitionKey: undefined }]] })],
    ['an event with an unreadable schema is schema-invalid\'s business', design({ events: [['OrderPlaced', { schema: '{' }]], pubs: [['svc', 'orders', ['OrderPlaced']]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
