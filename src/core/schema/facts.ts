// schemaFacts: the one entry point lints, exports and quick fixes read schemas through.
// Memoized, because lints ask again for every event on every edit.

import type { SchemaFormat } from '../model/types';
import { avroFields } from './avro-fields';
import { duplicateKeys } from './duplicate-keys';
import { jsonSchemaFields } from './json-fields';
import { parseSchemaText } from './parse';
import { isObject } from './pointer';
import { protobufFields } from './protobuf-fields';
import type { FieldFact, SchemaDraft, SchemaFacts } from './types';

// Per format, keyed by the text itself: the design's own string instances hash once, where a
// concatenated key would be re-hashed on every lookup. Bounded, least recently used out first.
const CACHE_LIMIT = 4_096;
const caches: Record<SchemaFormat, Map<string, SchemaFacts>> = { 'json-schema': new Map(), avro: new Map(), protobuf: new Map() };

const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;

export function schemaDraft(parsed: unknown): { draft: SchemaDraft; declaredSchema?: string } {
  if (!isObject(parsed) || !('$schema' in parsed)) return { draft: 'none' };
  const declared = parsed.$schema;
  if (typeof declared !== 'string') return { draft: 'other' };
  return { draft: DRAFT_07.test(declared.trim()) ? 'draft-07' : 'other', declaredSchema: declared };
}

function failed(error: string): SchemaFacts {
  return { ok: false, error, draft: 'none', fields: [], closed: false, closedPaths: [], closedObjects: [] };
}

function compute(text: string, format: SchemaFormat): SchemaFacts {
  if (format === 'protobuf') {
    if (text.trim() === '') return failed('The schema is empty');
    const r = protobufFields(text);
    if (r.error) return failed(r.error);
    return { ok: true, draft: 'none', fields: r.fields, closed: false, closedPaths: [], closedObjects: [], ...(r.truncated ? { truncated: true } : {}) };
  }
  const parsed = parseSchemaText(text);
  if (!parsed.ok) return failed(parsed.error);
  // JSON.parse kept the last of each repeated key: say which were dropped.
  const duplicates = duplicateKeys(text);
  const dup = duplicates.length > 0 ? { duplicateKeys: duplicates } : {};
  if (format === 'avro') {
    const r = avroFields(parsed.value);
    if (r.error) return { ...failed(r.error), ...dup };
    return {
      ok: true, parsed: parsed.value, draft: 'none', fields: r.fields, closed: false, closedPaths: [], closedObjects: [],
      ...(r.truncated ? { truncated: true } : {}), ...dup,
      ...(r.tooComplex !== undefined ? { tooComplex: r.tooComplex } : {}),
    };
  }
  const value = parsed.value;
  if (!isObject(value) && typeof value !== 'boolean') {
    return { ...failed('A JSON Schema must be an object or a boolean'), parsed: value, ...dup };
  }
  const r = jsonSchemaFields(value);
  const facts: SchemaFacts = {
    ok: true,
    parsed: value,
    ...schemaDraft(value),
    fields: r.fields,
    closed: r.closed.some((c) => c.path === ''),
    closedPaths: r.closed.map((c) => c.path),
    closedObjects: r.closed,
    ...dup,
  };
  if (r.truncated) facts.truncated = true;
  if (r.tooComplex !== undefined) facts.tooComplex = r.tooComplex;
  return facts;
}

/**
 * Facts about one schema text. The result is shared between callers: treat it as read-only.
 * Never throws.
 */
export function schemaFacts(text: string, format: SchemaFormat = 'json-schema'): SchemaFacts {
  const cache = caches[format] ?? caches['json-schema'];
  const hit = cache.get(text);
  if (hit) {
    // Refresh its place so the entries in use survive eviction.
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  let facts: SchemaFacts;
  try {
    facts = compute(text, format);
  } catch (e) {
    // A stack overflow on absurd nesting in JSON.parse-ed data is the only expected case.
    facts = failed(`The schema could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  cache.set(text, facts);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return facts;
}

/** For tests and benchmarks. */
export function clearSchemaFactsCache(): void {
  for (const cache of Object.values(caches)) cache.clear();
}

const byPath = new WeakMap<SchemaFacts, Map<string, FieldFact>>();

/** The field at a dotted path (`total.amount`, `lines[].sku`), if the schema declares it. */
export function fieldAt(facts: SchemaFacts, path: string): FieldFact | undefined {
  let index = byPath.get(facts);
  if (!index) {
    index = new Map();
    for (const f of facts.fields) if (!index.has(f.path)) index.set(f.path, f);
    byPath.set(facts, index);
  }
  return index.get(path.trim());
}

export function hasFieldPath(facts: SchemaFacts, path: string): boolean {
  return fieldAt(facts, path) !== undefined;
}
