import { isObject } from '../../json';
// Would the official AsyncAPI parser accept this payload? It validates JSON Schema payloads
// against the draft-07 meta-schema and Avro payloads against the Avro schema shape. ajv cannot
// run here (the page's CSP forbids eval), so the keyword shapes the meta-schemas demand are
// checked by hand. Returns the first problem, or undefined.

const TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
const MAX_DEPTH = 200;

const number = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const nonNegInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const string = (v: unknown) => typeof v === 'string';
const boolean = (v: unknown) => typeof v === 'boolean';
const stringArray = (v: unknown) => Array.isArray(v) && v.every(string) && new Set(v).size === v.length;
const typeValue = (v: unknown) =>
  (typeof v === 'string' && TYPES.has(v)) || (Array.isArray(v) && v.length > 0 && v.every((t) => typeof t === 'string' && TYPES.has(t)) && new Set(v).size === v.length);

const SIMPLE: Record<string, (v: unknown) => boolean> = {
  $id: string, $schema: string, $ref: string, $comment: string, title: string, description: string,
  multipleOf: (v) => number(v) && (v as number) > 0, maximum: number, exclusiveMaximum: number, minimum: number, exclusiveMinimum: number,
  maxLength: nonNegInt, minLength: nonNegInt, pattern: string, maxItems: nonNegInt, minItems: nonNegInt, uniqueItems: boolean,
  maxProperties: nonNegInt, minProperties: nonNegInt, required: stringArray, enum: Array.isArray, type: typeValue,
  format: string, contentMediaType: string, contentEncoding: string, readOnly: boolean, writeOnly: boolean, examples: Array.isArray,
  deprecated: boolean,
};
const SUBSCHEMA = ['additionalItems', 'contains', 'additionalProperties', 'propertyNames', 'if', 'then', 'else', 'not', 'items'];
const SCHEMA_MAPS = ['definitions', 'properties', 'patternProperties'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];

export function jsonSchemaProblem(schema: unknown, path = '', depth = 0): string | undefined {
  if (typeof schema === 'boolean') return undefined;
  if (!isObject(schema)) return `${path || 'the schema'} is not an object`;
  if (depth > MAX_DEPTH) return `${path} is nested too deeply`;
  for (const [key, value] of Object.entries(schema)) {
    const at = `${path}/${key}`;
    // A keyword named like an Object member (`valueOf`, `__proto__`) is just an unknown keyword.
    const simple = Object.hasOwn(SIMPLE, key) ? SIMPLE[key] : undefined;
    if (simple && !simple(value)) return `${at} has the wrong shape for draft-07`;
    if (key === 'items' && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const p = jsonSchemaProblem(value[i], `${at}/${i}`, depth + 1);
        if (p) return p;
      }
    } else if (SUBSCHEMA.includes(key)) {
      const p = jsonSchemaProblem(value, at, depth + 1);
      if (p) return p;
    } else if (SCHEMA_MAPS.includes(key)) {
      if (!isObject(value)) return `${at} must be an object`;
      for (const [k, sub] of Object.entries(value)) {
        const p = jsonSchemaProblem(sub, `${at}/${k}`, depth + 1);
        if (p) return p;
      }
    } else if (SCHEMA_LISTS.includes(key)) {
      if (!Array.isArray(value) || value.length === 0) return `${at} must be a non-empty array`;
      for (let i = 0; i < value.length; i++) {
        const p = jsonSchemaProblem(value[i], `${at}/${i}`, depth + 1);
        if (p) return p;
      }
    } else if (key === 'dependencies') {
      if (!isObject(value)) return `${at} must be an object`;
      for (const [k, dep] of Object.entries(value)) {
        const p = Array.isArray(dep) ? (stringArray(dep) ? undefined : `${at}/${k} must list property names`) : jsonSchemaProblem(dep, `${at}/${k}`, depth + 1);
        if (p) return p;
      }
    }
  }
  return undefined;
}

const AVRO_PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);
const AVRO_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function avroProblem(schema: unknown, path = '', depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return `${path} is nested too deeply`;
  if (typeof schema === 'string') return AVRO_NAME.test(schema) ? undefined : `${path || 'the schema'} names no type`;
  if (Array.isArray(schema)) {
    for (let i = 0; i < schema.length; i++) {
      const p = avroProblem(schema[i], `${path}/${i}`, depth + 1);
      if (p) return p;
    }
    return undefined;
  }
  if (!isObject(schema)) return `${path || 'the schema'} is not an Avro schema`;
  const type = schema.type;
  const named = () => (typeof schema.name === 'string' && AVRO_NAME.test(schema.name) ? undefined : `${path}/name is missing or not an Avro name`);
  switch (type) {
    case 'record':
    case 'error': {
      const p = named();
      if (p) return p;
      if (!Array.isArray(schema.fields)) return `${path}/fields must be an array`;
      for (let i = 0; i < schema.fields.length; i++) {
        const f = schema.fields[i];
        if (!isObject(f) || typeof f.name !== 'string' || !('type' in f)) return `${path}/fields/${i} needs a name and a type`;
        const q = avroProblem(f.type, `${path}/fields/${i}/type`, depth + 1);
        if (q) return q;
      }
      return undefined;
    }
    case 'enum':
      return named() ?? (stringArray(schema.symbols) ? undefined : `${path}/symbols must list names`);
    case 'array':
      return 'items' in schema ? avroProblem(schema.items, `${path}/items`, depth + 1) : `${path}/items is missing`;
    case 'map':
      return 'values' in schema ? avroProblem(schema.values, `${path}/values`, depth + 1) : `${path}/values is missing`;
    case 'fixed':
      return named() ?? (nonNegInt(schema.size) ? undefined : `${path}/size must be a whole number`);
    default:
      // The parser's Avro meta-schema takes only primitive names as an object's `type`.
      if (typeof type === 'string' && AVRO_PRIMITIVES.has(type)) return undefined;
      if (isObject(type) || Array.isArray(type)) return avroProblem(type, `${path}/type`, depth + 1);
      return `${path}/type is not an Avro type`;
  }
}
