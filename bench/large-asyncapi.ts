// A large AsyncAPI 3.0 document written independently of our exporter (so the import benchmark
// does not only read our own output): one application with `channels` Kafka channels, one message
// per channel with an enveloped JSON Schema payload, and one operation per channel (sending on
// even channels, receiving on odd ones, with a consumer group). Deterministic.
import { toYaml } from '../src/core/asyncapi/export';

const DOMAINS = ['order', 'payment', 'inventory', 'shipment', 'customer', 'invoice', 'catalog', 'pricing', 'review', 'cart'];
const FACTS = ['Created', 'Updated', 'Cancelled', 'Confirmed', 'Shipped', 'Reserved', 'Released', 'Approved', 'Rejected', 'Settled'];

export function largeAsyncApiDocument(channels: number): { text: string; channels: number } {
  const doc: Record<string, unknown> = {
    asyncapi: '3.0.0',
    info: { title: 'Commerce platform', version: '2.3.0', description: `A platform with ${channels} Kafka topics.` },
    defaultContentType: 'application/json',
    servers: { production: { host: 'kafka.example.com:9092', protocol: 'kafka', description: 'Production cluster.' } },
  };
  const channelMap: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (let i = 0; i < channels; i++) {
    const domain = DOMAINS[i % DOMAINS.length];
    const name = `${domain[0].toUpperCase()}${domain.slice(1)}${FACTS[Math.floor(i / DOMAINS.length) % FACTS.length]}${i}`;
    const key = `${domain}-topic-${i}`;
    const address = `${domain}.topic-${i}.v1`;
    messages[name] = {
      name, title: name, summary: `A ${domain} fact, number ${i}.`, contentType: 'application/json',
      payload: {
        type: 'object',
        required: ['eventId', 'eventType', 'occurredAt', 'source', 'schemaVersion', `${domain}Id`],
        properties: {
          eventId: { type: 'string', format: 'uuid' },
          eventType: { type: 'string', const: name },
          occurredAt: { type: 'string', format: 'date-time' },
          source: { type: 'string' },
          schemaVersion: { type: 'string' },
          [`${domain}Id`]: { type: 'string', description: `The ${domain} concerned.` },
          amount: { type: 'number', minimum: 0 },
          status: { type: 'string', enum: ['open', 'done', 'failed'] },
        },
      },
      bindings: { kafka: { key: { type: 'string' }, bindingVersion: '0.5.0' } },
    };
    channelMap[key] = {
      address, description: `Facts about ${domain}s (${i}).`,
      messages: { [name]: { $ref: `#/components/messages/${name}` } },
      bindings: { kafka: { partitions: 6, topicConfiguration: { 'retention.ms': 604800000 }, bindingVersion: '0.5.0' } },
    };
    const send = i % 2 === 0;
    operations[`${send ? 'publish' : 'consume'}-${key}`] = {
      action: send ? 'send' : 'receive',
      channel: { $ref: `#/channels/${key}` },
      messages: [{ $ref: `#/channels/${key}/messages/${name}` }],
      ...(send ? {} : { bindings: { kafka: { groupId: { type: 'string', enum: [`${domain}-reader`] }, bindingVersion: '0.5.0' } } }),
    };
  }
  doc.channels = channelMap;
  doc.operations = operations;
  doc.components = { messages };
  return { text: toYaml(doc), channels };
}
