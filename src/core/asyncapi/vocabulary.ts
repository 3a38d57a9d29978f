// The vocabulary both directions of PRODUCT.md §4.1 share: extension keys, schema media types,
// broker ↔ protocol. Export writes exactly these names and import reads them back.
import { DECLARED_CHANNELS, type Broker, type SchemaFormat } from '../model/types';
import { escapePointerToken, unescapePointerToken } from '../json';

export const ASYNCAPI_VERSION = '3.0.0';

/** Our `x-` keys. `x-eventcatalog-*` are EventCatalog's own names, so its tooling reads them too. */
export const X = {
  id: 'x-eventsmith-id',
  design: 'x-eventsmith-design',
  owner: 'x-eventsmith-owner',
  domain: 'x-eventsmith-domain',
  ownsState: 'x-eventsmith-owns-state',
  /** Written by exports before issue 16 (they made a description up); still read, so import never takes it as the user's. */
  generatedDescription: 'x-eventsmith-generated-description',
  broker: 'x-eventsmith-broker',
  partitionKey: 'x-eventsmith-partition-key',
  keyedByMessageKey: 'x-eventsmith-keyed-by-message-key',
  replayed: 'x-eventsmith-replayed',
  /** A topic whose other side is outside the design (model/types.ts Topic.external). */
  external: 'x-eventsmith-external',
  /** A message name no person chose (model/types.ts EventType.inventedName). */
  inventedName: 'x-eventsmith-invented-name',
  deadLetterFor: 'x-eventsmith-dead-letter-for',
  depthAlert: 'x-eventsmith-depth-alert',
  // Kafka carries these in its channel binding; other brokers have nowhere native for them.
  partitions: 'x-eventsmith-partitions',
  retention: 'x-eventsmith-retention',
  compacted: 'x-eventsmith-compacted',
  messageType: 'x-eventcatalog-message-type',
  messageVersion: 'x-eventcatalog-message-version',
  invalidSchema: 'x-eventsmith-invalid-schema',
  schemaText: 'x-eventsmith-schema-text',
  schemaFormat: 'x-eventsmith-schema-format',
  headersText: 'x-eventsmith-headers-text',
  examples: 'x-eventsmith-examples',
  idField: 'x-eventsmith-id-field',
  history: 'x-eventsmith-history',
  compatibility: 'x-eventsmith-compatibility',
  outbox: 'x-eventsmith-outbox',
  triggeredBy: 'x-eventsmith-triggered-by',
  idempotencyKey: 'x-eventsmith-idempotency-key',
  maxRetries: 'x-eventsmith-max-retries',
  deadLetterChannel: 'x-eventsmith-dead-letter-channel',
  deadLetterOf: 'x-eventsmith-dead-letter-of',
  consumerGroup: 'x-eventsmith-consumer-group',
  /** On an element written back with what it kept from an import: import keeps its fields again. */
  kept: 'x-eventsmith-kept',
  /**
   * 2.x bindings under a key 3.0 has no binding for (`rabbit`, `smf`: 2.x bindings objects took any
   * key): kept in the design and written here, since a 3.0 bindings object refuses them.
   */
  otherBindings: 'x-eventsmith-2x-bindings',
  /** Kept by a service: its document's channels with no operation of its own (model/types.ts). */
  declaredChannels: DECLARED_CHANNELS,
  /** On an imported send operation that named no messages (= every message of its channel). */
  everyMessage: 'x-eventsmith-every-message',
} as const;

export const MEDIA: Record<SchemaFormat, string> = {
  'json-schema': 'application/schema+json;version=draft-07',
  avro: 'application/vnd.apache.avro+json;version=1.9.0',
  protobuf: 'application/vnd.google.protobuf;version=3',
};

/** Which of our formats a schemaFormat media type is; undefined = a format we keep as raw text. */
export function formatOfMediaType(mediaType: string): SchemaFormat | undefined {
  const m = mediaType.toLowerCase().replace(/\s+/g, '');
  if (m.startsWith('application/vnd.aai.asyncapi') || m.startsWith('application/schema+json') || m.startsWith('application/schema+yaml'))
    return 'json-schema';
  if (m.startsWith('application/vnd.apache.avro')) return 'avro';
  if (m.startsWith('application/vnd.google.protobuf') || m.startsWith('application/x-protobuf')) return 'protobuf';
  return undefined;
}

export const PROTOCOL: Record<Broker, string> = {
  kafka: 'kafka',
  rabbitmq: 'amqp',
  sqs: 'sqs',
  sns: 'sns',
  nats: 'nats',
  'redis-streams': 'redis',
  eventbridge: 'eventbridge',
  generic: 'generic',
};

const BROKER_OF_PROTOCOL: Record<string, Broker> = {
  kafka: 'kafka', 'kafka-secure': 'kafka', amqp: 'rabbitmq', amqps: 'rabbitmq', sqs: 'sqs', sns: 'sns',
  nats: 'nats', redis: 'redis-streams', eventbridge: 'eventbridge',
};

export function brokerOfProtocol(protocol: unknown): Broker | undefined {
  return typeof protocol === 'string' ? BROKER_OF_PROTOCOL[protocol.toLowerCase()] : undefined;
}

/** Binding keys that name a broker of ours, for documents without `x-eventsmith-broker`. */
export const BROKER_OF_BINDING: Record<string, Broker> = { kafka: 'kafka', amqp: 'rabbitmq', sqs: 'sqs', sns: 'sns', nats: 'nats', redis: 'redis-streams' };

export const DAY_MS = 86_400_000;

/** First sentence of a description, at most 150 characters (AsyncAPI `summary`). */
export function summaryOf(description: string): string {
  const text = description.trim().replace(/\s+/g, ' ');
  const end = text.search(/[.!?](\s|$)/);
  const sentence = end >= 0 ? text.slice(0, end + 1) : text;
  return sentence.length <= 150 ? sentence : sentence.slice(0, 149).trimEnd() + '…';
}

export const pointerSegment = escapePointerToken;
export const unescapePointerSegment = unescapePointerToken;

/** `$message.payload#/a/b` for the dotted path `a.b`. */
export function correlationLocation(path: string): string {
  return '$message.payload#/' + path.split('.').map(pointerSegment).join('/');
}

/** The dotted path of a runtime expression `$message.payload#/a/b` (or `.header#`). */
export function pathOfLocation(location: string): string | undefined {
  const m = /^\$message\.(payload|header)#\/(.+)$/.exec(location.trim());
  if (!m) return undefined;
  return m[2].split('/').map(unescapePointerSegment).join('.');
}
