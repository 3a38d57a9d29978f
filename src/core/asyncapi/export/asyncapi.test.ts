// Every exported document must satisfy the official AsyncAPI parser with zero errors.
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArb } from '../../testing/arbitrary';
import { assertProperty, propertyTimeout } from '../../testing/property';
import type { Design } from '../../model/types';
import { exportAsyncApi, toJson, toYaml } from './index';

const parser = new Parser();
const ERROR = 0; // DiagnosticSeverity.Error

async function errorsOf(text: string): Promise<string[]> {
  const { diagnostics } = await parser.parse(text);
  return diagnostics.filter((d) => d.severity === ERROR).map((d) => `${d.code} ${d.path.join('/')}: ${d.message}`);
}

const orderSaga: Design = JSON.parse(readFileSync(new URL('../../../../examples/order-saga.json', import.meta.url), 'utf8')).design;

describe('AsyncAPI export', () => {
  it('writes one valid document per service of the order saga, without warnings', async () => {
    const { documents, warnings } = exportAsyncApi(orderSaga);
    expect(warnings).toEqual([]);
    expect(documents.map((d) => d.serviceId)).toEqual(['inventory-service', 'order-service', 'payment-service']);
    for (const d of documents) {
      expect(await errorsOf(toYaml(d.document))).toEqual([]);
      expect(await errorsOf(toJson(d.document))).toEqual([]);
    }
  });

  it('maps the order saga as §4.1 says', () => {
    const doc = exportAsyncApi(orderSaga).documents.find((d) => d.serviceId === 'inventory-service')!.document as any;
    expect(doc.asyncapi).toBe('3.0.0');
    expect(doc.info.title).toBe('InventoryService');
    expect(Object.keys(doc.servers)).toEqual(['kafka-prod']);
    expect(doc.channels.orders.bindings.kafka).toMatchObject({ partitions: 6, topicConfiguration: { 'retention.ms': 30 * 86_400_000 } });
    const receive = doc.operations['inventory-service-consumes-orders'];
    expect(receive.action).toBe('receive');
    expect(receive.bindings.kafka.groupId).toEqual({ type: 'string', enum: ['inventory-service'] });
    expect(receive['x-eventsmith-dead-letter-channel']).toBe('inventory-orders-dlq');
    expect(doc.operations['inventory-service-consumes-orders-dead-letter']).toMatchObject({ action: 'send', channel: { $ref: '#/channels/inventory-orders-dlq' } });
    expect(doc.channels['inventory-orders-dlq']['x-eventsmith-dead-letter-for']).toEqual(['orders']);
    expect(doc.operations['inventory-service-publishes-inventory']['x-eventsmith-triggered-by']).toEqual(['inventory-service-consumes-orders']);
    const msg = doc.components.messages.OrderPlaced;
    expect(msg.payload.schemaFormat).toBe('application/schema+json;version=draft-07');
    expect(msg.bindings.kafka.key).toMatchObject({ type: 'string' });
    expect(msg['x-eventcatalog-message-type']).toBe('event');
    expect(msg.correlationId).toEqual({ location: '$message.payload#/orderId' });
  });

  it('gives the same bytes for the same design', () => {
    const a = exportAsyncApi(orderSaga).documents.map((d) => toYaml(d.document));
    const b = exportAsyncApi(structuredClone(orderSaga)).documents.map((d) => toYaml(d.document));
    expect(a).toEqual(b);
  });

  it('omits the payload of an invalid schema, flags it and warns', async () => {
    const design = structuredClone(orderSaga);
    design.events[0].schema = '{ "type": "object", "properties": { "a": { "type": 7 } } }';
    const { documents, warnings } = exportAsyncApi(design);
    expect(warnings).toEqual([expect.stringContaining('OrderPlaced')]);
    const msg = (documents[0].document as any).components.messages.OrderPlaced;
    expect(msg.payload).toBeUndefined();
    expect(msg['x-eventsmith-invalid-schema']).toBe(true);
    expect(await errorsOf(toYaml(documents[0].document))).toEqual([]);
  });

  it('points a schema\'s own $refs (even circular ones) into the document, where the parser resolves them', async () => {
    const design = structuredClone(orderSaga);
    design.events[0].schema = JSON.stringify({
      type: 'object',
      properties: { tree: { $ref: '#/definitions/node' } },
      definitions: { node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/node' } } } } },
    });
    const { documents } = exportAsyncApi(design);
    const doc = documents.find((d) => d.serviceId === 'order-service')!.document as any;
    expect(doc.components.messages.OrderPlaced.payload.schema.properties.tree.$ref).toBe('#/components/messages/OrderPlaced/payload/schema/definitions/node');
    expect(await errorsOf(toYaml(doc))).toEqual([]);
  });

  it('still writes a valid document for a service with nothing to do', async () => {
    const design: Design = { ...structuredClone(orderSaga), services: [{ id: 'idle', name: 'Idle' }], publications: [], subscriptions: [] };
    const [doc] = exportAsyncApi(design).documents;
    expect(doc.document.channels).toBeUndefined();
    expect(await errorsOf(toYaml(doc.document))).toEqual([]);
  });

  // The parser costs ~0.2–0.3 s a document whatever its size (it compiles the AsyncAPI schema
  // again for every document), so designs here have at most two services (two documents), each
  // still seeing every topic, event and link kind; and CI checks 20 designs under its fixed seed
  // while `npm run test:fuzz` checks 20 under each of its 200 seeds.
  it('is valid for the official parser on 20 generated designs', async () => {
    await assertProperty(
      fc.asyncProperty(designArb({ maxServices: 2 }), async (design) => {
        const { documents } = exportAsyncApi(design);
        expect(documents).toHaveLength(design.services.length);
        for (const d of documents) {
          const yaml = toYaml(d.document);
          expect(await errorsOf(yaml), yaml).toEqual([]);
        }
      }),
      { numRuns: 20 },
    );
  }, propertyTimeout(300_000));
});
