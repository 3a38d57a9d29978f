// Fields of an Avro schema (JSON form) in the same shape as JSON Schema fields.
// Avro types are mapped onto JSON Schema type names so lints read both alike:
//   string, enum -> string; bytes, fixed -> string; int, long -> integer; float, double -> number;
//   boolean -> boolean; null -> null; record, map -> object; array -> array.
// Logical types become formats: uuid -> uuid; timestamp-*, local-timestamp-* -> date-time;
// date -> date; time-* -> time. A union with null is optional (required: false); every other
// record field is always present on the wire, so it is required. Map values are not descended.

import { FactsBudget } from './budget';
import { LIMITS } from './json-fields';
import { appendPointer, isObject } from './pointer';
import type { FieldFact } from './types';

const PRIMITIVE: Record<string, string> = {
  string: 'string', bytes: 'string', int: 'integer', long: 'integer', float: 'number',
  double: 'number', boolean: 'boolean', null: 'null',
};
const COMPLEX: Record<string, string> = { record: 'object', error: 'object', map: 'object', array: 'array', enum: 'string', fixed: 'string' };

function logicalFormat(logical: unknown): string | undefined {
  if (typeof logical !== 'string') return undefined;
  if (logical === 'uuid') return 'uuid';
  if (/^(local-)?timestamp-/.test(logical)) return 'date-time';
  if (logical === 'date') return 'date';
  if (/^time-/.test(logical)) return 'time';
  return undefined;
}

interface Avro {
  named: Map<string, { node: Record<string, unknown>; pointer: string }>;
  fields: FieldFact[];
  budget: FactsBudget;
  truncated: boolean;
}

function fullName(name: string, namespace: string | undefined): string {
  return name.includes('.') || !namespace ? name : `${namespace}.${name}`;
}

/** Registers every named type (record, enum, fixed) first, so references may point forward. */
function collectNamed(a: Avro, node: unknown, pointer: string, namespace: string | undefined, depth: number): void {
  if (!a.budget.spend() || depth > LIMITS.maxDepth * 4) return;
  if (Array.isArray(node)) {
    node.forEach((n, i) => collectNamed(a, n, appendPointer(pointer, i), namespace, depth + 1));
    return;
  }
  if (!isObject(node)) return;
  let ns = namespace;
  if (typeof node.name === 'string' && typeof node.type === 'string' && ['record', 'error', 'enum', 'fixed'].includes(node.type)) {
    if (typeof node.namespace === 'string') ns = node.namespace || undefined;
    const full = fullName(node.name, ns);
    if (full.includes('.')) ns = full.slice(0, full.lastIndexOf('.'));
    if (!a.named.has(full)) a.named.set(full, { node, pointer });
    const short = full.slice(full.lastIndexOf('.') + 1);
    if (!a.named.has(short)) a.named.set(short, { node, pointer });
  }
  if (Array.isArray(node.fields)) {
    node.fields.forEach((f, i) => {
      if (isObject(f)) collectNamed(a, f.type, appendPointer(pointer, 'fields', i, 'type'), ns, depth + 1);
    });
  }
  if (node.items !== undefined) collectNamed(a, node.items, appendPointer(pointer, 'items'), ns, depth + 1);
  if (node.values !== undefined) collectNamed(a, node.values, appendPointer(pointer, 'values'), ns, depth + 1);
  if (isObject(node.type) || Array.isArray(node.type)) collectNamed(a, node.type, appendPointer(pointer, 'type'), ns, depth + 1);
}

interface Resolved { node: unknown; pointer: string; name?: string }

function resolveName(a: Avro, node: unknown, pointer: string): Resolved {
  if (typeof node === 'string' && !PRIMITIVE[node]) {
    const hit = a.named.get(node);
    if (hit) return { node: hit.node, pointer: hit.pointer, name: node };
  }
  // `{"type": "string", "logicalType": ...}` and `{"type": {...}}` wrap another type.
  if (isObject(node) && (isObject(node.type) || (typeof node.type === 'string' && !PRIMITIVE[node.type] && !COMPLEX[node.type]))) {
    const inner = resolveName(a, node.type, appendPointer(pointer, 'type'));
    return inner;
  }
  return { node, pointer };
}

