// Codec version 1, frozen. Everything in this file is part of the link format: changing any of
// it breaks every v1 link ever shared. Add a v2 instead (see versions.ts).
//
// The wire form is a JSON array (no keys to repeat), with references as list indices, ids left
// out where they equal what the name or the endpoints give, defaults left out, and schema texts
// that are exactly `JSON.stringify(value, null, 2)` carried as the value itself (no escaped
// quotes, no indentation) and turned back into the same text on decode.

export const BROKERS_V1 = ['kafka', 'rabbitmq', 'sqs', 'sns', 'nats', 'redis-streams', 'eventbridge', 'generic'] as const;
export const TOPIC_KINDS_V1 = ['stream', 'dead-letter'] as const;
export const EVENT_KINDS_V1 = ['event', 'command', 'query'] as const;
export const SCHEMA_FORMATS_V1 = ['json-schema', 'avro', 'protobuf'] as const;

/** Optional fields of each entity: [wire key, design field]. */
export const SERVICE_FIELDS = [['d', 'description'], ['o', 'owner'], ['m', 'domain'], ['v', 'version'], ['s', 'ownsState'], ['t', 'tags']] as const;
export const TOPIC_FIELDS = [['d', 'description'], ['p', 'partitions'], ['k', 'partitionKey'], ['m', 'keyedByMessageKey'], ['r', 'retention'], ['c', 'compacted'], ['y', 'replayed'], ['a', 'depthAlert']] as const;
export const EVENT_FIELDS = [['d', 'description'], ['o', 'owner'], ['i', 'idField'], ['c', 'correlationField'], ['C', 'compatibility'], ['r', 'rawSchemaFormat']] as const;
export const SUBSCRIPTION_FIELDS = [['g', 'consumerGroup'], ['k', 'idempotencyKey'], ['r', 'maxRetries']] as const;

/** Schema values nested deeper than this stay text, so the link's nesting cap always holds. */
export const EMBED_MAX_DEPTH = 40;
/** Decoding refuses wire JSON nested deeper than this. */
export const WIRE_MAX_DEPTH = 64;

/**
 * The id a name gives, as `slugify` did when v1 was released; frozen here so that ids left out
 * of v1 links come back the same even if `slugify` changes. Used only for printable-ASCII names.
 */
/** Frozen with wire v1 (links already made depend on it), so not the model's ID_BASE_LENGTH. */
const SLUG_V1_LENGTH = 56;

export function slugV1(name: string, fallback: string): string {
  const slug = name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_V1_LENGTH)
    .replace(/-+$/, '');
  return slug || fallback;
}

export const isAsciiName = (name: string) => /^[\x20-\x7e]*$/.test(name);

/** Schema text as a JSON value when that is exactly reversible, else the text itself. */
export function packText(text: string): unknown {
  if (!/^[[{]/.test(text) || /"(__proto__|constructor|prototype)"/.test(text)) return text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  // Depth first: JSON.stringify of a value thousands of levels deep overflows the stack.
  if (typeof value !== 'object' || value === null || deeperThan(value, EMBED_MAX_DEPTH) || JSON.stringify(value, null, 2) !== text) return text;
  return value;
}

export function unpackText(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? JSON.stringify(value, null, 2) : value;
}

/** True when containers nest more than `max` levels; stops descending at `max` (no deep recursion). */
function deeperThan(value: unknown, max: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (max <= 0) return true;
  for (const v of Object.values(value)) if (deeperThan(v, max - 1)) return true;
  return false;
}
