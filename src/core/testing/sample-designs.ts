// Deterministic sample systems for size and speed measurements (share-link sizes, bench/).
// Every event carries the full envelope (eventId uuid, eventType, occurredAt date-time, source,
// schemaVersion) plus five typed payload fields, each with a short description.
import { DESIGN_FORMAT, FORMAT_VERSION, type Design, type DesignFile, type EventType, type Publication, type Service, type Subscription, type Topic } from '../model/types';

const NOUNS = ['Order', 'Payment', 'Inventory', 'Shipment', 'Customer', 'Invoice', 'Catalog', 'Price', 'Review', 'Cart', 'Loyalty', 'Fraud', 'Notification',
  'Refund', 'Warehouse', 'Delivery', 'Subscription', 'Coupon', 'Account', 'Report', 'Search', 'Recommendation', 'Return', 'Tax', 'Ledger', 'Quote', 'Contract'];
const VERBS = ['Placed', 'Confirmed', 'Reserved', 'Shipped', 'Created', 'Updated', 'Cancelled', 'Completed', 'Approved', 'Rejected', 'Issued', 'Settled'];
const CONSUMER_ROLES = ['Projector', 'Notifier', 'Auditor', 'Analytics', 'Archiver', 'Indexer'];
const FIELD_POOL: [string, string, string, string?][] = [
  ['amount', 'number', 'Total amount in minor units.'], ['currency', 'string', 'ISO 4217 currency code.'], ['quantity', 'integer', 'How many items.'],
  ['customerId', 'string', 'The customer this concerns.'], ['status', 'string', 'New status after the change.'], ['reason', 'string', 'Why it happened, for humans.'],
  ['warehouseId', 'string', 'Warehouse that holds the stock.'], ['expiresAt', 'string', 'When the hold lapses.', 'date-time'], ['priority', 'integer', 'Higher is sooner.'],
  ['email', 'string', 'Where to send notices.', 'email'], ['discount', 'number', 'Discount applied, 0 to 1.'], ['sku', 'string', 'Stock keeping unit.'],
  ['trackingUrl', 'string', 'Carrier tracking page.', 'uri'], ['attempt', 'integer', 'Delivery attempt number.'], ['isGift', 'boolean', 'Wrapped as a gift.'],
];

function eventSchema(name: string, i: number): string {
  const keyField = `${name.replace(/[A-Z][a-z]+$/, '').replace(/^./, (c) => c.toLowerCase())}Id`;
  const properties: Record<string, unknown> = {
    eventId: { type: 'string', format: 'uuid', description: 'Unique id of this event; consumers deduplicate on it.' },
    eventType: { type: 'string', const: name },
    occurredAt: { type: 'string', format: 'date-time', description: 'When the fact happened.' },
    source: { type: 'string', description: 'The service that published the event.' },
    schemaVersion: { type: 'string', description: 'Semver of this schema.' },
    [keyField]: { type: 'string', description: `The ${keyField.slice(0, -2)} this event is about.` },
  };
  for (let k = 0; k < 4; k++) {
    const [field, type, description, format] = FIELD_POOL[(i * 4 + k * 3) % FIELD_POOL.length];
    properties[field] = format ? { type, format, description } : { type, description };
  }
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#', title: name, description: `${name}: a fact about ${keyField.slice(0, -2)}s.`,
    type: 'object', properties, required: ['eventId', 'eventType', 'occurredAt', 'source', 'schemaVersion', keyField],
  };
  return JSON.stringify(schema, null, 2);
}

const slug = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * A system of `producers` services each publishing one event type to a stream topic, and
 * `consumers` services each reading two topics with a consumer group, idempotency key, retries
 * and retries; exactly `topics` topics (no extra dead-letter topics).
 */
export function generateSystem(producers: number, topics: number, consumers: number): DesignFile {
  const topicList: Topic[] = Array.from({ length: topics }, (_, i) => ({
    id: `${slug(NOUNS[i % NOUNS.length])}${i >= NOUNS.length ? `-${i}` : ''}-events`, name: `${slug(NOUNS[i % NOUNS.length])}${i >= NOUNS.length ? `-${i}` : ''}.events`,
    broker: 'kafka', kind: 'stream', description: `Facts about ${NOUNS[i % NOUNS.length].toLowerCase()}s.`, partitions: 6, partitionKey: 'eventId', retention: { days: 7 },
  }));
  const services: Service[] = [];
  const events: EventType[] = [];
  const publications: Publication[] = [];
  const subscriptions: Subscription[] = [];
  for (let i = 0; i < producers; i++) {
    const noun = NOUNS[i % NOUNS.length] + (i >= NOUNS.length ? String(i) : '');
    const name = `${noun}${VERBS[i % VERBS.length]}`;
    const service: Service = { id: `${slug(noun)}-service`, name: `${noun}Service`, description: `Owns ${noun.toLowerCase()}s.`, owner: `${slug(noun)}-team`, ownsState: true };
    const event: EventType = { id: slug(name), name, kind: 'event', version: '1.0.0', description: `A ${noun.toLowerCase()} was ${VERBS[i % VERBS.length].toLowerCase()}.`,
      owner: service.owner, schemaFormat: 'json-schema', schema: eventSchema(name, i), idField: 'eventId' };
    services.push(service);
    events.push(event);
    if (!topics) continue;
    const topic = topicList[i % topics];
    publications.push({ id: `${service.id}-publishes-${topic.id}`, serviceId: service.id, topicId: topic.id, eventIds: [event.id], viaOutbox: true });
  }
  for (let j = 0; j < consumers; j++) {
    const noun = NOUNS[(j * 7 + 3) % NOUNS.length];
    const role = CONSUMER_ROLES[j % CONSUMER_ROLES.length];
    const service: Service = { id: `${slug(noun)}-${slug(role)}${j >= CONSUMER_ROLES.length ? `-${j}` : ''}`, name: `${noun}${role}${j >= CONSUMER_ROLES.length ? j : ''}` };
    services.push(service);
    for (const t of topics ? [j % topics, (j + 3) % topics] : []) {
      const topic = topicList[t];
      if (subscriptions.some((s) => s.serviceId === service.id && s.topicId === topic.id)) continue;
      const carried = publications.filter((p) => p.topicId === topic.id).flatMap((p) => p.eventIds);
      subscriptions.push({ id: `${service.id}-consumes-${topic.id}`, topicId: topic.id, serviceId: service.id, eventIds: carried, consumerGroup: service.id, idempotencyKey: 'eventId', maxRetries: 5 });
    }
  }
  const nodes: Design['layout']['nodes'] = {};
  services.slice(0, producers).forEach((s, i) => (nodes[s.id] = { x: 0, y: i * 120 }));
  topicList.forEach((t, i) => (nodes[t.id] = { x: 320, y: i * 120 }));
  services.slice(producers).forEach((s, i) => (nodes[s.id] = { x: 640, y: i * 120 }));
  const design: Design = {
    id: `system-${producers}-${topics}-${consumers}`, name: `System ${producers}/${topics}/${consumers}`, version: '1.0.0',
    services, topics: topicList, events, publications, subscriptions, layout: { nodes },
  };
  return { format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION, design };
}
