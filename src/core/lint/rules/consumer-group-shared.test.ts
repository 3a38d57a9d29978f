import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import type { Target } from '../types';
import { at, design, reported, type Reported } from '../../testing/lint-design';
import { consumerGroupShared as rule } from './consumer-group-shared';

const shared = (target: Target, message: string, severity: 'error' | 'warning'): Reported => ({ ruleId: 'consumer-group-shared', severity, target, message });
const split = (target: Target, group: string, topic: string, others: string) =>
  shared(target, `Consumer group "${group}" on "${topic}" is shared with ${others}: each service gets only part of the stream`, 'error');
const rebalance = (target: Target, group: string, others: string) =>
  shared(target, `Consumer group "${group}" is shared with ${others} on other topics: the services rebalance together`, 'warning');

describe('consumer-group-shared', () => {
  const violations: [string, Design, Reported[]][] = [
    ['copy-pasted group on the same topic', design({ subs: [['orders', 'billing', { consumerGroup: 'workers' }], ['orders', 'shipping', { consumerGroup: 'workers' }]] }), [
      split(at.sub('orders', 'billing'), 'workers', 'orders', '"shipping"'),
      split(at.sub('orders', 'shipping'), 'workers', 'orders', '"billing"'),
    ]],
    ['default group name reused', design({ subs: [['payments', 'ledger', { consumerGroup: 'app' }], ['payments', 'fraud', { consumerGroup: 'app' }]] }), [
      split(at.sub('payments', 'fraud'), 'app', 'payments', '"ledger"'),
      split(at.sub('payments', 'ledger'), 'app', 'payments', '"fraud"'),
    ]],
    ['three services, one group', design({ subs: [['t', 'a', { consumerGroup: 'g' }], ['t', 'b', { consumerGroup: 'g' }], ['t', 'c', { consumerGroup: 'g' }]] }), [
      split(at.sub('t', 'a'), 'g', 't', '"b" and "c"'),
      split(at.sub('t', 'b'), 'g', 't', '"a" and "c"'),
      split(at.sub('t', 'c'), 'g', 't', '"a" and "b"'),
    ]],
    ['group name padded with spaces is the same group', design({ subs: [['t', 'a', { consumerGroup: 'g' }], ['t', 'b', { consumerGroup: ' g ' }]] }), [
      split(at.sub('t', 'a'), 'g', 't', '"b"'),
      split(at.sub('t', 'b'), 'g', 't', '"a"'),
    ]],
    ['same group on different topics', design({ subs: [['orders', 'billing', { consumerGroup: 'g' }], ['payments', 'shipping', { consumerGroup: 'g' }]] }), [
      rebalance(at.sub('orders', 'billing'), 'g', '"shipping"'),
      rebalance(at.sub('payments', 'shipping'), 'g', '"billing"'),
    ]],
    ['shared platform group across domains', design({ subs: [['a', 'x', { consumerGroup: 'platform' }], ['b', 'y', { consumerGroup: 'platform' }], ['c', 'z', { consumerGroup: 'platform' }]] }), [
      rebalance(at.sub('a', 'x'), 'platform', '"y" and "z"'),
      rebalance(at.sub('b', 'y'), 'platform', '"x" and "z"'),
      rebalance(at.sub('c', 'z'), 'platform', '"x" and "y"'),
    ]],
    ['one service on two topics shares with another on a third', design({ subs: [['a', 'x', { consumerGroup: 'g' }], ['b', 'x', { consumerGroup: 'g' }], ['c', 'y', { consumerGroup: 'g' }]] }), [
      rebalance(at.sub('a', 'x'), 'g', '"y"'),
      rebalance(at.sub('b', 'x'), 'g', '"y"'),
      rebalance(at.sub('c', 'y'), 'g', '"x"'),
    ]],
    ['two meet on a topic, a third is elsewhere: error where they meet, warning for the third', design({ subs: [['t', 'x', { consumerGroup: 'g' }], ['t', 'y', { consumerGroup: 'g' }], ['u', 'z', { consumerGroup: 'g' }]] }), [
      split(at.sub('t', 'x'), 'g', 't', '"y"'),
      split(at.sub('t', 'y'), 'g', 't', '"x"'),
      rebalance(at.sub('u', 'z'), 'g', '"x" and "y"'),
    ]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  it.each([
    ['own groups', design({ subs: [['orders', 'billing', { consumerGroup: 'billing' }], ['orders', 'shipping', { consumerGroup: 'shipping' }]] })],
    ['one service, one group, many topics', design({ subs: [['a', 'billing', { consumerGroup: 'billing' }], ['b', 'billing', { consumerGroup: 'billing' }]] })],
    ['no groups (queues)', design({ subs: [['q', 'a'], ['q', 'b']] })],
    ['blank groups are no group', design({ subs: [['q', 'a', { consumerGroup: ' ' }], ['q', 'b', { consumerGroup: '' }]] })],
  ] as [string, Design][])('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
