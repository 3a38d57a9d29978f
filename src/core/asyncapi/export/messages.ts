// Events → `components.messages`: payloads as multi-format schemas, the Kafka message key, and
// our extensions for what AsyncAPI has no field for.
import type { Design, EventType, Id } from '../../model/types';
import { correlationLocation, MEDIA, pointerSegment, summaryOf, X } from '../vocabulary';
import { avroProblem, jsonSchemaProblem } from './schema-check';
import { isObject } from '../../json';
import { keptValue, sameJson, structuredCloneJson, withKept } from './kept';
import { pathOfLocation } from '../vocabulary';

type Json = unknown;

/** `components.messages` keys must match this; event names may hold any character. */
const COMPONENT_KEY = /^[A-Za-z0-9._-]+$/;

// Names of Object members: a key like `__proto__` would set the prototype instead of a message
// (the message vanished) and readers that index plain objects would find inherited members.
const RESERVED = new Set(['prototype', ...Object.getOwnPropertyNames(Object.prototype)].map((k) => k.toLowerCase()));

/** Message key per event id: the event's name, made a legal component key, unique in the design. */
export function messageKeys(design: Design): Map<Id, string> {
  const keys = new Map<Id, string>();
  const taken = new Set<string>(RESERVED);
  // Legal names first so that they keep their own name as key whatever the array order.
  const ordered = [...design.events].sort((a, b) => Number(!COMPONENT_KEY.test(a.name)) - Number(!COMPONENT_KEY.test(b.name)));
  for (const event of ordered) {
    let base = event.name.replace(/[^A-Za-z0-9._-]+/g, '_') || 'message';
    if (!COMPONENT_KEY.test(base)) base = 'message';
    let key = base;
    for (let n = 2; taken.has(key.toLowerCase()); n++) key = `${base}_${n}`;
    taken.add(key.toLowerCase());
    keys.set(event.id, key);
  }
  return keys;
}

function parseJson(text: string): { ok: true; value: Json } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}


/** The multi-format payload, or the reason the text cannot be carried (the parser would reject it). */
function payloadOf(event: EventType): { payload: Json } | { problem: string } {
  if (event.rawSchemaFormat) {
    // An imported schema in a format we do not model was JSON or YAML data: written back as data
    // (when the text is exactly the importer's JSON of it, so nothing typed is lost).
    const parsed = event.kept ? parseJson(event.schema) : { ok: false as const };
    const data = parsed.ok && typeof parsed.value === 'object' && parsed.value !== null && JSON.stringify(parsed.value, null, 2) === event.schema ? parsed.value : undefined;
    return { payload: { schemaFormat: event.rawSchemaFormat, schema: data ?? event.schema } };
  }
  if (event.schemaFormat === 'protobuf')
    return event.schema.trim() ? { payload: { schemaFormat: MEDIA.protobuf, schema: event.schema } } : { problem: 'it is empty' };
  const parsed = parseJson(event.schema);
  if (!parsed.ok) return { problem: 'it is not valid JSON' };
  const schema = parsed.value;
  // A schema that is only a reference to a registry or URL stays that reference, in any format.
  const remoteRef = isObject(schema) && Object.keys(schema).length === 1 && typeof schema.$ref === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(schema.$ref);
  const problem = remoteRef ? undefined : event.schemaFormat === 'avro' ? avroProblem(schema) : jsonSchemaProblem(schema);
  if (problem) return { problem };
  return { payload: { schemaFormat: MEDIA[event.schemaFormat], schema } };
}

/**
 * The parser resolves a `$ref` inside a payload against the whole document, so a schema's own
 * `#/definitions/x` must become `#/components/messages/<key>/payload/schema/definitions/x`.
 */
export function rebaseLocalRefs(schema: Json, base: string): Json {
  if (Array.isArray(schema)) return schema.map((s) => rebaseLocalRefs(s, base));
  if (!isObject(schema)) return schema;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(schema)) {
    const value = k === '$ref' && typeof v === 'string' && v.startsWith('#') ? base + v.slice(1) : rebaseLocalRefs(v, base);
    // Defined, not assigned: a property named `__proto__` stays a property (JSON.parse made it one).
    Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** AsyncAPI wants headers as an object schema; anything else travels as text. */
function headersOf(text: string): Json | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok || !isObject(parsed.value) || jsonSchemaProblem(parsed.value)) return undefined;
  return parsed.value.type === 'object' || parsed.value.type === undefined ? parsed.value : undefined;
}

/** The JSON type of a dotted field in a JSON Schema, for the Kafka key schema; string when unknown. */
function keyTypeOf(event: EventType, path: string): string {
  if (event.schemaFormat !== 'json-schema') return 'string';
  const parsed = parseJson(event.schema);
  let node: unknown = parsed.ok ? parsed.value : undefined;
  for (const part of path.split('.')) node = isObject(node) && isObject(node.properties) ? node.properties[part] : undefined;
  const type = isObject(node) ? node.type : undefined;
  return type === 'integer' || type === 'number' || type === 'string' ? type : 'string';
}

/**
 * The Kafka message key of an event: set when every keyed Kafka topic carrying it agrees on the
 * partition key. Topics keyed only by an imported key schema agree with anything.
 */
