import { describe, expect, it } from 'vitest';
import { schemaFacts, hasFieldPath } from '../../schema';
import type { Design } from '../../model/types';
import { at, design, reported, run, type Reported } from '../../testing/lint-design';
import { consumerIdempotency as rule } from './consumer-idempotency';

const schema = (properties: object, extra: object = {}) => JSON.stringify({ type: 'object', properties, ...extra });
const NO_ID = schema({ orderId: { type: 'string' }, amount: { type: 'number' } });
const WITH_REF = JSON.stringify({
  type: 'object',
  allOf: [{ $ref: '#/definitions/Envelope' }, { properties: { orderId: { type: 'string' } } }],
  definitions: { Envelope: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } } },
});

const AVRO = JSON.stringify({ type: 'record', name: 'OrderPlaced', fields: [{ name: 'orderId', type: 'string' }] });
const noKey = (topic: string, service: string, fix: string): Reported => ({
  ruleId: 'consumer-idempotency', severity: 'error', target: at.sub(topic, service), fix,
  message: `${topic} → ${service} has no idempotency key: a redelivered event is processed twice`,
});
const notAField = (topic: string, service: string, key: string, event: string, path: string, fix?: string): Reported => ({
  ruleId: 'consumer-idempotency', severity: 'error', target: at.sub(topic, service), path, ...(fix ? { fix } : {}),
  message: `Idempotency key "${key}" of ${topic} → ${service} is not a field of "${event}"`,
});

describe('consumer-idempotency', () => {
  const violations: [string, Design, Reported[]][] = [
    ['no key at all', design({ pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing']] }), [noKey('t', 'billing', 'Deduplicate on eventId')]],
    ['a blank key is no key', design({ pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing', { idempotencyKey: '  ' }]] }), [noKey('t', 'billing', 'Deduplicate on eventId')]],
    ['key that is not a field of the event', design({ events: [['PaymentConfirmed', { schema: NO_ID }]], pubs: [['pay', 't', ['PaymentConfirmed']]], subs: [['t', 'orders', { idempotencyKey: 'eventId' }]] }), [
      notAField('t', 'orders', 'eventId', 'PaymentConfirmed', '/properties/eventId', 'Add eventId (uuid) to PaymentConfirmed'),
    ]],
    ['key present in one event only', design({ events: ['OrderPlaced', ['OrderCancelled', { schema: NO_ID }]], pubs: [['orders', 't', ['OrderPlaced', 'OrderCancelled']]], subs: [['t', 'billing', { idempotencyKey: 'eventId' }]] }), [
      notAField('t', 'billing', 'eventId', 'OrderCancelled', '/properties/eventId', 'Add eventId (uuid) to OrderCancelled'),
    ]],
    ['nested key path missing', design({ events: [['ItemShipped', { schema: schema({ meta: { type: 'object', properties: { traceId: { type: 'string' } } } }) }]], pubs: [['wh', 't', ['ItemShipped']]], subs: [['t', 'crm', { idempotencyKey: 'meta.id' }]] }), [
      notAField('t', 'crm', 'meta.id', 'ItemShipped', '/properties/meta/properties/id', 'Deduplicate on eventId'),
    ]],
    ['Avro event without the key: no fix to offer', design({ events: [['OrderPlaced', { schemaFormat: 'avro', schema: AVRO }]], pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing', { idempotencyKey: 'eventId' }]] }), [
      notAField('t', 'billing', 'eventId', 'OrderPlaced', '/properties/eventId'),
    ]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  const clean: [string, Design][] = [
    ['key is the event id', design({ pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing', { idempotencyKey: 'eventId' }]] })],
    ['key through $ref and allOf', design({ events: [['OrderPlaced', { schema: WITH_REF }]], pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing', { idempotencyKey: 'id' }]] })],
    ['unparseable schema is not blamed here', design({ events: [['OrderPlaced', { schema: '{ nope' }]], pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing', { idempotencyKey: 'eventId' }]] })],
    ['business key nested in every event', design({ events: [['A', { schema: schema({ order: { type: 'object', properties: { id: { type: 'string' } } } }) }]], pubs: [['s', 't', ['A']]], subs: [['t', 'c', { idempotencyKey: 'order.id' }]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));

  it('quick fix uses the event id field when the events have one', () => {
    const d = design({ events: [['OrderPlaced', { schema: WITH_REF }]], pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing']] });
    expect(reported(rule, d)).toEqual([noKey('t', 'billing', 'Deduplicate on id')]);
    const fixed = run(rule, d)[0].fix!.apply(d);
    expect(fixed.subscriptions[0].idempotencyKey).toBe('id');
    expect(fixed.events[0].schema).toBe(WITH_REF);
    expect(run(rule, fixed)).toEqual([]);
  });

  it('quick fix adds an optional eventId (uuid) to a schema without an id field', () => {
    const d = design({ events: [['PaymentConfirmed', { schema: NO_ID, examples: ['{"orderId":"o1","amount":3}'] }]], pubs: [['pay', 't', ['PaymentConfirmed']]], subs: [['t', 'orders']] });
    const fixed = run(rule, d)[0].fix!.apply(d);
    const facts = schemaFacts(fixed.events[0].schema);
    expect(hasFieldPath(facts, 'eventId')).toBe(true);
    expect(facts.fields.find((x) => x.path === 'eventId')).toMatchObject({ type: 'string', format: 'uuid', required: false });
    expect(fixed.events[0].idField).toBe('eventId');
    expect(fixed.subscriptions[0].idempotencyKey).toBe('eventId');
    expect(d.events[0].schema).toBe(NO_ID);
    expect(run(rule, fixed)).toEqual([]);
  });

  it('quick fix repairs a key that one handled event lacks', () => {
    const d = violations[3][1];
    const fixed = run(rule, d)[0].fix!.apply(d);
    expect(run(rule, fixed)).toEqual([]);
  });
});
