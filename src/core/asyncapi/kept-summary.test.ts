import { describe, expect, it } from 'vitest';
import { keptSummary, protocolLabel } from './kept-summary';

describe('what the inspector says was kept', () => {
  it('counts bindings, headers, examples, tags and servers; names the rest; leaves our own out', () => {
    expect(keptSummary({
      bindings: { kafka: {}, amqp: {}, ws: {} }, headers: { type: 'object', properties: { a: {}, b: {} } }, security: [{ type: 'plain' }],
      examples: [{ name: 'x', payload: 1 }], tags: [{ name: 't' }], servers: ['a', 'b'], title: 'T', 'x-eventsmith-kept': true, 'x-team': 'core',
    })).toEqual(['3 bindings', '2 headers', 'security', '1 named example', '1 tag', '2 servers', 'title', 'x-team']);
    expect(keptSummary({ info: { license: {}, tags: [{}, {}] }, components: { securitySchemes: { a: {}, b: {} } } })).toEqual(['license', '2 tags', '2 security schemes']);
    // A service keeps its document's servers by the document's keys.
    expect(keptSummary({ servers: { mosquitto: 'mosquitto-2', websocket: 'websockets' } })).toEqual(['2 servers']);
    expect(keptSummary({ channels: { a: {}, b: {} }, messages: { m: {} } })).toEqual(['2 channels as its document says them', '1 message as its document says it']);
    expect(keptSummary({ bindings: { solace: {} }, 'x-eventsmith-2x-bindings': { smf: {}, rabbit: null }, 'x-eventsmith-declared-channels': ['audit'] }))
      .toEqual(['1 binding', '2 2.x bindings (smf, rabbit)', '1 channel without an operation']);
    expect(keptSummary(undefined)).toEqual([]);
    expect(keptSummary({})).toEqual([]);
  });
  it('calls MQTT and WebSocket what they are', () => {
    expect([protocolLabel('mqtt'), protocolLabel('ws'), protocolLabel('wss'), protocolLabel('toString'), protocolLabel(undefined)]).toEqual(['MQTT', 'WebSocket', 'WebSocket (TLS)', 'toString', undefined]);
  });
});
