import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { consumerGroupShared as rule } from './consumer-group-shared';

describe('consumer-group-shared', () => {
  it.each([
    ['copy-pasted group on the same topic', design({ subs: [['orders', 'billing', { consumerGroup: 'workers' }], ['orders', 'shipping', { consumerGroup: 'workers' }]] })],
    ['default group name reused', design({ subs: [['payments', 'ledger', { consumerGroup: 'app' }], ['payments', 'fraud', { consumerGroup: 'app' }]] })],
    ['three services, one group', design({ subs: [['t', 'a', { consumerGroup: 'g' }], ['t', 'b', { consumerGroup: 'g' }], ['t', 'c', { consumerGroup: 'g' }]] })],
  ] as [string, Design][])('%s → error on each subscription', (_, d) => {
    const findings = run(rule, d);
    expect(findings.length).toBe(d.subscriptions.length);
    for (const f of findings) expect(f).toMatchObject({ severity: 'error', target: { kind: 'subscription' } });
    expect(findings[0].message).toContain('only part of the stream');
  });

  it.each([
    ['same group on different topics', design({ subs: [['orders', 'billing', { consumerGroup: 'g' }], ['payments', 'shipping', { consumerGroup: 'g' }]] })],
    ['shared platform group across domains', design({ subs: [['a', 'x', { consumerGroup: 'platform' }], ['b', 'y', { consumerGroup: 'platform' }], ['c', 'z', { consumerGroup: 'platform' }]] })],
    ['one service on two topics shares with another', design({ subs: [['a', 'x', { consumerGroup: 'g' }], ['b', 'x', { consumerGroup: 'g' }], ['c', 'y', { consumerGroup: 'g' }]] })],
  ] as [string, Design][])('%s → warning', (_, d) => {
    const findings = run(rule, d);
    expect(findings.length).toBe(d.subscriptions.length);
    for (const f of findings) expect(f.severity).toBe('warning');
    expect(findings[0].message).toContain('rebalance together');
  });

  it.each([
    ['own groups', design({ subs: [['orders', 'billing', { consumerGroup: 'billing' }], ['orders', 'shipping', { consumerGroup: 'shipping' }]] })],
    ['one service, one group, many topics', design({ subs: [['a', 'billing', { consumerGroup: 'billing' }], ['b', 'billing', { consumerGroup: 'billing' }]] })],
    ['no groups (queues)', design({ subs: [['q', 'a'], ['q', 'b']] })],
  ] as [string, Design][])('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));
});
