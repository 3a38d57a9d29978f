// A payload or headers schema that is only a reference to the network (a registry, a URL) is kept
// as that reference, as the same reference nested inside a schema always was: never fetched (the
// app works offline and never reaches other hosts), written back exactly, reported once.
import { describe, expect, it } from 'vitest';
import { exportAsyncApi, toYaml } from '../export/index';
import { importAsyncApi } from './index';
import { ImportError } from './errors';

const v3 = `asyncapi: 3.0.0
info: { title: Orders, version: 1.0.0 }
channels:
  orders:
    address: orders
    messages:
      placed:
        headers: { $ref: 'https://registry.example.com/headers/standard.json' }
        payload: { $ref: 'https://registry.example.com/schemas/order-placed.json' }
      shipped:
        payload: { $ref: '#/components/schemas/Shipped' }
operations:
  sendOrders: { action: send, channel: { $ref: '#/channels/orders' } }
components:
  schemas:
    Shipped: { $ref: 'https://registry.example.com/schemas/order-shipped.json#/definitions/Shipped' }
`;

const v2 = `asyncapi: 2.6.0
info: { title: Orders, version: 1.0.0 }
channels:
  orders:
    subscribe:
      message:
        name: placed
        payload: { $ref: 'urn:example:schemas:order-placed' }
`;

const roundTrip = (text: string) => {
  const result = importAsyncApi([{ path: 'orders.yaml', text }]);
  const docs = exportAsyncApi(result.file.design).documents;
  return { result, docs, texts: docs.map((d) => toYaml(d.document)) };
};
const messagesOf = (doc: unknown) => (doc as { components: { messages: Record<string, { payload: { schema: unknown }; headers?: unknown }> } }).components.messages;

describe('a payload that is only a remote $ref', () => {
  it('is kept as the reference, in the design and in the export, and reported', () => {
    const { result, docs, texts } = roundTrip(v3);
    const byName = Object.fromEntries(result.file.design.events.map((e) => [e.name, e]));
    expect(JSON.parse(byName.placed.schema)).toEqual({ $ref: 'https://registry.example.com/schemas/order-placed.json' });
    expect(JSON.parse(byName.placed.headersSchema!)).toEqual({ $ref: 'https://registry.example.com/headers/standard.json' });
    // A local reference that leads to a remote one stops there: the remote reference is the schema.
    expect(JSON.parse(byName.shipped.schema)).toEqual({ $ref: 'https://registry.example.com/schemas/order-shipped.json#/definitions/Shipped' });
    expect(result.warnings.filter((w) => w.includes('not fetched'))).toEqual([
      'a schema refers to https://registry.example.com/headers/standard.json; kept as a reference, not fetched',
      'a schema refers to https://registry.example.com/schemas/order-placed.json; kept as a reference, not fetched',
      'a schema refers to https://registry.example.com/schemas/order-shipped.json#/definitions/Shipped; kept as a reference, not fetched',
    ]);
    const messages = messagesOf(docs[0].document);
    expect(messages.placed.payload.schema).toEqual({ $ref: 'https://registry.example.com/schemas/order-placed.json' });
    expect(messages.placed.headers).toEqual({ $ref: 'https://registry.example.com/headers/standard.json' });
    expect(messages.shipped.payload.schema).toEqual({ $ref: 'https://registry.example.com/schemas/order-shipped.json#/definitions/Shipped' });
    // …and the next round trip writes the same bytes.
    expect(roundTrip(texts[0]).texts).toEqual(texts);
  });

  it('in a 2.x document too (any scheme: a URN is not fetched either)', () => {
    const { result, docs } = roundTrip(v2);
    expect(JSON.parse(result.file.design.events[0].schema)).toEqual({ $ref: 'urn:example:schemas:order-placed' });
    expect(messagesOf(docs[0].document).placed.payload.schema).toEqual({ $ref: 'urn:example:schemas:order-placed' });
  });

  it('a message (not a schema) that is a remote $ref is still refused, naming it', () => {
    const text = v3.replace("shipped:\n        payload: { $ref: '#/components/schemas/Shipped' }", "shipped: { $ref: 'https://registry.example.com/messages/shipped.yaml' }");
    expect(text).not.toEqual(v3);
    expect(() => importAsyncApi([{ path: 'orders.yaml', text }])).toThrow(ImportError);
    expect(() => importAsyncApi([{ path: 'orders.yaml', text }])).toThrow(/https:\/\/registry\.example\.com\/messages\/shipped\.yaml/);
  });
});
