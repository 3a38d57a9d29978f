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
    ['Kafka topic with a blank key', design({ topics: [['orders', { partitionKey: ' ' }]], pubs: [['svc', 'orders', ['OrderPlaced']]] }), [noKey('Kafka topic', 'orders')]],
    ['RabbitMQ with partitions and no key', design({ topics: [['orders', { broker: 'rabbitmq', partitions: 4, partitionKey: undefined }]], subs: [['orders', 'billing', { eventIds: ['OrderPlaced'] }]] }), [noKey('topic with 4 partitions', 'orders')]],
    // Real case: springwolf's one-service document consumes example-topic; the producers elsewhere choose the key.
    ['external topic the design only consumes: info', design({ topics: [['example-topic', { partitionKey: undefined, external: true }]], subs: [['example-topic', 'Springwolf', { eventIds: ['ExamplePayloadDto'] }]] }), [{
      ...noKey('Kafka topic', 'example-topic'), severity: 'info',
      message: 'Kafka topic "example-topic" has no partition key: related events may be processed out of order (its producers are outside the design)',
    }]],
    ['external topic the design publishes to: still a warning', design({ topics: [['test', { partitionKey: undefined, external: true }]], pubs: [['Kafka test', 'test', ['testMessage']]] }), [noKey('Kafka topic', 'test')]],
    ['imported Kafka channel that only declares its messages', design({ events: ['OrderPlaced'], topics: [['orders', { partitionKey: undefined, declaredEventIds: ['OrderPlaced'] }]] }), [noKey('Kafka topic', 'orders')]],
    ['key missing from one carried event', design({ events: ['OrderPlaced', ['CustomerMerged', { schema: NO_ORDER_ID }]], pubs: [['svc', 'orders', ['OrderPlaced', 'CustomerMerged']]] }), [
      notAField('orders', 'orderId', 'CustomerMerged'),
    ]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  const clean: [string, Design][] = [
    ['Kafka topic keyed on orderId', design({ pubs: [['svc', 'orders', ['OrderPlaced']]] })],
    // Dead-letter topics are exempt (issue 16: the dead-letter quick fix's topic drew this warning).
    ['dead-letter topic without a key', design({ topics: [['dlq', { kind: 'dead-letter', partitionKey: undefined }]], subs: [['orders', 'billing', { deadLetterTopicId: 'dlq', eventIds: ['OrderPlaced'] }]] })],
    ['dead-letter topic keyed on a field its events lack', design({ topics: [['dlq', { kind: 'dead-letter', partitionKey: 'customerId' }]], subs: [['orders', 'billing', { deadLetterTopicId: 'dlq', eventIds: ['OrderPlaced'] }]] })],
    // A freshly dropped topic carries nothing yet: orphan-topic alone speaks (issue 16: two warnings at once).
    ['Kafka topic that carries no event yet', design({ topics: [['topic', { partitionKey: undefined }]] })],
    ['Kafka topic whose only consumer takes everything and nothing is published', design({ topics: [['t', { partitionKey: undefined }]], subs: [['t', 'audit']] })],
    ['key known only from a message-key schema', design({ topics: [['orders', { partitionKey: undefined, keyedByMessageKey: true }]] })],
    ['single-partition SQS queue', design({ topics: [['q', { broker: 'sqs', partitionKey: undefined }]] })],
    ['RabbitMQ with one partition', design({ topics: [['q', { broker: 'rabbitmq', partitions: 1, partitionKey: undefined }]] })],
    ['an event with an unreadable schema is schema-invalid\'s business', design({ events: [['OrderPlaced', { schema: '{' }]], pubs: [['svc', 'orders', ['OrderPlaced']]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
