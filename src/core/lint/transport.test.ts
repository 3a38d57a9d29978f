// The consumer rules against PRODUCT.md §3's transport table: one row per protocol of the table
// (and per broker), each checked through all three rules.
import { describe, expect, it } from 'vitest';
import type { Broker, Json, Topic } from '../model/types';
import { design, run } from '../testing/lint-design';
import { consumerDeadLetter } from './rules/consumer-dead-letter';
import { consumerGroupShared } from './rules/consumer-group-shared';
import { consumerIdempotency } from './rules/consumer-idempotency';
import { redelivers } from './transport';

type Row = [label: string, topic: Partial<Topic>, bindings: Json | undefined, atLeastOnce: boolean];
const onProtocol = (protocol: string, atLeastOnce: boolean): Row => [protocol, { broker: 'generic', protocol }, undefined, atLeastOnce];
const onBroker = (broker: Broker): Row => [`broker ${broker}, no protocol`, { broker }, undefined, true];

const ROWS: Row[] = [
  // yes
  ...['kafka', 'kafka-secure', 'rabbitmq', 'amqp', 'amqps', 'sqs', 'sns', 'nats', 'jms', 'pulsar', 'solace', 'ibmmq', 'redis-streams', 'eventbridge', 'googlepubsub', 'anypointmq']
    .map((p) => onProtocol(p, true)),
  ...(['kafka', 'rabbitmq', 'sqs', 'sns', 'nats', 'redis-streams', 'eventbridge', 'generic'] as Broker[]).map(onBroker),
  // MQTT: yes unless the binding says QoS 0
  ...['mqtt', 'mqtts', 'secure-mqtt'].map((p) => onProtocol(p, true)),
  ['mqtt, QoS 1', { broker: 'generic', protocol: 'mqtt' }, { mqtt: { qos: 1 } }, true],
  ['mqtt, QoS 2', { broker: 'generic', protocol: 'secure-mqtt' }, { mqtt: { qos: 2 } }, true],
  ['mqtt, QoS 0', { broker: 'generic', protocol: 'mqtt' }, { mqtt: { qos: 0 } }, false],
  ['mqtts, QoS 0', { broker: 'generic', protocol: 'mqtts' }, { mqtt: { qos: 0, bindingVersion: '0.2.0' } }, false],
  // no
  ...['ws', 'wss', 'http', 'https', 'sse', 'websockets'].map((p) => onProtocol(p, false)),
  ['WS in capitals', { broker: 'generic', protocol: 'WS' }, undefined, false],
  ['ws on a kafka broker (the protocol says how it travels)', { broker: 'kafka', protocol: 'wss' }, undefined, false],
  // generic and not listed
  ...['stomp', 'mercure', 'ros2', 'something-new'].map((p) => onProtocol(p, true)),
];

describe('consumer rules and the transport table', () => {
  it.each(ROWS)('%s', (_, topic, bindings, atLeastOnce) => {
    const kept = bindings === undefined ? undefined : { bindings };
    const d = design({
      topics: [['feed', { partitionKey: undefined, ...topic }]],
      // Two services in one group on the same topic: consumer-group-shared's error case.
      subs: [['feed', 'browser', { consumerGroup: 'g', ...(kept ? { kept } : {}) }], ['feed', 'dashboard', { consumerGroup: 'g', ...(kept ? { kept } : {}) }]],
    });
    expect(redelivers(d.topics[0], d.subscriptions[0])).toBe(atLeastOnce);
    const count = atLeastOnce ? 2 : 0;
    expect(run(consumerDeadLetter, d)).toHaveLength(count);
    expect(run(consumerIdempotency, d)).toHaveLength(count);
    expect(run(consumerGroupShared, d)).toHaveLength(count);
  });

  it('a dead-letter topic and an idempotency key still satisfy the rules on an at-least-once transport', () => {
    const d = design({ topics: [['feed', { protocol: 'amqp' }], ['feed-dlq', { kind: 'dead-letter' }]], subs: [['feed', 'billing', { deadLetterTopicId: 'feed-dlq', idempotencyKey: 'eventId' }]], pubs: [['shop', 'feed', ['OrderPlaced']]] });
    expect(run(consumerDeadLetter, d)).toEqual([]);
    expect(run(consumerIdempotency, d)).toEqual([]);
  });
});
