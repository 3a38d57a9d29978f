// What a document says that the design does not model, kept with its element (model/types.ts
// `Kept`) in AsyncAPI 3.0 form with every `$ref` resolved, so export can write it back where it
// came from. 2.x parts are converted as the official converter does (listed in the corpus test):
// server `url` → `host` + `pathname`, security requirements → security scheme objects, OAuth
// `scopes` → `availableScopes`, parameter `schema` → `enum`/`default`/`examples`, top-level
// `tags`/`externalDocs` → `info`. Traits are applied (the element's own fields win).
import type { Json, Kept } from '../../model/types';
import { isObj, type Obj, type Resolver } from './refs';
import { X } from '../vocabulary';

/** `x-eventsmith-*` and EventCatalog's message keys are ours: the design models them. */
const isOurs = (key: string) => key.startsWith('x-eventsmith-') || key === 'x-eventcatalog-message-type' || key === 'x-eventcatalog-message-version';

/** A JSON copy of `obj` without `drop` keys and without our own extensions; undefined when nothing is left. */
export function keepOf(obj: Obj, drop: readonly string[]): Kept {
  const out: Kept = {};
  for (const [key, value] of Object.entries(obj)) {
    if (drop.includes(key) || isOurs(key) || value === undefined) continue;
    out[key] = value as Json;
  }
  return out;
}

/** Deep merge for traits: objects merge key by key, `own` wins over `trait` (AsyncAPI 3.0 traits merge). */
export function mergeTrait(trait: unknown, own: unknown): unknown {
  if (!isObj(trait) || !isObj(own)) return own === undefined ? trait : own;
  const out: Obj = { ...trait };
  for (const [k, v] of Object.entries(own)) out[k] = k in trait && Object.hasOwn(trait, k) ? mergeTrait(trait[k], v) : v;
  return out;
}

/**
 * The element with every `$ref` resolved and its traits applied, in order, the element's own fields
 * winning. `traits` is removed: what they said is now part of the element.
 */
export function withTraits(obj: Obj, file: string, resolver: Resolver): Obj {
  const own = resolver.inline(obj, file) as Obj;
  if (!Array.isArray(own.traits)) return own;
  let merged: unknown = {};
  for (const t of own.traits) if (isObj(t)) merged = mergeTrait(merged, t);
  const { traits: _traits, ...rest } = own;
  return mergeTrait(merged, rest) as Obj;
}

/** 2.x `mqtt://host:1883/path` → 3.0 `host` and `pathname`. */
export function splitUrl(url: string): { host: string; pathname?: string } {
  const noScheme = url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
  const slash = noScheme.indexOf('/');
  if (slash < 0) return { host: noScheme };
  return { host: noScheme.slice(0, slash), pathname: noScheme.slice(slash) };
}

/** 2.x security scheme → 3.0: OAuth flow `scopes` are `availableScopes`. */
export function convertScheme(scheme: unknown): unknown {
  if (!isObj(scheme) || !isObj(scheme.flows)) return scheme;
  const flows: Obj = {};
  for (const [name, flow] of Object.entries(scheme.flows)) {
    if (!isObj(flow) || flow.scopes === undefined) flows[name] = flow;
    else {
      const { scopes, ...rest } = flow;
      flows[name] = { ...rest, availableScopes: scopes };
    }
  }
  return { ...scheme, flows };
}

/** 2.x `security: [{ name: [scopes] }]` → 3.0 security scheme objects (with `scopes` when given). */
export function convertSecurity(security: unknown, schemes: Obj): Json[] | undefined {
  if (!Array.isArray(security)) return undefined;
  const out: Json[] = [];
  for (const requirement of security) {
    if (!isObj(requirement)) continue;
    for (const [name, scopes] of Object.entries(requirement)) {
      const scheme = Object.hasOwn(schemes, name) ? schemes[name] : undefined;
      if (!isObj(scheme)) continue;
      const converted = convertScheme(scheme) as Obj;
      out.push((Array.isArray(scopes) && scopes.length ? { ...converted, scopes } : converted) as Json);
    }
  }
  return out;
}

