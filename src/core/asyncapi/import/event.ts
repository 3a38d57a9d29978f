// A message → an event type: payload as schema text in our formats, headers, examples,
// correlation id and our extensions (§4.1 "event").
import { formatOfMediaType, pathOfLocation, X } from '../vocabulary';
import { EVENT_KINDS, SCHEMA_FORMATS, type CompatMode, type CompatPolicy, type EventType, type Id } from '../../model/types';

const COMPAT_MODES: CompatMode[] = ['BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE'];
const COMPAT_POLICIES: CompatPolicy[] = ['LENIENT', 'STRICT'];
import { exampleOf, keepBindings, keepOf, MESSAGE_MODELLED, withTraits } from './keep';
import type { Json } from '../../model/types';
import type { RawMessage } from './raw';
import { isObj, type Resolver } from './refs';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * A class name a code-first tool wrote as the message name (Springwolf: `java.lang.String`,
 * `io.github.acme.dtos.OrderDto`, `…Dto.Message`): lower-case packages, then capitalised classes.
 * Nobody chose it as the name of an event.
 */
const CLASS_NAME = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+(?:\.[A-Z][A-Za-z0-9_$]*)+$/;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

interface Payload { schemaFormat: EventType['schemaFormat']; schema: string; rawSchemaFormat?: string }

function payloadOf(msg: RawMessage, resolver: Resolver, warnings: string[], where: string): Payload {
  const m = msg.obj;
  if (m[X.invalidSchema] === true && typeof m[X.schemaText] === 'string') {
    const format = SCHEMA_FORMATS.find((f) => f === m[X.schemaFormat]) ?? 'json-schema';
    return { schemaFormat: format, schema: m[X.schemaText] as string };
  }
  if (m.payload === undefined) return { schemaFormat: 'json-schema', schema: '{}' };
  const payload = resolver.derefSchema(m.payload, msg.file);
  let mediaType = str(m.schemaFormat) ?? msg.defaultFormat;
  let schema: unknown = m.payload;
  let file = msg.file;
  // Where the schema sits, when it is inline in a message reached by $ref (its own refs stay local).
  let root = msg.pointer !== undefined && payload.pointer === '' ? `${msg.pointer}/payload` : undefined;
  // 3.x multi-format schema object: { schemaFormat, schema }.
  if (isObj(payload.value) && typeof payload.value.schemaFormat === 'string' && 'schema' in payload.value) {
    mediaType = payload.value.schemaFormat;
    schema = payload.value.schema;
    file = payload.file;
    root = root !== undefined && !(isObj(schema) && typeof schema.$ref === 'string') ? `${root}/schema` : undefined;
  }
  const format = mediaType ? formatOfMediaType(mediaType) : 'json-schema';
  const inlined = resolver.inline(schema, file, root);
  const text = typeof inlined === 'string' ? inlined : pretty(inlined);
  if (format) return { schemaFormat: format, schema: text };
  warnings.push(`${where}: payload format ${mediaType} is kept as text`);
  return { schemaFormat: 'json-schema', schema: text, rawSchemaFormat: mediaType };
}

