import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { at, design, reported, run, type Reported } from '../../testing/lint-design';
import { outbox as rule } from './outbox';

const owning = (name: string) => [name, { ownsState: true }] as [string, { ownsState: boolean }];

const dualWrite = (service: string, topic: string): Reported => ({
  ruleId: 'outbox', severity: 'warning', target: at.pub(service, topic), fix: 'Publish via a transactional outbox',
  message: `${service} owns state but publishes to "${topic}" without an outbox: a dual write that can lose events or publish ones that never happened`,
});

describe('outbox', () => {
  const violations: [string, Design, Reported[]][] = [
    ['order service writes its DB and publishes', design({ services: [owning('orders')], pubs: [['orders', 'order-events', ['OrderPlaced']]] }), [dualWrite('orders', 'order-events')]],
    ['saga step reacting and publishing', design({ services: [owning('inventory')], pubs: [['inventory', 'inv', ['StockReserved'], { triggeredBy: ['inventory-consumes-orders'] }]], subs: [['orders', 'inventory']] }), [dualWrite('inventory', 'inv')]],
    ['two topics, one with outbox', design({ services: [owning('billing')], pubs: [['billing', 'invoices', ['InvoiceIssued'], { viaOutbox: true }], ['billing', 'audit', ['InvoiceAudited']]] }), [dualWrite('billing', 'audit')]],
  ];
  it.each(violations)('%s', (_, d, expected) => {
    expect(reported(rule, d)).toEqual(expected);
    const fixed = run(rule, d)[0].fix!.apply(d);
    expect(reported(rule, fixed)).toEqual([]);
    expect(fixed.publications.every((p) => p.viaOutbox)).toBe(true);
  });

  const clean: [string, Design][] = [
    ['via outbox', design({ services: [owning('orders')], pubs: [['orders', 't', ['OrderPlaced'], { viaOutbox: true }]] })],
    ['stateless gateway', design({ pubs: [['gateway', 't', ['OrderPlaced']]] })],
    ['explicitly stateless', design({ services: [['relay', { ownsState: false }]], pubs: [['relay', 't', ['OrderPlaced']]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
