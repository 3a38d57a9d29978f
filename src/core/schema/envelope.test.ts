import { describe, expect, it } from 'vitest';
import type { EventType } from '../model/types';
import { schemaFacts } from './facts';
import { ENVELOPE_NAMES, envelopeOf, findIdField, type EnvelopeRole } from './envelope';

const uuid = { type: 'string', format: 'uuid' };
const dateTime = { type: 'string', format: 'date-time' };

function event(props: Record<string, unknown>, headers?: Record<string, unknown>, extra: Partial<EventType> = {}): EventType {
  return {
    id: 'e', name: 'OrderPlaced', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema',
    schema: JSON.stringify({ type: 'object', properties: props }),
    ...(headers ? { headersSchema: JSON.stringify({ type: 'object', properties: headers }) } : {}),
    ...extra,
  };
}

const complete = { eventId: uuid, eventType: { type: 'string' }, occurredAt: dateTime, source: { type: 'string' }, schemaVersion: { type: 'string' } };

describe('envelopeOf', () => {
  it('finds a complete envelope in the payload', () => {
    const env = envelopeOf(event(complete));
    expect(env.missing).toEqual([]);
    expect(env.id).toMatchObject({ path: 'eventId', in: 'payload' });
    expect(env.time).toMatchObject({ path: 'occurredAt' });
    expect(env.payloadOk).toBe(true);
  });

  const roles = Object.entries(ENVELOPE_NAMES) as [EnvelopeRole, readonly string[]][];
  it.each(roles.flatMap(([role, names]) => names.map((name) => [role, name] as const)))('accepts %s named %s', (role, name) => {
    const sub = role === 'id' ? uuid : role === 'time' ? dateTime : { type: 'string' };
    const env = envelopeOf(event({ [name]: sub }));
    expect(env[role]).toMatchObject({ path: name });
    expect(env.missing).not.toContain(role);
    expect(env.missing).toHaveLength(4);
  });

  it('names what is missing, with the reason when a name has the wrong type or format', () => {
    const env = envelopeOf(event({ eventId: { type: 'string' }, timestamp: { type: 'integer' }, type: { type: 'string' } }));
    expect(env.missing).toEqual(['id', 'time', 'source', 'version']);
    expect(env.reasons).toEqual({ id: 'eventId is not format uuid', time: 'timestamp is not format date-time' });
    expect(envelopeOf(event({ id: { type: 'integer', format: 'uuid' } })).reasons.id).toBe('id is not a string');
  });

  it('prefers a valid candidate over an earlier invalid one', () => {
    expect(envelopeOf(event({ id: { type: 'integer' }, event_id: uuid })).id).toMatchObject({ path: 'event_id' });
  });

  it('matches names case-insensitively, at the top level only', () => {
    const env = envelopeOf(event({ EventID: uuid, meta: { type: 'object', properties: { source: { type: 'string' } } } }));
    expect(env.id).toMatchObject({ path: 'EventID' });
    expect(env.missing).toContain('source');
  });

  it('looks in the headers schema too', () => {
    const env = envelopeOf(event({ orderId: { type: 'string' } }, complete));
    expect(env.missing).toEqual([]);
    expect(env.id).toMatchObject({ in: 'headers', path: 'eventId' });
    const split = envelopeOf(event({ eventId: uuid, type: {} }, { time: dateTime, source: {}, version: {} }));
    expect(split.missing).toEqual([]);
    expect(split.time).toMatchObject({ in: 'headers' });
  });

  it('honours the event idField, formats still required', () => {
    const props = { meta: { type: 'object', properties: { key: uuid } } };
    expect(envelopeOf(event(props, undefined, { idField: 'meta.key' })).id).toMatchObject({ path: 'meta.key' });
    expect(envelopeOf(event(props)).missing).toContain('id');
  });

  it('follows $ref and allOf for envelope fields, and reads Avro logical types', () => {
    const schema = JSON.stringify({
      definitions: { Envelope: { type: 'object', properties: complete } },
      allOf: [{ $ref: '#/definitions/Envelope' }, { properties: { orderId: { type: 'string' } } }],
    });
    expect(envelopeOf({ schema, schemaFormat: 'json-schema' }).missing).toEqual([]);
    const avro = JSON.stringify({
      type: 'record', name: 'E',
      fields: [
        { name: 'id', type: { type: 'string', logicalType: 'uuid' } },
        { name: 'time', type: { type: 'long', logicalType: 'timestamp-micros' } },
        { name: 'type', type: 'string' }, { name: 'source', type: 'string' }, { name: 'specversion', type: 'string' },
      ],
    });
    expect(envelopeOf({ schema: avro, schemaFormat: 'avro' }).missing).toEqual([]);
  });

  it('reports everything missing for an unreadable schema', () => {
    const env = envelopeOf({ schema: '{', schemaFormat: 'json-schema' });
    expect(env.payloadOk).toBe(false);
    expect(env.missing).toHaveLength(5);
  });
});

describe('findIdField', () => {
  it('returns the first valid id field, else any id-named field, else nothing', () => {
    const f = (props: Record<string, unknown>) => schemaFacts(JSON.stringify({ properties: props }), 'json-schema');
    expect(findIdField(f({ id: { type: 'string' }, eventId: uuid }))?.path).toBe('eventId');
    expect(findIdField(f({ event_id: { type: 'string' } }))?.path).toBe('event_id');
    expect(findIdField(f({ orderId: uuid }))).toBeUndefined();
  });
});
