import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { at, design, reported, type Reported } from '../../testing/lint-design';
import { eventEnvelope as rule } from './event-envelope';

const schema = (properties: object) => JSON.stringify({ type: 'object', properties });
const full = {
  eventId: { type: 'string', format: 'uuid' }, eventType: { type: 'string' }, occurredAt: { type: 'string', format: 'date-time' },
  source: { type: 'string' }, schemaVersion: { type: 'string' },
};
const without = (...keys: string[]) => Object.fromEntries(Object.entries(full).filter(([k]) => !keys.includes(k)));
const ev = (name: string, extra: object): Design => design({ events: [[name, extra]] });

const lacks = (name: string, missing: string): Reported => ({
  ruleId: 'event-envelope', severity: 'warning', target: at.event(name), message: `"${name}" lacks envelope fields in payload and headers: ${missing}`,
});

describe('event-envelope', () => {
  const violations: [string, Design, Reported[]][] = [
    ['bare business payload', ev('OrderPlaced', { schema: schema({ orderId: { type: 'string' } }) }), [lacks('OrderPlaced', 'id, type, time, source, version')]],
    ['timestamp as a plain string', ev('StockReserved', { schema: schema({ ...without('occurredAt'), timestamp: { type: 'string' } }) }), [lacks('StockReserved', 'time (timestamp is not format date-time)')]],
    ['id that is not a uuid', ev('PaymentConfirmed', { schema: schema({ ...without('eventId'), id: { type: 'integer' } }) }), [lacks('PaymentConfirmed', 'id (id is not a string)')]],
    ['id that is a string but not a uuid', ev('OrderShipped', { schema: schema({ ...without('eventId'), id: { type: 'string' } }) }), [lacks('OrderShipped', 'id (id is not format uuid)')]],
    ['no version anywhere', ev('ItemShipped', { schema: schema(without('schemaVersion')) }), [lacks('ItemShipped', 'version')]],
    ['headers do not make up for what neither has', ev('OrderPlaced', { schema: schema(without('source', 'schemaVersion')), headersSchema: schema({ source: { type: 'string' } }) }), [lacks('OrderPlaced', 'version')]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  const clean: [string, Design][] = [
    ['full envelope in the payload', ev('OrderPlaced', { schema: schema(full) })],
    ['envelope in the headers', ev('OrderPlaced', { schema: schema({ orderId: { type: 'string' } }), headersSchema: schema(full) })],
    ['CloudEvents names split between payload and headers', ev('OrderPlaced', {
      schema: schema({ id: { type: 'string', format: 'uuid' }, type: { type: 'string' }, time: { type: 'string', format: 'date-time' } }),
      headersSchema: schema({ source: { type: 'string' }, specversion: { type: 'string' } }),
    })],
    ['commands are not judged', design({ events: [['PlaceOrder', { kind: 'command', schema: schema({}) }]] })],
    ['an unreadable schema is schema-invalid\'s business', ev('OrderPlaced', { schema: '{' })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
