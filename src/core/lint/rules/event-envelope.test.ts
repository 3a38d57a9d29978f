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
    ['CloudEvents binary mode without a required attribute (no ce_source) is not a CloudEvent', ev('OrderPlaced', {
      schema: schema({ orderId: { type: 'string' } }),
      headersSchema: schema({ ce_id: { type: 'string' }, ce_type: { type: 'string' }, ce_specversion: { type: 'string' }, ce_time: { type: 'string' } }),
    }), [lacks('OrderPlaced', 'id, type, time, source, version')]],
    ['unprefixed CloudEvents names in the headers alone are not binary mode', ev('OrderPlaced', {
      schema: schema({ orderId: { type: 'string' } }),
      headersSchema: schema({ id: { type: 'string' }, type: { type: 'string' }, source: { type: 'string' }, specversion: { type: 'string' } }),
    }), [lacks('OrderPlaced', 'id (id is not format uuid), time')]],
    // Real case: springwolf's one-service document receives ExamplePayloadDto from example-topic, produced elsewhere.
    ['received only from topics that leave the design: info', design({
      topics: [['example-topic', { external: true }]], events: [['ExamplePayloadDto', { schema: schema({ someString: { type: 'string' } }) }]],
      subs: [['example-topic', 'Springwolf', { eventIds: ['ExamplePayloadDto'] }]],
    }), [{ ...lacks('ExamplePayloadDto', 'id, type, time, source, version'), severity: 'info', message: '"ExamplePayloadDto" lacks envelope fields in payload and headers: id, type, time, source, version (it is produced outside the design)' }]],
    ['produced in the design, even onto a topic that leaves it: warning', design({
      topics: [['user/signedup', { external: true }]], events: [['UserSignedUp', { schema: schema({ userId: { type: 'string' } }) }]],
      pubs: [['Account Service', 'user/signedup', ['UserSignedUp']]],
    }), [lacks('UserSignedUp', 'id, type, time, source, version')]],
    ['received from an external and an internal topic: warning', design({
      topics: [['a', { external: true }], 'b'], events: [['OrderPlaced', { schema: schema({ orderId: { type: 'string' } }) }]],
      subs: [['a', 'x', { eventIds: ['OrderPlaced'] }], ['b', 'y', { eventIds: ['OrderPlaced'] }]],
    }), [lacks('OrderPlaced', 'id, type, time, source, version')]],
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
    // Real case (springwolf-kafka's NestedPayloadDto): Kafka binary mode, plain strings, ce_subject too.
    ['CloudEvents binary mode, Kafka ce_ headers', ev('NestedPayloadDto', {
      schema: schema({ orderId: { type: 'string' } }),
      headersSchema: schema({
        __TypeId__: { type: 'string' }, ce_id: { type: 'string' }, ce_source: { type: 'string' }, ce_specversion: { type: 'string' },
        ce_subject: { type: 'string' }, ce_time: { type: 'string' }, ce_type: { type: 'string' }, 'content-type': { type: 'string' },
      }),
    })],
    ['CloudEvents binary mode, HTTP ce- headers, no time (optional in CloudEvents)', ev('OrderPlaced', {
      schema: schema({ orderId: { type: 'string' } }),
      headersSchema: schema({ 'ce-id': { type: 'string' }, 'ce-source': { type: 'string' }, 'ce-specversion': { type: 'string' }, 'ce-type': { type: 'string' } }),
    })],
    ['CloudEvents binary mode, AMQP cloudEvents: headers', ev('OrderPlaced', {
      schema: schema({ orderId: { type: 'string' } }),
      headersSchema: schema({ 'cloudEvents:id': { type: 'string' }, 'cloudEvents:source': { type: 'string' }, 'cloudEvents:specversion': { type: 'string' }, 'cloudEvents:type': { type: 'string' } }),
    })],
    ['CloudEvents structured mode: a string id, no time', ev('OrderPlaced', {
      schema: schema({ specversion: { type: 'string' }, id: { type: 'string' }, source: { type: 'string', format: 'uri-reference' }, type: { type: 'string' }, data: { type: 'object' } }),
    })],
    ['commands are not judged', design({ events: [['PlaceOrder', { kind: 'command', schema: schema({}) }]] })],
    ['an unreadable schema is schema-invalid\'s business', ev('OrderPlaced', { schema: '{' })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
