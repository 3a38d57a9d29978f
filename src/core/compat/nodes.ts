// The schema model the diff walks. It mirrors how Confluent's loader (everit) reads a JSON Schema,
// because its compatibility verdicts depend on that reading: `type: [a, b]` is an anyOf of one
// schema per type; a schema mixing keyword families (`type: string` plus `enum`) is a synthetic
// allOf of one schema per family; `{}` and `true` accept anything; integer and number are one kind
// that differs only in `integer`.

/** Where a child schema comes from: raw JSON (loaded on demand, so $ref cycles stay finite) or a built part. */
export type Sub = { raw: unknown; in: Resolver } | { node: SchemaNode };

/** The document a raw child belongs to: resolves its $refs against the right root. */
export interface Resolver { node(raw: unknown): SchemaNode }

export function subNode(s: Sub | undefined): SchemaNode | undefined {
  if (!s) return undefined;
  return 'node' in s ? s.node : s.in.node(s.raw);
}

export interface Meta {
  id?: string;
  title?: string;
  description?: string;
  hasDefault: boolean;
  default?: unknown;
}

interface Base {
  meta: Meta;
  /** The raw schema object this node was read from, and which keyword family of it (synthetic parts). */
  source: unknown;
  facet: string;
}

export interface TrueNode extends Base { kind: 'true' }
export interface FalseNode extends Base { kind: 'false' }
export interface BooleanNode extends Base { kind: 'boolean' }
export interface NullNode extends Base { kind: 'null' }

export interface StringNode extends Base {
  kind: 'string';
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export interface NumberNode extends Base {
  kind: 'number';
  integer: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export interface ObjectNode extends Base {
  kind: 'object';
  properties: Map<string, Sub>;
  required: Set<string>;
  /** false = `additionalProperties: false`; a Sub = a schema for them; true = absent or `true`. */
  additional: boolean | Sub;
  patternProperties: { pattern: RegExp | null; schema: Sub }[];
  propertyDependencies: Map<string, string[]>;
  schemaDependencies: Map<string, Sub>;
  unevaluated?: Sub;
  minProperties?: number;
  maxProperties?: number;
}

export interface ArrayNode extends Base {
  kind: 'array';
  /** `items` as one schema for every item. */
  items?: Sub;
  /** `items` as a list (tuple validation). */
  tuple: Sub[];
  additional: boolean | Sub;
  unevaluated?: Sub;
  minItems?: number;
  maxItems?: number;
  uniqueItems: boolean;
  minContains?: number;
  maxContains?: number;
}

export interface EnumNode extends Base { kind: 'enum'; values: unknown[] }
export interface ConstNode extends Base { kind: 'const'; value: unknown }
export interface NotNode extends Base { kind: 'not'; schema: Sub }

export type Criterion = 'allOf' | 'anyOf' | 'oneOf';
export interface CombinedNode extends Base {
  kind: 'combined';
  criterion: Criterion;
  subs: Sub[];
  /** Made by the loader from a schema mixing keyword families, not written as allOf by the user. */
  synthetic: boolean;
}

export type SchemaNode =
  | TrueNode | FalseNode | BooleanNode | NullNode | StringNode | NumberNode
  | ObjectNode | ArrayNode | EnumNode | ConstNode | NotNode | CombinedNode;

export type NodeKind = SchemaNode['kind'];

/** JSON with object keys sorted: equal values give equal strings (enum sets, duplicate subschemas). */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
}

const keys = new WeakMap<SchemaNode, string>();
/** Identity of a schema by content, for collapsing duplicate subschemas as Confluent does. */
export function keyOf(node: SchemaNode): string {
  let key = keys.get(node);
  if (key === undefined) {
    key = `${node.facet}:${canonical(node.source)}`;
    keys.set(node, key);
  }
  return key;
}
