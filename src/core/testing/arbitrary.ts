// fast-check arbitraries for designs, shared by the property tests of every feature (export,
// import, lint, share). Generated designs are canonical: restoreDesign returns them unchanged.
import fc from 'fast-check';
import { slugify, uniqueId } from '../model/ids';
import {
  BROKERS, DESIGN_FORMAT, EVENT_KINDS, FORMAT_VERSION,
  type Design, type DesignFile, type EventType, type Id, type Publication, type Server, type Service, type Subscription, type Topic,
} from '../model/types';

export interface DesignArbOptions {
  maxServices?: number;
  maxTopics?: number;
  maxEvents?: number;
  /** Also generate schema text that is not a valid schema (the exporter must cope). Default true. */
  invalidSchemas?: boolean;
  /** Names with spaces, punctuation and non-ASCII letters. Default true. */
  oddNames?: boolean;
}

const word = fc.constantFrom('Order', 'Stock', 'Payment', 'Customer', 'Invoice', 'Shipment', 'Cart', 'User', 'Price', 'Refund', 'Ticket', 'Café', 'Ünit');
const pastTense = fc.constantFrom('Placed', 'Reserved', 'Confirmed', 'Cancelled', 'Shipped', 'Updated', 'Created', 'Failed');
const semver = fc.tuple(fc.nat(5), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`);
const text = fc.constantFrom(
  'Keeps track of things.', 'Handles: colons, "quotes" and #hashes.', 'Two sentences. The second one is longer than the first!',
  'Ünïcödé — and an em dash.', 'A line\nbreak inside.', '- starts like a YAML list', 'yes', '123', 'x'.repeat(180) + '. Tail.',
);
const fieldName = fc.constantFrom('orderId', 'customerId', 'amount', 'sku', 'eventId', 'occurredAt', 'status', 'count', 'flag', 'note');
const fieldType = fc.constantFrom('string', 'integer', 'number', 'boolean');

function oddName(base: fc.Arbitrary<string>, odd: boolean): fc.Arbitrary<string> {
  if (!odd) return base;
  return fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: fc.tuple(base, fc.constantFrom(' v2', '.created', '/eu', ' (old)', '~x', ': yes')).map(([a, b]) => a + b) });
}

interface Field { name: string; type: string }
const fieldsArb = fc.uniqueArray(fc.record({ name: fieldName, type: fieldType }), { minLength: 1, maxLength: 5, selector: (f) => f.name });

function jsonSchemaText(fields: Field[], required: boolean[]): string {
  const properties: Record<string, unknown> = {};
  for (const f of fields) properties[f.name] = { type: f.type };
  const req = fields.filter((_, i) => required[i]).map((f) => f.name);
  const schema: Record<string, unknown> = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties };
  if (req.length) schema.required = req;
  // Now and then a local (and recursive) $ref, which exporters must keep resolvable.
  if (required[4] && required[3]) {
    properties.meta = { $ref: '#/definitions/meta' };
    schema.definitions = { meta: { type: 'object', properties: { parent: { $ref: '#/definitions/meta' } } } };
  }
  return JSON.stringify(schema, null, 2);
}

const AVRO_TYPE: Record<string, string> = { string: 'string', integer: 'long', number: 'double', boolean: 'boolean' };
const PROTO_TYPE: Record<string, string> = { string: 'string', integer: 'int64', number: 'double', boolean: 'bool' };

function sampleValue(type: string, n: number): unknown {
  return type === 'string' ? `v${n}` : type === 'integer' ? n : type === 'number' ? n + 0.5 : n % 2 === 0;
}

const schemaArb = (invalid: boolean) =>
  fc.tuple(fieldsArb, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.nat(1000),
    fc.constantFrom<EventType['schemaFormat'] | 'raw' | 'bad-json' | 'bad-shape'>('json-schema', 'json-schema', 'json-schema', 'avro', 'protobuf', 'raw', ...(invalid ? (['bad-json', 'bad-shape'] as const) : [])))
    .map(([fields, required, n, format]) => {
      const example = JSON.stringify(Object.fromEntries(fields.map((f, i) => [f.name, sampleValue(f.type, n + i)])), null, 2);
      if (format === 'bad-json') return { schemaFormat: 'json-schema' as const, schema: '{ "type": "object", ', example, fields };
      if (format === 'bad-shape') return { schemaFormat: 'json-schema' as const, schema: '{ "type": 5 }', example, fields };
      if (format === 'raw')
        return { schemaFormat: 'json-schema' as const, rawSchemaFormat: 'application/raml+yaml;version=1.0', schema: `#%RAML 1.0 DataType\ntype: object\n`, example, fields };
      if (format === 'avro') {
        const schema = { type: 'record', name: `Rec${n}`, fields: fields.map((f) => ({ name: f.name, type: AVRO_TYPE[f.type] })) };
        return { schemaFormat: 'avro' as const, schema: JSON.stringify(schema, null, 2), example, fields };
      }
      if (format === 'protobuf') {
        const body = fields.map((f, i) => `  ${PROTO_TYPE[f.type]} ${f.name} = ${i + 1};`).join('\n');
        return { schemaFormat: 'protobuf' as const, schema: `syntax = "proto3";\n\nmessage Msg${n} {\n${body}\n}\n`, example, fields };
      }
      return { schemaFormat: 'json-schema' as const, schema: jsonSchemaText(fields, required), example, fields };
    });