function kafkaKey(design: Design, event: EventType): Json | undefined {
  const topicIds = new Set(design.publications.filter((p) => p.eventIds.includes(event.id)).map((p) => p.topicId));
  const keyed = design.topics.filter((t) => topicIds.has(t.id) && t.broker === 'kafka' && (t.partitionKey || t.keyedByMessageKey));
  if (keyed.length === 0) return undefined;
  const paths = new Set(keyed.map((t) => t.partitionKey).filter((k): k is string => !!k));
  if (paths.size > 1) return undefined;
  const [path] = [...paths];
  if (!path) return { type: 'string' };
  // The channel's x-eventsmith-partition-key names the field; no description is made up here.
  return { type: keyTypeOf(event, path) };
}

/** The payloads of kept examples, as the importer turns them into the event's example texts. */
function examplePayloads(examples: Json[]): string[] {
  return examples.filter((e) => isObject(e) && e.payload !== undefined).map((e) => JSON.stringify((e as Record<string, Json>).payload, null, 2));
}

export interface MessageExport { component: Record<string, Json>; warnings: string[] }

export function messageComponent(design: Design, event: EventType, key: string): MessageExport {
  const at = `#/components/messages/${pointerSegment(key)}`;
  const warnings: string[] = [];
  const kept = event.kept;
  // An imported message keeps its own title, summary and content type; nothing is made up for any
  // message (PRODUCT.md §4.1: no title, a summary only from the user's own description).
  const m: Record<string, Json> = { name: event.name };
  if (event.description) {
    if (!kept) m.summary = summaryOf(event.description);
    m.description = event.description;
  }
  const payload = payloadOf(event);
  // The document's defaultContentType is JSON; binary encodings say so per message.
  if (!kept && !event.rawSchemaFormat && event.schemaFormat === 'avro') m.contentType = 'avro/binary';
  if (!kept && !event.rawSchemaFormat && event.schemaFormat === 'protobuf') m.contentType = 'application/x-protobuf';
  if ('payload' in payload) {
    const p = payload.payload as { schemaFormat: string; schema: Json };
    m.payload = event.schemaFormat === 'json-schema' && !event.rawSchemaFormat ? { ...p, schema: rebaseLocalRefs(p.schema, `${at}/payload/schema`) } : p;
  }
  if (event.headersSchema !== undefined) {
    const headers = headersOf(event.headersSchema);
    if (headers !== undefined) m.headers = rebaseLocalRefs(headers, `${at}/headers`);
    else {
      m[X.headersText] = event.headersSchema;
      warnings.push(`event ${event.name}: its headers schema is not a JSON object schema; exported as text only`);
    }
  }
  const keptCorrelation = keptValue(kept, 'correlationId');
  const keptLocation = isObject(keptCorrelation) && typeof keptCorrelation.location === 'string' ? keptCorrelation.location : undefined;
  // The kept correlation id (header or payload, with its description) unless the design changed its field.
  if (event.correlationField && keptLocation !== undefined && pathOfLocation(keptLocation) === event.correlationField) m.correlationId = structuredCloneJson(keptCorrelation);
  else if (event.correlationField) m.correlationId = { location: correlationLocation(event.correlationField) };
  const keptExamples = keptValue(kept, 'examples');
  if (Array.isArray(keptExamples) && sameJson(examplePayloads(keptExamples), event.examples ?? [])) {
    if (keptExamples.length) m.examples = structuredCloneJson(keptExamples);
  } else if (event.examples?.length) {
    const parsed = event.examples.map(parseJson);
    const json = parsed.filter((p): p is { ok: true; value: Json } => p.ok);
    if (json.length) m.examples = json.map((p, i) => ({ name: `example-${i + 1}`, payload: p.value }));
    // AsyncAPI examples are data; text that is not JSON (or JSON laid out by hand) travels verbatim.
    if (json.length !== parsed.length) m[X.examples] = [...event.examples];
  }
  const keptBindings = keptValue(kept, 'bindings');
  const kafkaKeySchema = keptBindings === undefined ? kafkaKey(design, event) : undefined;
  if (keptBindings !== undefined) m.bindings = structuredCloneJson(keptBindings);
  else if (kafkaKeySchema) m.bindings = { kafka: { key: kafkaKeySchema, bindingVersion: '0.5.0' } };
  withKept(m, kept, ['correlationId', 'examples']);
  if (kept) m[X.kept] = true;
  m[X.id] = event.id;
  m[X.messageType] = event.kind;
  m[X.messageVersion] = event.version;
  if (event.owner !== undefined) m[X.owner] = event.owner;
  if (event.inventedName !== undefined) m[X.inventedName] = event.inventedName;
  if (event.idField !== undefined) m[X.idField] = event.idField;
  if (event.history !== undefined) m[X.history] = event.history.map((h) => ({ version: h.version, schema: h.schema }));
  if (event.compatibility !== undefined) m[X.compatibility] = { mode: event.compatibility.mode, policy: event.compatibility.policy };
  if ('problem' in payload) {
    m[X.invalidSchema] = true;
    // Kept so that importing the document back loses nothing the user typed.
    m[X.schemaText] = event.schema;
    m[X.schemaFormat] = event.schemaFormat;
    warnings.push(`event ${event.name}: its ${event.schemaFormat} schema is not valid (${payload.problem}), so the message has no payload`);
  }
  return { component: m, warnings };
}

