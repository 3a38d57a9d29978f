import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { eventEnvelope as rule } from './event-envelope';

const schema = (properties: object) => JSON.stringify({ type: 'object', properties });
const full = {
  eventId: { type: 'string', format: 'uuid' }, eventType: { type: 'string' }, occurredAt: { type: 'string', format: 'date-time' },
  source: { type: 'string' }, schemaVersion: { type: 'string' },
};
const without = (...keys: string[]) => Object.fromEntries(Object.entries(full).filter(([k]) => !keys.includes(k)));
const ev = (name: string, extra: object): Design => design({ events: [[name, extra]] });

describe('event-envelope', () => {
  const violations: [string, Design, string[]][] = [
    ['bare business payload', ev('OrderPlaced', { schema: schema({ orderId: { type: 'string' } }) }), ['id', 'type', 'time', 'source', 'version']],
    ['timestamp as a plain string', ev('StockReserved', { schema: schema({ ...without('occurredAt'), timestamp: { type: 'string' } }) }), ['time (timestamp is not format date-time)']],
    ['id that is not a uuid', ev('PaymentConfirmed', { schema: schema({ ...without('eventId'), id: { type: 'integer' } }) }), ['id (id is not a string)']],
    ['no version anywhere', ev('ItemShipped', { schema: schema(without('schemaVersion')) }), ['version']],
  ];
  it.each(violations)('%s', (_, d, missing) => {
    const [f] = run(rule, d);
    expect(f.severity).toBe('warning');
    expect(f.message.split(': ').slice(1).join(': ')).toBe(missing.join(', '));
  });

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
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));
});
