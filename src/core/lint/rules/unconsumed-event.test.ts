import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { unconsumedEvent as rule } from './unconsumed-event';

describe('unconsumed-event', () => {
  const violations: [string, Design, string][] = [
    ['published, nobody listens', design({ pubs: [['orders', 'order-events', ['OrderPlaced']]] }), '"OrderPlaced" is published to "order-events"'],
    ['consumer filters it out', design({ pubs: [['orders', 't', ['OrderPlaced', 'OrderCancelled']]], subs: [['t', 'billing', { eventIds: ['OrderPlaced'] }]] }), '"OrderCancelled"'],
    ['consumer listens on another topic', design({ pubs: [['orders', 'a', ['OrderPlaced']]], subs: [['b', 'billing', { eventIds: ['OrderPlaced'] }]] }), 'to "a"'],
  ];
  it.each(violations)('%s', (_, d, fragment) => {
    const findings = run(rule, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', target: { kind: 'publication' } });
    expect(findings[0].message).toContain(fragment);
  });
  const clean: [string, Design][] = [
    ['handled explicitly', design({ pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing', { eventIds: ['OrderPlaced'] }]] })],
    ['subscription takes everything on the topic', design({ pubs: [['orders', 't', ['OrderPlaced', 'OrderCancelled']]], subs: [['t', 'audit']] })],
    ['published to a dead-letter topic', design({ topics: [['dlq', { kind: 'dead-letter' }]], pubs: [['orders', 'dlq', ['OrderPlaced']]] })],
    ['split between two consumers', design({ pubs: [['o', 't', ['A', 'B']]], subs: [['t', 'x', { eventIds: ['A'] }], ['t', 'y', { eventIds: ['B'] }]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));
});
