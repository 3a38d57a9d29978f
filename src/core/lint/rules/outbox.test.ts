import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { outbox as rule } from './outbox';

const owning = (name: string) => [name, { ownsState: true }] as [string, { ownsState: boolean }];

describe('outbox', () => {
  const violations: [string, Design][] = [
    ['order service writes its DB and publishes', design({ services: [owning('orders')], pubs: [['orders', 'order-events', ['OrderPlaced']]] })],
    ['saga step reacting and publishing', design({ services: [owning('inventory')], pubs: [['inventory', 'inv', ['StockReserved'], { triggeredBy: ['inventory-consumes-orders'] }]], subs: [['orders', 'inventory']] })],
    ['two topics, one with outbox', design({ services: [owning('billing')], pubs: [['billing', 'invoices', ['InvoiceIssued'], { viaOutbox: true }], ['billing', 'audit', ['InvoiceAudited']]] })],
  ];
  it.each(violations)('%s', (_, d) => {
    const findings = run(rule, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', target: { kind: 'publication' } });
    const fixed = findings[0].fix!.apply(d);
    expect(run(rule, fixed)).toEqual([]);
  });
  const clean: [string, Design][] = [
    ['via outbox', design({ services: [owning('orders')], pubs: [['orders', 't', ['OrderPlaced'], { viaOutbox: true }]] })],
    ['stateless gateway', design({ pubs: [['gateway', 't', ['OrderPlaced']]] })],
    ['explicitly stateless', design({ services: [['relay', { ownsState: false }]], pubs: [['relay', 't', ['OrderPlaced']]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));
});
