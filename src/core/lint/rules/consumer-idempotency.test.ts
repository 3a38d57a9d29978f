import { describe, expect, it } from 'vitest';
import { schemaFacts, hasFieldPath } from '../../schema';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { consumerIdempotency as rule } from './consumer-idempotency';

const schema = (properties: object, extra: object = {}) => JSON.stringify({ type: 'object', properties, ...extra });
const NO_ID = schema({ orderId: { type: 'string' }, amount: { type: 'number' } });
const WITH_REF = JSON.stringify({
  type: 'object',
  allOf: [{ $ref: '#/definitions/Envelope' }, { properties: { orderId: { type: 'string' } } }],
  definitions: { Envelope: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } } },
});

describe('consumer-idempotency', () => {
  const violations: [string, Design, string][] = [
    ['no key at all', design({ pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing']] }), 'has no idempotency key'],
    ['key that is not a field of the event', design({ events: [['PaymentConfirmed', { schema: NO_ID }]], pubs: [['pay', 't', ['PaymentConfirmed']]], subs: [['t', 'orders', { idempotencyKey: 'eventId' }]] }), 'not a field of "PaymentConfirmed"'],
    ['key present in one event only', design({ events: ['OrderPlaced', ['OrderCancelled', { schema: NO_ID }]], pubs: [['orders', 't', ['OrderPlaced', 'OrderCancelled']]], subs: [['t', 'billing', { idempotencyKey: 'eventId' }]] }), '"OrderCancelled"'],
    ['nested key path missing', design({ events: [['ItemShipped', { schema: schema({ meta: { type: 'object', properties: { traceId: { type: 'string' } } } }) }]], pubs: [['wh', 't', ['ItemShipped']]], subs: [['t', 'crm', { idempotencyKey: 'meta.id' }]] }), '"meta.id"'],
  ];
  it.each(violations)('%s', (_, d, fragment) => {
    const findings = run(rule, d);
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toContain(fragment);
  });

  const clean: [string, Design][] = [
    ['key is the event id', design({ pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing', { idempotencyKey: 'eventId' }]] })],
    ['key through $ref and allOf', design({ events: [['OrderPlaced', { schema: WITH_REF }]], pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing', { idempotencyKey: 'id' }]] })],
    ['unparseable schema is not blamed here', design({ events: [['OrderPlaced', { schema: '{ nope' }]], pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing', { idempotencyKey: 'eventId' }]] })],
    ['business key nested in every event', design({ events: [['A', { schema: schema({ order: { type: 'object', properties: { id: { type: 'string' } } } }) }]], pubs: [['s', 't', ['A']]], subs: [['t', 'c', { idempotencyKey: 'order.id' }]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));

  it('reports the JSON path where the key should be', () => {
    const [f] = run(rule, violations[3][1]);
    expect(f.path).toBe('/properties/meta/properties/id');
  });

  it('quick fix uses the event id field when the events have one', () => {
    const d = design({ events: [['OrderPlaced', { schema: WITH_REF }]], pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing']] });
    const [f] = run(rule, d);
    expect(f.fix!.title).toContain('Deduplicate on id');
    const fixed = f.fix!.apply(d);
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
    const d = violations[2][1];
    const fixed = run(rule, d)[0].fix!.apply(d);
    expect(run(rule, fixed)).toEqual([]);
  });
});