/** 2.x parameter (`schema`) → 3.0 (`enum`, `default`, `examples`, `description`, `location`). */
export function convertParameters(parameters: unknown): Json | undefined {
  if (!isObj(parameters)) return undefined;
  const out: Kept = {};
  for (const [name, p] of Object.entries(parameters)) {
    if (!isObj(p)) continue;
    const q: Kept = {};
    if (typeof p.description === 'string') q.description = p.description;
    const schema = isObj(p.schema) ? p.schema : {};
    if (Array.isArray(schema.enum)) q.enum = schema.enum.filter((v) => typeof v === 'string') as Json[];
    if (typeof schema.default === 'string') q.default = schema.default;
    if (Array.isArray(schema.examples)) q.examples = schema.examples.filter((v) => typeof v === 'string') as Json[];
    if (typeof p.location === 'string') q.location = p.location;
    for (const [k, v] of Object.entries(p)) if (k.startsWith('x-') && !isOurs(k)) q[k] = v as Json;
    out[name] = q;
  }
  return out;
}

/** The protocols AsyncAPI 3.0 has bindings for: a 2.x binding under another key has no place in 3.0. */
export const BINDING_PROTOCOLS = ['http', 'ws', 'kafka', 'anypointmq', 'amqp', 'amqp1', 'mqtt', 'mqtt5', 'nats', 'jms', 'sns', 'solace', 'sqs', 'stomp', 'redis', 'mercure', 'ibmmq', 'googlepubsub', 'pulsar', 'ros2'];

/**
 * A kept element's bindings split into what a 3.0 bindings object holds and the rest: a 2.x
 * binding under another key (`rabbit`, `smf`) is kept under X.otherBindings (with those an earlier
 * export wrote there), so the design loses nothing and the 3.0 export stays valid. Reported.
 */
export function keepBindings(kept: Kept, effective: Obj, where: string, warnings: string[]): void {
  const other: Kept = isObj(effective[X.otherBindings]) ? { ...(effective[X.otherBindings] as Kept) } : {};
  const value = kept.bindings;
  if (isObj(value)) {
    const out: Kept = {};
    for (const [k, v] of Object.entries(value)) {
      if (BINDING_PROTOCOLS.includes(k) || k.startsWith('x-')) out[k] = v as Json;
      else {
        other[k] = v as Json;
        warnings.push(`${where}: a "${k}" binding has no place in AsyncAPI 3.0: kept in the design, exported under ${X.otherBindings}`);
      }
    }
    kept.bindings = out;
  }
  if (Object.keys(other).length) kept[X.otherBindings] = other;
}

const EXAMPLE_FIELDS = ['summary', 'headers', 'payload'];

/**
 * One message example in 3.0's shape (a Message Example Object: `name`, `summary`, `headers`,
 * `payload`); 2.1+ examples are that already. Microcks names each example by a one-key map
 * instead, `- laurent: { summary, headers, payload }`, which no version's schema accepts: the key
 * is the example's `name`, field for field. Headers given as JSON text (Microcks
 * again: `headers: '{"a": 1}'`) are that JSON object, since 3.0 headers must be a map: the value
 * is the same, the text's layout is not kept. Anything else is returned as it is (and checked by
 * the caller).
 */
export function exampleOf(example: unknown): unknown {
  let e = example;
  if (isObj(e)) {
    const keys = Object.keys(e);
    const inner = keys.length === 1 ? e[keys[0]] : undefined;
    if (!['name', ...EXAMPLE_FIELDS].includes(keys[0]) && !keys[0].startsWith('x-') && isObj(inner) && Object.keys(inner).length > 0 && Object.keys(inner).every((k) => EXAMPLE_FIELDS.includes(k)))
      e = { name: keys[0], ...inner };
  }
  if (isObj(e) && typeof e.headers === 'string') {
    try {
      const headers: unknown = JSON.parse(e.headers);
      if (isObj(headers)) e = { ...e, headers };
    } catch {
      // Not JSON: left as it is, the caller does not keep it as an example.
    }
  }
  return e;
}

/** A 2.x message's examples are 3.0's (see exampleOf for the older named ones). */
export const MESSAGE_MODELLED = ['name', 'messageId', 'payload', 'schemaFormat', 'headers', 'description', 'traits'] as const;
export const OPERATION_MODELLED = ['operationId', 'action', 'channel', 'message', 'messages', 'traits', 'reply'] as const;
export const CHANNEL_MODELLED = ['address', 'messages', 'description', 'subscribe', 'publish', 'servers', 'parameters'] as const;
export const SERVER_MODELLED = ['host', 'url', 'protocol', 'protocolVersion', 'description', 'security'] as const;
export const INFO_MODELLED = ['title', 'version', 'description'] as const;
