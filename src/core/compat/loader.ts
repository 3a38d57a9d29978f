import { CompatInputError } from './types';
import type { ArrayNode, Meta, NumberNode, ObjectNode, Resolver, SchemaNode, StringNode, Sub } from './nodes';
import { isObject, unescapePointerToken } from '../json';

type Json = Record<string, unknown>;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

// Keyword families that make a schema without `type` read as that type (as everit does).
const FAMILY_KEYWORDS: [string, string[]][] = [
  ['string', ['minLength', 'maxLength', 'pattern', 'format']],
  ['number', ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']],
  ['object', ['properties', 'required', 'additionalProperties', 'minProperties', 'maxProperties', 'dependencies', 'patternProperties', 'propertyNames']],
  ['array', ['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains']],
];

function regExp(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    try {
      return new RegExp(pattern);
    } catch {
      return null;
    }
  }
}

const unescapePointer = unescapePointerToken;

/**
 * Reads one schema document into SchemaNodes, on demand and memoized by raw object, so that a
 * `$ref` to the same definition always yields the same node (the diff's cycle guard keys on it).
 */
export class SchemaLoader implements Resolver {
  private readonly cache = new Map<object, SchemaNode>();
  private readonly resolving = new Set<object>();

  constructor(readonly root: unknown) {}

