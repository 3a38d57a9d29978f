import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { unproducedEvent as rule } from './unproduced-event';

describe('unproduced-event', () => {
  const violations: [string, Design, string][] = [
    ['nobody publishes it', design({ subs: [['payments', 'orders', { eventIds: ['PaymentConfirmed'] }]] }), 'handles "PaymentConfirmed" but nothing puts it on "payments"'],
    ['published on another topic', design({ pubs: [['pay', 'payments-v2', ['PaymentConfirmed']]], subs: [['payments', 'orders', { eventIds: ['PaymentConfirmed'] }]] }), '"payments"'],
    ['one of two handled events missing', design({ pubs: [['pay', 'p', ['PaymentConfirmed']]], subs: [['p', 'orders', { eventIds: ['PaymentConfirmed', 'PaymentFailed'] }]] }), '"PaymentFailed"'],
  ];
  it.each(violations)('%s', (_, d, fragment) => {
    const findings = run(rule, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', target: { kind: 'subscription' } });
    expect(findings[0].message).toContain(fragment);
  });
  const clean: [string, Design][] = [
    ['produced on the same topic', design({ pubs: [['pay', 'p', ['PaymentConfirmed']]], subs: [['p', 'orders', { eventIds: ['PaymentConfirmed'] }]] })],
    ['reprocessor of dead letters', design({
      topics: [['dlq', { kind: 'dead-letter' }]],
      pubs: [['pay', 'p', ['PaymentConfirmed']]],
      subs: [['p', 'orders', { eventIds: ['PaymentConfirmed'], deadLetterTopicId: 'dlq' }], ['dlq', 'replayer', { eventIds: ['PaymentConfirmed'] }]],
    })],
    ['subscription to everything on the topic', design({ subs: [['p', 'audit']] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));
});
