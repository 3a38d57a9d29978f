import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { at, design, reported, type Reported } from '../../testing/lint-design';
import { unproducedEvent as rule } from './unproduced-event';

const unproduced = (topic: string, service: string, event: string): Reported => ({
  ruleId: 'unproduced-event', severity: 'warning', target: at.sub(topic, service), message: `${service} handles "${event}" but nothing puts it on "${topic}"`,
});

describe('unproduced-event', () => {
  const violations: [string, Design, Reported[]][] = [
    ['nobody publishes it', design({ subs: [['payments', 'orders', { eventIds: ['PaymentConfirmed'] }]] }), [unproduced('payments', 'orders', 'PaymentConfirmed')]],
    ['published on another topic', design({ pubs: [['pay', 'payments-v2', ['PaymentConfirmed']]], subs: [['payments', 'orders', { eventIds: ['PaymentConfirmed'] }]] }), [unproduced('payments', 'orders', 'PaymentConfirmed')]],
    // Real case: springwolf's one-service document consumes example-topic; its producers are elsewhere.
    ['on a topic that leaves the design: info', design({ topics: [['example-topic', { external: true }]], subs: [['example-topic', 'Springwolf', { eventIds: ['ExamplePayloadDto'] }]] }), [{
      ruleId: 'unproduced-event', severity: 'info', target: at.sub('example-topic', 'Springwolf'),
      message: 'Springwolf handles "ExamplePayloadDto" from "example-topic", which leaves the design: its producers are outside it',
    }]],
    ['one of two handled events missing', design({ pubs: [['pay', 'p', ['PaymentConfirmed']]], subs: [['p', 'orders', { eventIds: ['PaymentConfirmed', 'PaymentFailed'] }]] }), [unproduced('p', 'orders', 'PaymentFailed')]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  const clean: [string, Design][] = [
    ['produced on the same topic', design({ pubs: [['pay', 'p', ['PaymentConfirmed']]], subs: [['p', 'orders', { eventIds: ['PaymentConfirmed'] }]] })],
    ['reprocessor of dead letters', design({
      topics: [['dlq', { kind: 'dead-letter' }]],
      pubs: [['pay', 'p', ['PaymentConfirmed']]],
      subs: [['p', 'orders', { eventIds: ['PaymentConfirmed'], deadLetterTopicId: 'dlq' }], ['dlq', 'replayer', { eventIds: ['PaymentConfirmed'] }]],
    })],
    ['subscription to everything on the topic', design({ subs: [['p', 'audit']] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
