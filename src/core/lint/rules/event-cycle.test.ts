import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { at, design, reported, type Reported } from '../../testing/lint-design';
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

const loop = (service: string, topic: string, message: string): Reported => ({
  ruleId: 'event-cycle', severity: 'warning', target: at.pub(service, topic), message: `Event loop: ${message} again …`,
});

describe('event-cycle', () => {
  const violations: [string, Design, Reported[]][] = [
    ['a saga whose last step starts it again is a loop, named step by step', saga(true), [loop('InventoryService', 'inventory',
      'InventoryService publishes StockReserved → PaymentService reacts with PaymentConfirmed → OrderService reacts with OrderPlaced → InventoryService reacts with StockReserved')]],
    ['two services echoing each other', design({
      pubs: [['A', 'a', ['PriceChanged'], { triggeredBy: ['A-consumes-b'] }], ['B', 'b', ['QuoteUpdated'], { triggeredBy: ['B-consumes-a'] }]],
      subs: [['a', 'B'], ['b', 'A']],
    }), [loop('A', 'a', 'A publishes PriceChanged → B reacts with QuoteUpdated → A reacts with PriceChanged')]],
    ['a service reacting to its own event', design({ pubs: [['Sync', 'changes', ['RecordSynced'], { triggeredBy: ['Sync-consumes-changes'] }]], subs: [['changes', 'Sync']] }), [
      loop('Sync', 'changes', 'Sync publishes RecordSynced → Sync reacts with RecordSynced'),
    ]],
    ['two separate loops, once each', design({
      pubs: [
        ['A', 'a', ['X'], { triggeredBy: ['A-consumes-b'] }], ['B', 'b', ['Y'], { triggeredBy: ['B-consumes-a'] }],
        ['C', 'c', ['Z'], { triggeredBy: ['C-consumes-d'] }], ['D', 'd', ['W'], { triggeredBy: ['D-consumes-c'] }],
      ],
      subs: [['a', 'B'], ['b', 'A'], ['c', 'D'], ['d', 'C']],
    }), [
      loop('A', 'a', 'A publishes X → B reacts with Y → A reacts with X'),
      loop('C', 'c', 'C publishes Z → D reacts with W → C reacts with Z'),
    ]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

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
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