  /** Throws CompatInputError for the first `$ref` anywhere in the document that cannot be followed. */
  checkRefs(value: unknown = this.root, depth = 0): void {
    if (depth > 200) throw new CompatInputError('schema is nested too deeply');
    if (Array.isArray(value)) for (const v of value) this.checkRefs(v, depth + 1);
    else if (isObject(value)) {
      if (typeof value.$ref === 'string') this.resolve(value.$ref);
      for (const k in value) if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'examples') this.checkRefs(value[k], depth + 1);
    }
  }

  node(raw: unknown): SchemaNode {
    if (raw === false) return { kind: 'false', meta: { hasDefault: false }, source: false, facet: 'false' };
    if (!isObject(raw)) return { kind: 'true', meta: { hasDefault: false }, source: raw === true ? true : {}, facet: 'true' };
    const cached = this.cache.get(raw);
    if (cached) return cached;
    let node: SchemaNode;
    if (typeof raw.$ref === 'string') {
      // A chain of $refs that only points at itself constrains nothing.
      if (this.resolving.has(raw)) return { kind: 'true', meta: { hasDefault: false }, source: {}, facet: 'true' };
      this.resolving.add(raw);
      try {
        node = this.node(this.resolve(raw.$ref));
      } finally {
        this.resolving.delete(raw);
      }
    } else {
      node = this.build(raw);
    }
    this.cache.set(raw, node);
    return node;
  }

  /** Local references only (`#/definitions/x`, or the root's own `$id` + `#…`): a design has no other files. */
  resolve(ref: string): unknown {
    const hash = ref.indexOf('#');
    const base = hash < 0 ? ref : ref.slice(0, hash);
    const rootId = isObject(this.root) ? str(this.root.$id) ?? str(this.root.id) : undefined;
    if (base !== '' && base !== rootId) throw new CompatInputError(`cannot resolve $ref "${ref}": only references inside the schema are supported`);
    const pointer = hash < 0 ? '' : ref.slice(hash + 1);
    let target: unknown = this.root;
    if (pointer !== '') {
      let decoded: string;
      try {
        decoded = decodeURIComponent(pointer);
      } catch {
        throw new CompatInputError(`cannot resolve $ref "${ref}"`);
      }
      for (const token of decoded.split('/').slice(1).map(unescapePointer)) {
        if (Array.isArray(target) && /^\d+$/.test(token)) target = target[Number(token)];
        else if (isObject(target) && Object.prototype.hasOwnProperty.call(target, token)) target = target[token];
        else throw new CompatInputError(`cannot resolve $ref "${ref}": nothing at that path`);
      }
    }
    return target;
  }

  private build(raw: Json): SchemaNode {
    const meta: Meta = {
      id: str(raw.$id) ?? str(raw.id),
      title: str(raw.title),
      description: str(raw.description),
      hasDefault: Object.prototype.hasOwnProperty.call(raw, 'default'),
      default: raw.default,
    };
    const parts: SchemaNode[] = [];
    const type = raw.type;
    if (typeof type === 'string') {
      parts.push(this.typed(type, raw));
    } else if (Array.isArray(type)) {
      const subs = type.filter((t): t is string => typeof t === 'string').map((t) => ({ node: this.typed(t, raw) }));
      parts.push({ kind: 'combined', criterion: 'anyOf', subs, synthetic: false, meta: { hasDefault: false }, source: raw, facet: 'type' });
    } else {
      for (const [family, keywords] of FAMILY_KEYWORDS) {
        if (keywords.some((k) => k in raw)) parts.push(this.typed(family, raw, false));
      }
    }
    const none: Meta = { hasDefault: false };
    if (Array.isArray(raw.enum)) parts.push({ kind: 'enum', values: raw.enum, meta: none, source: raw.enum, facet: 'enum' });
    if ('const' in raw) parts.push({ kind: 'const', value: raw.const, meta: none, source: raw.const, facet: 'const' });
    if ('not' in raw) parts.push({ kind: 'not', schema: { raw: raw.not, in: this }, meta: none, source: raw.not, facet: 'not' });
    for (const criterion of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = raw[criterion];
      if (Array.isArray(list)) {
        parts.push({ kind: 'combined', criterion, subs: list.map((s) => ({ raw: s, in: this })), synthetic: false, meta: none, source: list, facet: criterion });
      }
    }
    if (parts.length === 0) return { kind: 'true', meta, source: raw, facet: 'true' };
    if (parts.length === 1) return { ...parts[0], meta, source: raw } as SchemaNode;
    return { kind: 'combined', criterion: 'allOf', subs: parts.map((node) => ({ node })), synthetic: true, meta, source: raw, facet: 'parts' };
  }

  private typed(type: string, raw: Json, explicit = true): SchemaNode {
    const base = { meta: { hasDefault: false } as Meta, source: raw, facet: `${explicit ? '' : '~'}${type}` };
    switch (type) {
      case 'string': {
        const node: StringNode = { kind: 'string', ...base, minLength: num(raw.minLength), maxLength: num(raw.maxLength), pattern: str(raw.pattern) };
        return node;
      }
      case 'integer':
      case 'number': {
        const node: NumberNode = {
          kind: 'number', ...base, integer: type === 'integer',
          minimum: num(raw.minimum), maximum: num(raw.maximum),
          exclusiveMinimum: num(raw.exclusiveMinimum), exclusiveMaximum: num(raw.exclusiveMaximum),
          multipleOf: num(raw.multipleOf),
        };
        return node;
      }
      case 'object':
        return this.object(raw, base);
      case 'array':
        return this.array(raw, base);
      case 'boolean':
        return { kind: 'boolean', ...base };
      case 'null':
        return { kind: 'null', ...base };
      default:
        return { kind: 'true', ...base };
    }
  }

  private object(raw: Json, base: Pick<ObjectNode, 'meta' | 'source' | 'facet'>): ObjectNode {
    const properties = new Map<string, Sub>();
    if (isObject(raw.properties)) for (const [k, v] of Object.entries(raw.properties)) properties.set(k, { raw: v, in: this });
    const propertyDependencies = new Map<string, string[]>();
    const schemaDependencies = new Map<string, Sub>();
    if (isObject(raw.dependencies)) {
      for (const [k, v] of Object.entries(raw.dependencies)) {
        if (Array.isArray(v)) propertyDependencies.set(k, v.filter((x): x is string => typeof x === 'string'));
        else schemaDependencies.set(k, { raw: v, in: this });
      }
    }
    return {
      kind: 'object', ...base,
      properties,
      required: new Set(Array.isArray(raw.required) ? raw.required.filter((x): x is string => typeof x === 'string') : []),
      additional: additional(raw.additionalProperties, this),
      patternProperties: isObject(raw.patternProperties)
        ? Object.entries(raw.patternProperties).map(([p, s]) => ({ pattern: regExp(p), schema: { raw: s, in: this } }))
        : [],
      propertyDependencies,
      schemaDependencies,
      unevaluated: 'unevaluatedProperties' in raw ? { raw: raw.unevaluatedProperties, in: this } : undefined,
      minProperties: num(raw.minProperties),
      maxProperties: num(raw.maxProperties),
    };
  }

  private array(raw: Json, base: Pick<ArrayNode, 'meta' | 'source' | 'facet'>): ArrayNode {
    const items = raw.items;
    return {
      kind: 'array', ...base,
      items: items !== undefined && !Array.isArray(items) ? { raw: items, in: this } : undefined,
      tuple: Array.isArray(items) ? items.map((s) => ({ raw: s, in: this })) : [],
      additional: additional(raw.additionalItems, this),
      unevaluated: 'unevaluatedItems' in raw ? { raw: raw.unevaluatedItems, in: this } : undefined,
      minItems: num(raw.minItems),
      maxItems: num(raw.maxItems),
      uniqueItems: raw.uniqueItems === true,
      minContains: num(raw.minContains),
      maxContains: num(raw.maxContains),
    };
  }
}

// `true` and absent both leave the content model open; a schema object (even `{}`) makes it
// partially open, exactly as Confluent's loader reads it.
function additional(value: unknown, resolver: Resolver): boolean | Sub {
  if (value === undefined || value === true) return true;
  if (value === false) return false;
  return { raw: value, in: resolver };
}
