// Writes examples/order-saga.json. Kept as a script so the schemas stay readable here.
import { writeFileSync } from 'node:fs';

const envelope = (type) => ({
  eventId: { type: 'string', format: 'uuid', description: 'Unique id of this event; consumers deduplicate on it.' },
  eventType: { type: 'string', const: type },
  occurredAt: { type: 'string', format: 'date-time', description: 'When the fact happened.' },
  source: { type: 'string', description: 'The service that published the event.' },
  schemaVersion: { type: 'string', description: 'Semver of this schema.' },
});
const schema = (type, description, props, required) =>
  JSON.stringify({
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: type,
    description,
    type: 'object',
    properties: { ...envelope(type), ...props },
    required: ['eventId', 'eventType', 'occurredAt', 'source', 'schemaVersion', ...required],
  }, null, 2);
const money = { type: 'object', properties: { amount: { type: 'number', minimum: 0 }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } }, required: ['amount', 'currency'] };
const example = (o) => JSON.stringify(o, null, 2);

const design = {
  id: 'order-saga',
  name: 'Order saga',
  description: 'A choreographed order saga: no orchestrator, each service reacts to the facts the others publish.',
  version: '1.0.0',
  services: [
    { id: 'order-service', name: 'OrderService', description: 'Takes orders from customers and tracks them to confirmation.', owner: 'orders-team', domain: 'Sales', version: '1.0.0', ownsState: true, tags: ['core'] },
    { id: 'inventory-service', name: 'InventoryService', description: 'Reserves stock for placed orders.', owner: 'warehouse-team', domain: 'Fulfilment', version: '1.0.0', ownsState: true },
    { id: 'payment-service', name: 'PaymentService', description: 'Charges the customer once stock is reserved.', owner: 'payments-team', domain: 'Billing', version: '1.0.0', ownsState: true },
  ],
  topics: [
    { id: 'orders', name: 'orders', broker: 'kafka', kind: 'stream', description: 'Facts about orders.', protocol: 'kafka', partitions: 6, partitionKey: 'orderId', retention: { days: 30 } },
    { id: 'inventory', name: 'inventory', broker: 'kafka', kind: 'stream', description: 'Facts about stock reservations.', protocol: 'kafka', partitions: 6, partitionKey: 'orderId', retention: { days: 30 } },
    { id: 'payments', name: 'payments', broker: 'kafka', kind: 'stream', description: 'Facts about payments.', protocol: 'kafka', partitions: 6, partitionKey: 'orderId', retention: { days: 30 } },
    { id: 'inventory-orders-dlq', name: 'inventory-service.orders.dlq', broker: 'kafka', kind: 'dead-letter', description: 'Orders the inventory service could not process.', protocol: 'kafka', partitions: 1, partitionKey: 'orderId', depthAlert: { threshold: 10 } },
    { id: 'payment-inventory-dlq', name: 'payment-service.inventory.dlq', broker: 'kafka', kind: 'dead-letter', description: 'Reservations the payment service could not process.', protocol: 'kafka', partitions: 1, partitionKey: 'orderId', depthAlert: { threshold: 10 } },
    { id: 'order-payments-dlq', name: 'order-service.payments.dlq', broker: 'kafka', kind: 'dead-letter', description: 'Payments the order service could not process.', protocol: 'kafka', partitions: 1, partitionKey: 'orderId', depthAlert: { threshold: 10 } },
  ],
  events: [
    {
      id: 'order-placed', name: 'OrderPlaced', kind: 'event', version: '1.0.0',
      description: 'A customer placed an order. The order is pending until stock is reserved and payment confirmed.', owner: 'orders-team',
      schemaFormat: 'json-schema',
      schema: schema('OrderPlaced', 'A customer placed an order.', {
        orderId: { type: 'string', description: 'The order.' },
        customerId: { type: 'string' },
        lines: { type: 'array', minItems: 1, items: { type: 'object', properties: { sku: { type: 'string' }, quantity: { type: 'integer', minimum: 1 } }, required: ['sku', 'quantity'] } },
        total: money,
      }, ['orderId', 'customerId', 'lines', 'total']),
      examples: [example({ eventId: '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b', eventType: 'OrderPlaced', occurredAt: '2026-11-27T09:30:00Z', source: 'order-service', schemaVersion: '1.0.0', orderId: 'ord-1042', customerId: 'cus-77', lines: [{ sku: 'MUG-BLUE', quantity: 2 }], total: { amount: 24, currency: 'EUR' } })],
      idField: 'eventId', correlationField: 'orderId',
    },
    {
      id: 'stock-reserved', name: 'StockReserved', kind: 'event', version: '1.0.0',
      description: 'Stock for every line of an order is reserved and will be held for 30 minutes.', owner: 'warehouse-team',
      schemaFormat: 'json-schema',
      schema: schema('StockReserved', 'Stock for an order is reserved.', {
        orderId: { type: 'string' },
        reservationId: { type: 'string' },
        expiresAt: { type: 'string', format: 'date-time' },
        total: money,
      }, ['orderId', 'reservationId', 'total']),
      examples: [example({ eventId: '0b8f6d3c-2a1e-4c5b-9d7e-6f5a4b3c2d1e', eventType: 'StockReserved', occurredAt: '2026-11-27T09:30:02Z', source: 'inventory-service', schemaVersion: '1.0.0', orderId: 'ord-1042', reservationId: 'res-311', expiresAt: '2026-11-27T10:00:02Z', total: { amount: 24, currency: 'EUR' } })],
      idField: 'eventId', correlationField: 'orderId',
    },
    {
      id: 'payment-confirmed', name: 'PaymentConfirmed', kind: 'event', version: '1.0.0',
      description: 'The customer was charged for an order.', owner: 'payments-team',
      schemaFormat: 'json-schema',
      schema: schema('PaymentConfirmed', 'The customer was charged.', {
        orderId: { type: 'string' },
        paymentId: { type: 'string' },
        amount: money,
      }, ['orderId', 'paymentId', 'amount']),
      examples: [example({ eventId: 'c3d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f', eventType: 'PaymentConfirmed', occurredAt: '2026-11-27T09:30:05Z', source: 'payment-service', schemaVersion: '1.0.0', orderId: 'ord-1042', paymentId: 'pay-9001', amount: { amount: 24, currency: 'EUR' } })],
      idField: 'eventId', correlationField: 'orderId',
    },
  ],
  publications: [
    { id: 'order-service-publishes-orders', serviceId: 'order-service', topicId: 'orders', eventIds: ['order-placed'], viaOutbox: true, triggeredBy: [] },
    { id: 'inventory-service-publishes-inventory', serviceId: 'inventory-service', topicId: 'inventory', eventIds: ['stock-reserved'], viaOutbox: true, triggeredBy: ['inventory-service-consumes-orders'] },
    { id: 'payment-service-publishes-payments', serviceId: 'payment-service', topicId: 'payments', eventIds: ['payment-confirmed'], viaOutbox: true, triggeredBy: ['payment-service-consumes-inventory'] },
  ],
  subscriptions: [
    { id: 'inventory-service-consumes-orders', topicId: 'orders', serviceId: 'inventory-service', eventIds: ['order-placed'], consumerGroup: 'inventory-service', idempotencyKey: 'eventId', deadLetterTopicId: 'inventory-orders-dlq', maxRetries: 5 },
    { id: 'payment-service-consumes-inventory', topicId: 'inventory', serviceId: 'payment-service', eventIds: ['stock-reserved'], consumerGroup: 'payment-service', idempotencyKey: 'eventId', deadLetterTopicId: 'payment-inventory-dlq', maxRetries: 5 },
    { id: 'order-service-consumes-payments', topicId: 'payments', serviceId: 'order-service', eventIds: ['payment-confirmed'], consumerGroup: 'order-service', idempotencyKey: 'eventId', deadLetterTopicId: 'order-payments-dlq', maxRetries: 5 },
  ],
  servers: [{ id: 'kafka-prod', broker: 'kafka', host: 'kafka.example.com:9092', description: 'Production Kafka cluster', protocol: 'kafka' }],
  // Placed by hand so no two domain groups overlap: Sales on the left, Fulfilment top right,
  // Billing under it; each dead letter beside the consumer it serves.
  layout: {
    nodes: {
      'order-service': { x: 0, y: 140 },
      orders: { x: 300, y: 40 },
      'inventory-service': { x: 600, y: 40 },
      'inventory-orders-dlq': { x: 900, y: -100 },
      inventory: { x: 900, y: 140 },
      'payment-service': { x: 600, y: 290 },
      'payment-inventory-dlq': { x: 900, y: 410 },
      payments: { x: 900, y: 290 },
      'order-payments-dlq': { x: 0, y: 300 },
    },
  },
};

writeFileSync(new URL('../examples/order-saga.json', import.meta.url), JSON.stringify({ format: 'eventsmith-design', formatVersion: 2, design }, null, 2) + '\n');
console.log('wrote examples/order-saga.json');