const HEADERS = JSON.stringify({ type: 'object', properties: { traceId: { type: 'string' }, tenant: { type: 'string' } } }, null, 2);

/** Picks a sub-list (order kept, no repeats) of `items` with the given booleans. */
const pick = <T>(items: readonly T[], mask: boolean[]) => items.filter((_, i) => mask[i % mask.length]);

/** A design of a few services, topics and events, wired at random but always consistently. */
export function designArb(options: DesignArbOptions = {}): fc.Arbitrary<Design> {
  const { maxServices = 4, maxTopics = 5, maxEvents = 5, invalidSchemas = true, oddNames = true } = options;
  const serviceName = oddName(fc.tuple(word, fc.constantFrom('Service', 'App', 'Worker', '')).map(([a, b]) => a + b), oddNames);
  const topicName = oddName(fc.tuple(word, fc.constantFrom('', '.events', '-stream', '.dlq')).map(([a, b]) => (a + b).toLowerCase()), oddNames);
  const eventName = oddName(fc.tuple(word, pastTense).map(([a, b]) => a + b), oddNames);
  const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

  return fc
    .record({
      name: fc.constantFrom('Shop', 'Order saga', 'Payments: v2', 'Ünïcode design'),
      description: opt(text),
      version: semver,
      services: fc.uniqueArray(
        fc.record({ name: serviceName, description: opt(text), owner: opt(fc.constantFrom('team-a', 'team b')), domain: opt(fc.constantFrom('Sales', 'Billing')),
          version: opt(semver), ownsState: opt(fc.boolean()), tags: opt(fc.uniqueArray(fc.constantFrom('core', 'edge', 'legacy'), { minLength: 1, maxLength: 2 })) }),
        { minLength: 1, maxLength: maxServices, selector: (s) => s.name.toLowerCase() }),
      topics: fc.uniqueArray(
        fc.record({ name: topicName, broker: fc.constantFrom(...BROKERS), dead: fc.boolean(), description: opt(text),
          partitions: opt(fc.integer({ min: 1, max: 24 })), partitionKey: opt(fc.constantFrom('orderId', 'customerId', 'meta.key')),
          keyedByMessageKey: opt(fc.boolean()),
          retention: opt(fc.oneof(fc.constant('infinite' as const), fc.integer({ min: 1, max: 365 }).map((days) => ({ days })))),
          compacted: opt(fc.boolean()), replayed: opt(fc.boolean()), depthAlert: opt(fc.integer({ min: 1, max: 1000 })) }),
        { minLength: 0, maxLength: maxTopics, selector: (t) => t.name }),
      events: fc.uniqueArray(
        fc.record({ name: eventName, kind: fc.constantFrom(...EVENT_KINDS), version: semver, description: opt(text), owner: opt(fc.constantFrom('team-a', 'team b')),
          schema: schemaArb(invalidSchemas), headers: fc.boolean(), examples: fc.nat(2), rawExample: fc.boolean(),
          correlate: fc.boolean(), idField: opt(fc.constantFrom('eventId', 'id')), history: fc.boolean(),
          compatibility: opt(fc.record({ mode: fc.constantFrom('BACKWARD', 'FORWARD', 'FULL_TRANSITIVE' as const), policy: fc.constantFrom('LENIENT', 'STRICT' as const) })) }),
        { minLength: 0, maxLength: maxEvents, selector: (e) => e.name }),
      wiring: fc.array(fc.record({ service: fc.nat(), topic: fc.nat(), send: fc.boolean(), events: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        allEvents: fc.boolean(), group: opt(fc.constantFrom('g1', 'g2', 'billing')), idem: opt(fc.constantFrom('eventId', 'orderId', 'meta.id')),
        dlq: fc.option(fc.nat()), retries: opt(fc.nat(10)), outbox: opt(fc.boolean()), trigger: fc.option(fc.array(fc.boolean(), { maxLength: 4 })) }), { maxLength: 12 }),
      servers: opt(fc.uniqueArray(fc.record({ broker: fc.constantFrom(...BROKERS), host: fc.constantFrom('broker-1:9092', 'mq.example.com', 'sqs.eu-west-1.amazonaws.com'), description: opt(text) }), { minLength: 1, maxLength: 3, selector: (s) => s.broker + s.host })),
      lintOff: fc.boolean(),
      // Which ids follow their names: none, all, or every other element (issue 16).
      follows: fc.nat(2),
      owner: opt(fc.constantFrom('Sales', 'team b')),
    })
    .map((r) => {
      const taken = new Set<Id>();
      const idFor = (name: string, fallback: string) => {
        const id = uniqueId(slugify(name, fallback), taken);
        taken.add(id);
        return id;
      };
      const designId = slugify(r.name, 'design');
      const services: Service[] = r.services.map((s) => strip({ id: idFor(s.name, 'service'), name: s.name, description: s.description, owner: s.owner, domain: s.domain, version: s.version, ownsState: s.ownsState, tags: s.tags }));
      const topics: Topic[] = r.topics.map((t) => strip({
        id: idFor(t.name, 'topic'), name: t.name, broker: t.broker, kind: t.dead ? 'dead-letter' as const : 'stream' as const, description: t.description,
        partitions: t.partitions, partitionKey: t.partitionKey, keyedByMessageKey: t.keyedByMessageKey, retention: t.retention, compacted: t.compacted,
        replayed: t.replayed, depthAlert: t.dead && t.depthAlert !== undefined ? { threshold: t.depthAlert } : undefined,
      }));
      const events: EventType[] = r.events.map((e) => {
        const examples = e.examples === 0 ? undefined : Array.from({ length: e.examples }, (_, k) => (k === 0 && e.rawExample ? 'not json: ' + e.name : e.schema.example));
        return strip({
          id: idFor(e.name, 'event'), name: e.name, kind: e.kind, version: e.version, description: e.description, owner: e.owner,
          schemaFormat: e.schema.schemaFormat, schema: e.schema.schema, headersSchema: e.headers ? HEADERS : undefined, examples,
          idField: e.idField, correlationField: e.correlate ? e.schema.fields[0].name : undefined,
          history: e.history ? [{ version: '0.9.0', schema: e.schema.schema }] : undefined, compatibility: e.compatibility,
          rawSchemaFormat: 'rawSchemaFormat' in e.schema ? e.schema.rawSchemaFormat : undefined,
        });
      });
      const publications: Publication[] = [];
      const subscriptions: Subscription[] = [];
      const deadLetters = topics.filter((t) => t.kind === 'dead-letter');
      if (topics.length) {
        for (const w of r.wiring) {
          const service = services[w.service % services.length];
          const topic = topics[w.topic % topics.length];
          const eventIds = pick(events, w.events).map((e) => e.id);
          if (w.send) {
            const own = subscriptions.filter((s) => s.serviceId === service.id).map((s) => s.id);
            publications.push(strip({ id: idFor(`${service.id}-publishes-${topic.id}`, 'pub'), serviceId: service.id, topicId: topic.id, eventIds,
              viaOutbox: w.outbox, triggeredBy: w.trigger === null ? undefined : pick(own, w.trigger.length ? w.trigger : [false]) }));
          } else {
            const dlqChoices = deadLetters.filter((d) => d.id !== topic.id);
            subscriptions.push(strip({ id: idFor(`${service.id}-consumes-${topic.id}`, 'sub'), topicId: topic.id, serviceId: service.id,
              eventIds: w.allEvents ? undefined : eventIds, consumerGroup: w.group, idempotencyKey: w.idem,
              deadLetterTopicId: w.dlq !== null && dlqChoices.length ? dlqChoices[w.dlq % dlqChoices.length].id : undefined, maxRetries: w.retries }));
          }
        }
      }
      const servers: Server[] | undefined = r.servers?.map((s) => strip({ id: idFor(`${s.broker}-server`, 'server'), broker: s.broker, host: s.host, description: s.description }));
      let nth = 0;
      for (const list of [services, topics, events, publications, subscriptions, servers ?? []] as { idFollowsName?: true }[][])
        for (const x of list) if (r.follows === 1 || (r.follows === 2 && nth++ % 2 === 0)) x.idFollowsName = true;
      const nodes: Design['layout']['nodes'] = {};
      [...services, ...topics].forEach((n, i) => (nodes[n.id] = { x: (i % 4) * 260, y: Math.floor(i / 4) * 140 }));
      return strip({
        id: designId, name: r.name, description: r.description, version: r.version, services, topics, events, publications, subscriptions, servers,
        layout: { nodes }, lint: r.lintOff ? { rules: { outbox: 'off' as const } } : undefined, owner: r.owner,
      }) as Design;
    });
}

export function designFileArb(options: DesignArbOptions = {}): fc.Arbitrary<DesignFile> {
  return designArb(options).map((design) => ({ format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION, design }));
}

/** Drops keys whose value is undefined, so generated objects equal their JSON round trip. */
function strip<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key];
  return obj;
}
