import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { at, design, reported, type Reported } from '../../testing/lint-design';
import { unconsumedEvent as rule } from './unconsumed-event';

const unconsumed = (service: string, topic: string, event: string): Reported => ({
  ruleId: 'unconsumed-event', severity: 'warning', target: at.pub(service, topic), message: `"${event}" is published to "${topic}" but no subscription handles it`,
});

describe('unconsumed-event', () => {
  const violations: [string, Design, Reported[]][] = [
    ['published, nobody listens', design({ pubs: [['orders', 'order-events', ['OrderPlaced']]] }), [unconsumed('orders', 'order-events', 'OrderPlaced')]],
    ['consumer filters it out', design({ pubs: [['orders', 't', ['OrderPlaced', 'OrderCancelled']]], subs: [['t', 'billing', { eventIds: ['OrderPlaced'] }]] }), [unconsumed('orders', 't', 'OrderCancelled')]],
    ['consumer listens on another topic', design({ pubs: [['orders', 'a', ['OrderPlaced']]], subs: [['b', 'billing', { eventIds: ['OrderPlaced'] }]] }), [unconsumed('orders', 'a', 'OrderPlaced')]],
    // Real case: a one-service AsyncAPI document (microcks' Account Service publishes user/signedup; its consumers are elsewhere).
    ['on a topic that leaves the design: info', design({ topics: [['user/signedup', { external: true }]], pubs: [['Account Service', 'user/signedup', ['UserSignedUp']]] }), [{
      ruleId: 'unconsumed-event', severity: 'info', target: at.pub('Account Service', 'user/signedup'),
      message: '"UserSignedUp" is published to "user/signedup", which leaves the design: its consumers are outside it',
    }]],
    ['two events nobody handles, one finding each', design({ pubs: [['orders', 't', ['OrderPlaced', 'OrderCancelled']]] }), [unconsumed('orders', 't', 'OrderCancelled'), unconsumed('orders', 't', 'OrderPlaced')]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  const clean: [string, Design][] = [
    ['handled explicitly', design({ pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing', { eventIds: ['OrderPlaced'] }]] })],
    ['subscription takes everything on the topic', design({ pubs: [['orders', 't', ['OrderPlaced', 'OrderCancelled']]], subs: [['t', 'audit']] })],
    ['published to a dead-letter topic', design({ topics: [['dlq', { kind: 'dead-letter' }]], pubs: [['orders', 'dlq', ['OrderPlaced']]] })],
    ['split between two consumers', design({ pubs: [['o', 't', ['A', 'B']]], subs: [['t', 'x', { eventIds: ['A'] }], ['t', 'y', { eventIds: ['B'] }]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