/** Every field of an event that a message carries; the id is assigned by the caller. */
export function eventOf(msg: RawMessage, resolver: Resolver, warnings: string[], keep: boolean): Omit<EventType, 'id'> & { preferredId?: Id } {
  const m = msg.obj;
  const { payload: _payload, ...rest } = m;
  // Traits applied: their headers, bindings, text… are the message's own (the message wins).
  const effective = keep || Array.isArray(m.traits) ? withTraits(rest, msg.file, resolver) : undefined;
  const where = `${msg.file}: message ${msg.name}`;
  const kind = EVENT_KINDS.find((k) => k === m[X.messageType]) ?? 'event';
  const version = str(m[X.messageVersion]) ?? (typeof m[X.messageVersion] === 'number' ? String(m[X.messageVersion]) : '1.0.0');
  const event: Omit<EventType, 'id'> & { preferredId?: Id } = { name: msg.name, kind, version, ...payloadOf(msg, resolver, warnings, where) };
  if (typeof m[X.id] === 'string') event.preferredId = m[X.id] as string;
  // Names no person chose are marked, so the naming rules do not grade them as if one had.
  if (typeof m[X.inventedName] === 'string') event.inventedName = m[X.inventedName] as string;
  else if (m[X.id] === undefined && (msg.invented || CLASS_NAME.test(msg.name))) event.inventedName = msg.name;
  // A kept summary stays the summary; only documents without one fall back to it.
  const description = str(effective?.description ?? m.description) ?? (keep ? undefined : str(m.summary));
  if (description !== undefined) event.description = description;
  if (str(m[X.owner]) !== undefined) event.owner = m[X.owner] as string;
  if (typeof m[X.headersText] === 'string') event.headersSchema = m[X.headersText] as string;
  else if (Array.isArray(m.traits) && effective?.headers !== undefined) {
    const h = effective.headers;
    const headers = isObj(h) && typeof h.schemaFormat === 'string' && 'schema' in h ? h.schema : h;
    event.headersSchema = typeof headers === 'string' ? headers : pretty(headers);
  } else if (m.headers !== undefined) {
    let headers = resolver.derefSchema(m.headers, msg.file);
    let root = msg.pointer !== undefined && headers.pointer === '' ? `${msg.pointer}/headers` : undefined;
    if (isObj(headers.value) && typeof headers.value.schemaFormat === 'string' && 'schema' in headers.value) {
      headers = { ...headers, value: headers.value.schema };
      root = root === undefined ? undefined : `${root}/schema`;
    }
    const inlined = resolver.inline(headers.value, headers.file, root);
    event.headersSchema = typeof inlined === 'string' ? inlined : pretty(inlined);
  }
  if (Array.isArray(m[X.examples]) && (m[X.examples] as unknown[]).every((e) => typeof e === 'string')) event.examples = [...(m[X.examples] as string[])];
  else if (Array.isArray(m.examples)) {
    const examples: string[] = [];
    for (const e of m.examples) {
      const ex = resolver.deref(e, msg.file);
      const value = exampleOf(ex.value);
      if (isObj(value) && value.payload !== undefined) examples.push(pretty(resolver.inline(value.payload, ex.file)));
    }
    if (examples.length) event.examples = examples;
  }
  if (str(m[X.idField]) !== undefined) event.idField = m[X.idField] as string;
  const correlation = effective?.correlationId ?? m.correlationId;
  if (correlation !== undefined) {
    const c = resolver.deref(correlation, msg.file).value;
    const path = isObj(c) && typeof c.location === 'string' ? pathOfLocation(c.location) : undefined;
    if (path) event.correlationField = path;
  }
  const history = m[X.history];
  if (Array.isArray(history)) {
    const list = history.filter((h) => isObj(h) && typeof h.version === 'string' && typeof h.schema === 'string') as { version: string; schema: string }[];
    event.history = list.map((h) => ({ version: h.version, schema: h.schema }));
  }
  const compat = m[X.compatibility];
  if (isObj(compat)) {
    const mode = COMPAT_MODES.find((x) => x === compat.mode);
    const policy = COMPAT_POLICIES.find((x) => x === compat.policy);
    if (mode && policy) event.compatibility = { mode, policy };
  }
  if (keep && effective) {
    const kept = keepOf(effective, MESSAGE_MODELLED);
    keepBindings(kept, effective, where, warnings);
    // Examples are written back only in the shape 3.0 allows; others cannot be (the parser refuses them).
    if (Array.isArray(kept.examples)) {
      kept.examples = kept.examples.map(exampleOf) as Json[];
      const valid = kept.examples.filter((e) => isObj(e) && (e.payload !== undefined || e.headers !== undefined) && (e.headers === undefined || isObj(e.headers)) && Object.keys(e).every((k) => ['headers', 'payload', 'name', 'summary'].includes(k) || k.startsWith('x-')));
      if (valid.length !== kept.examples.length) warnings.push(`${where}: ${kept.examples.length - valid.length} example(s) are not AsyncAPI examples (no payload or headers, or headers that are not a map) and are not kept`);
      kept.examples = valid;
    }
    event.kept = kept;
  }
  return event;
}

/** The Kafka message key schema, if the message declares one. */
export function hasKafkaKey(msg: RawMessage, resolver: Resolver): boolean {
  const bindings = resolver.deref(msg.obj.bindings, msg.file).value;
  if (!isObj(bindings)) return false;
  const kafka = resolver.deref(bindings.kafka, msg.file).value;
  return isObj(kafka) && kafka.key !== undefined;
}
