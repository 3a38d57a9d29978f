import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { eventCycle as rule } from './event-cycle';

// Publication ids are `<service>-publishes-<topic>`, subscription ids `<service>-consumes-<topic>`.
const saga = (lastTriggered: boolean): Design =>
  design({
    pubs: [
      ['OrderService', 'orders', ['OrderPlaced'], { triggeredBy: lastTriggered ? ['OrderService-consumes-payments'] : [] }],
      ['InventoryService', 'inventory', ['StockReserved'], { triggeredBy: ['InventoryService-consumes-orders'] }],
      ['PaymentService', 'payments', ['PaymentConfirmed'], { triggeredBy: ['PaymentService-consumes-inventory'] }],
    ],
    subs: [['orders', 'InventoryService'], ['inventory', 'PaymentService'], ['payments', 'OrderService']],
  });

describe('event-cycle', () => {
  it('a saga whose last step starts it again is a loop, named step by step', () => {
    const findings = run(rule, saga(true));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', target: { kind: 'publication', id: 'InventoryService-publishes-inventory' } });
    expect(findings[0].message).toBe(
      'Event loop: InventoryService publishes StockReserved → PaymentService reacts with PaymentConfirmed → OrderService reacts with OrderPlaced → InventoryService reacts with StockReserved again …',
    );
  });

  it('two services echoing each other', () => {
    const d = design({
      pubs: [['A', 'a', ['PriceChanged'], { triggeredBy: ['A-consumes-b'] }], ['B', 'b', ['QuoteUpdated'], { triggeredBy: ['B-consumes-a'] }]],
      subs: [['a', 'B'], ['b', 'A']],
    });
    const [f] = run(rule, d);
    expect(f.message).toBe('Event loop: A publishes PriceChanged → B reacts with QuoteUpdated → A reacts with PriceChanged again …');
  });

  it('a service reacting to its own event', () => {
    const d = design({ pubs: [['Sync', 'changes', ['RecordSynced'], { triggeredBy: ['Sync-consumes-changes'] }]], subs: [['changes', 'Sync']] });
    expect(run(rule, d)[0].message).toBe('Event loop: Sync publishes RecordSynced → Sync reacts with RecordSynced again …');
  });

  it('reports two separate loops once each', () => {
    const d = design({
      pubs: [
        ['A', 'a', ['X'], { triggeredBy: ['A-consumes-b'] }], ['B', 'b', ['Y'], { triggeredBy: ['B-consumes-a'] }],
        ['C', 'c', ['Z'], { triggeredBy: ['C-consumes-d'] }], ['D', 'd', ['W'], { triggeredBy: ['D-consumes-c'] }],
      ],
      subs: [['a', 'B'], ['b', 'A'], ['c', 'D'], ['d', 'C']],
    });
    expect(run(rule, d).map((f) => f.target.id)).toEqual(['A-publishes-a', 'C-publishes-c']);
  });

  const clean: [string, Design][] = [
    ['the order saga ends', saga(false)],
    ['reaction to an event the subscription does not handle', design({
      pubs: [['A', 'a', ['X'], { triggeredBy: ['A-consumes-b'] }], ['B', 'b', ['Y'], { triggeredBy: ['B-consumes-a'] }], ['B', 'b2', ['Z']]],
      subs: [['a', 'B'], ['b', 'A', { eventIds: ['Other'] }]],
    })],
    ['loop only through a dead-letter topic', design({
      topics: [['dlq', { kind: 'dead-letter' }]],
      pubs: [['A', 'a', ['X'], { triggeredBy: ['A-consumes-dlq'] }]],
      subs: [['a', 'B', { deadLetterTopicId: 'dlq' }], ['dlq', 'A']],
    })],
    ['no triggers at all', design({ pubs: [['A', 'a', ['X']]], subs: [['a', 'A']] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));
});