function describe(a: Avro, typeNode: unknown, pointer: string): { type?: string | string[]; format?: string; optional: boolean; branches: Resolved[] } {
  if (Array.isArray(typeNode)) {
    const branches = typeNode.map((t, i) => resolveName(a, t, appendPointer(pointer, i)));
    const nonNull = branches.filter((b) => b.node !== 'null' && !(isObject(b.node) && b.node.type === 'null'));
    const optional = nonNull.length < branches.length;
    const types = new Set<string>();
    let format: string | undefined;
    for (const b of nonNull) {
      const d = describe(a, b.node, b.pointer);
      if (typeof d.type === 'string') types.add(d.type);
      format ??= d.format;
    }
    if (optional) types.add('null');
    const list = [...types];
    return { type: list.length === 1 ? list[0] : list, format, optional, branches: nonNull };
  }
  const r = resolveName(a, typeNode, pointer);
  if (typeof r.node === 'string') return { type: PRIMITIVE[r.node], optional: false, branches: [r] };
  if (isObject(r.node)) {
    const t = typeof r.node.type === 'string' ? (PRIMITIVE[r.node.type] ?? COMPLEX[r.node.type]) : undefined;
    return { type: t, format: logicalFormat(r.node.logicalType), optional: false, branches: [r] };
  }
  return { optional: false, branches: [] };
}

function walkRecord(a: Avro, record: Record<string, unknown>, pointer: string, prefix: string, chain: boolean, active: Set<string>, depth: number): void {
  if (depth > LIMITS.maxDepth || !Array.isArray(record.fields)) {
    if (depth > LIMITS.maxDepth) a.truncated = true;
    return;
  }
  record.fields.forEach((f, i) => {
    if (a.fields.length >= LIMITS.maxFields || !a.budget.spend()) {
      a.truncated = true;
      return;
    }
    if (!isObject(f) || typeof f.name !== 'string') return;
    const fp = appendPointer(pointer, 'fields', i);
    const path = prefix === '' ? f.name : `${prefix}.${f.name}`;
    const d = describe(a, f.type, appendPointer(fp, 'type'));
    const fact: FieldFact = { path, required: !d.optional, requiredChain: chain && !d.optional, jsonPointer: fp };
    if (d.type !== undefined) fact.type = d.type;
    if (d.format !== undefined) fact.format = d.format;
    if (typeof f.doc === 'string') fact.description = f.doc;
    a.fields.push(fact);
    // Only a single record branch of a union is descended (a union of records has no common shape).
    if (d.branches.length === 1) descend(a, d.branches[0], path, fact.requiredChain, active, depth + 1);
  });
}

function descend(a: Avro, r: Resolved, path: string, chain: boolean, active: Set<string>, depth: number): void {
  if (!isObject(r.node)) return;
  if (r.node.type === 'record' || r.node.type === 'error') {
    if (active.has(r.pointer)) return; // a recursive type (a linked list): stop
    walkRecord(a, r.node, r.pointer, path, chain, new Set([...active, r.pointer]), depth);
  } else if (r.node.type === 'array') {
    const d = describe(a, r.node.items, appendPointer(r.pointer, 'items'));
    if (d.branches.length === 1) descend(a, d.branches[0], `${path}[]`, false, active, depth + 1);
  }
}

export function avroFields(root: unknown, budget = new FactsBudget()): { fields: FieldFact[]; truncated: boolean; error?: string; tooComplex?: string } {
  const a: Avro = { named: new Map(), fields: [], budget, truncated: false };
  collectNamed(a, root, '', undefined, 0);
  const r = resolveName(a, root, '');
  if (!isObject(r.node) || (r.node.type !== 'record' && r.node.type !== 'error')) {
    return { fields: [], truncated: false, error: isObject(r.node) || typeof r.node === 'string' || Array.isArray(r.node) ? undefined : 'An Avro schema must be a JSON object, array or type name' };
  }
  descend(a, r, '', true, new Set(), 0);
  if (budget.overrun !== undefined) return { fields: a.fields, truncated: true, tooComplex: budget.overrun };
  return { fields: a.fields, truncated: a.truncated };
}
