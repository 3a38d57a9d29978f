// Fields of a JSON Schema as dotted paths, read without code generation.
// Local `$ref`s are followed (a cycle stops the descent), `allOf` branches are merged, and
// `oneOf`/`anyOf` are read conservatively: a property counts only when every branch that could
// be an object declares it, and it is required only when every such branch requires it.
// `if/then/else`, `patternProperties`, `dependencies` and tuple `items` are not read.

import { FactsBudget } from './budget';
import { appendPointer, isObject, localRefPointer, resolvePointer } from './pointer';
import type { ClosedObject, FieldFact } from './types';

// Caps on what a legitimate schema can need; the node visits (steps) are FactsBudget's.
export const LIMITS = { maxDepth: 32, maxFields: 5_000, maxNesting: 256 } as const;

interface Part {
  node: Record<string, unknown>;
  pointer: string;
  /** A `$ref` back into an ancestor: read its type and description, do not descend. */
  shallow: boolean;
}

interface Declaration { node: unknown; pointer: string }

interface ObjectView {
  /** Every declaration of each property (allOf branches may each declare it). */
  props: Map<string, Declaration[]>;
  required: Set<string>;
  closedAt?: string;
}

interface Walk {
  root: unknown;
  fields: FieldFact[];
  closed: ClosedObject[];
  budget: FactsBudget;
  /** Current nesting of flatten/objectView calls: allOf and oneOf chains recurse. */
  nesting: number;
  truncated: boolean;
}

function over(w: Walk): boolean {
  if (!w.budget.ok || w.fields.length >= LIMITS.maxFields) w.truncated = true;
  return w.truncated;
}

/** The schema objects that together make up the schema at `pointer`: itself, its `$ref` and `allOf` targets. */
function flatten(w: Walk, node: unknown, pointer: string, active: Set<string>, out: Part[], refs: Set<string>): void {
  w.budget.spend();
  if (!isObject(node) || over(w)) return;
  if (w.nesting >= LIMITS.maxNesting) {
    w.truncated = true;
    return;
  }
  w.nesting++;
  try {
    flattenInto(w, node, pointer, active, out, refs);
  } finally {
    w.nesting--;
  }
}

function flattenInto(w: Walk, node: Record<string, unknown>, pointer: string, active: Set<string>, out: Part[], refs: Set<string>): void {
  out.push({ node, pointer, shallow: false });
  const ref = node.$ref;
  if (typeof ref === 'string') {
    const target = localRefPointer(ref);
    if (target !== undefined) {
      const resolved = resolvePointer(w.root, target);
      if (active.has(target) || refs.has(target)) {
        if (isObject(resolved)) out.push({ node: resolved, pointer: target, shallow: true });
      } else {
        refs.add(target);
        flatten(w, resolved, target, active, out, refs);
      }
    }
  }
  if (Array.isArray(node.allOf)) {
    node.allOf.forEach((branch, i) => flatten(w, branch, appendPointer(pointer, 'allOf', i), active, out, refs));
  }
}

function partsOf(w: Walk, node: unknown, pointer: string, active: Set<string>): { parts: Part[]; active: Set<string> } {
  const parts: Part[] = [];
  const refs = new Set<string>();
  flatten(w, node, pointer, active, parts, refs);
  return { parts, active: refs.size ? new Set([...active, ...refs]) : active };
}

function declaredTypes(node: Record<string, unknown>): string[] | undefined {
  if (typeof node.type === 'string') return [node.type];
  if (Array.isArray(node.type)) return node.type.filter((t): t is string => typeof t === 'string');
  return undefined;
}

function mayBeObject(parts: Part[]): boolean {
  for (const p of parts) {
    const types = declaredTypes(p.node);
    if (types && !types.includes('object')) return false;
  }
  return true;
}

function addProp(view: ObjectView, name: string, decls: Declaration[]): void {
  const list = view.props.get(name);
  if (list) list.push(...decls);
  else view.props.set(name, [...decls]);
}

function objectView(w: Walk, parts: Part[], active: Set<string>): ObjectView {
  const view: ObjectView = { props: new Map(), required: new Set() };
  if (w.nesting >= LIMITS.maxNesting) {
    w.truncated = true;
    return view;
  }
  w.nesting++;
  try {
    fillView(w, view, parts, active);
  } finally {
    w.nesting--;
  }
  return view;
}

function fillView(w: Walk, view: ObjectView, parts: Part[], active: Set<string>): void {
  for (const part of parts) {
    if (part.shallow) continue;
    const { node, pointer } = part;
    if (isObject(node.properties)) {
      for (const [name, sub] of Object.entries(node.properties)) {
        addProp(view, name, [{ node: sub, pointer: appendPointer(pointer, 'properties', name) }]);
      }
    }
    if (Array.isArray(node.required)) for (const r of node.required) if (typeof r === 'string') view.required.add(r);
    if (node.additionalProperties === false && view.closedAt === undefined) view.closedAt = pointer;
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = node[keyword];
      if (!Array.isArray(branches) || branches.length === 0) continue;
      const views: ObjectView[] = [];
      branches.forEach((b, i) => {
        const { parts: bp, active: ba } = partsOf(w, b, appendPointer(pointer, keyword, i), active);
        if (mayBeObject(bp)) views.push(objectView(w, bp, ba));
      });
      if (views.length === 0) continue;
      for (const name of views[0].props.keys()) {
        if (!views.every((v) => v.props.has(name))) continue;
        addProp(view, name, views.flatMap((v) => v.props.get(name) ?? []));
        if (views.every((v) => v.required.has(name))) view.required.add(name);
      }
    }
  }
}

function firstString(parts: Part[], key: string): string | undefined {
  for (const p of parts) if (typeof p.node[key] === 'string') return p.node[key] as string;
  return undefined;
}

function typeOf(parts: Part[]): string | string[] | undefined {
  for (const p of parts) {
    const t = p.node.type;
    if (typeof t === 'string') return t;
    if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  }
  // A type given only by every oneOf/anyOf branch (e.g. a nullable reference): their union.
  for (const p of parts) {
    for (const keyword of ['oneOf', 'anyOf']) {
      const branches = p.node[keyword];
      if (!Array.isArray(branches) || branches.length === 0) continue;
      const all = new Set<string>();
      for (const b of branches) {
        const types = isObject(b) ? declaredTypes(b) : undefined;
        if (!types) return undefined;
        types.forEach((t) => all.add(t));
      }
      return all.size === 1 ? [...all][0] : [...all];
    }
  }
  return undefined;
}

/** Lists the fields of an object (or array) schema made of `parts`, under `prefix`. */
function walkValue(w: Walk, parts: Part[], active: Set<string>, prefix: string, chain: boolean, depth: number): void {
  if (depth > LIMITS.maxDepth) {
    w.truncated = true;
    return;
  }
  const view = objectView(w, parts, active);
  if (view.closedAt !== undefined) w.closed.push({ path: prefix, jsonPointer: view.closedAt });
  for (const [name, decls] of view.props) {
    if (over(w)) return;
    const path = prefix === '' ? name : `${prefix}.${name}`;
    const merged: Part[] = [];
    let childActive = active;
    for (const decl of decls) {
      const r = partsOf(w, decl.node, decl.pointer, active);
      merged.push(...r.parts);
      if (r.active !== active) childActive = new Set([...childActive, ...r.active]);
    }
    const required = view.required.has(name);
    const fact: FieldFact = { path, required, requiredChain: chain && required, jsonPointer: decls[0].pointer };
    const type = typeOf(merged);
    if (type !== undefined) fact.type = type;
    const format = firstString(merged, 'format');
    if (format !== undefined) fact.format = format;
    const description = firstString(merged, 'description');
    if (description !== undefined) fact.description = description;
    w.fields.push(fact);
    descend(w, merged, childActive, path, fact.requiredChain, depth + 1);
  }
}

/** Into the properties of an object and the items of an array (`path[]`). */
function descend(w: Walk, parts: Part[], active: Set<string>, path: string, chain: boolean, depth: number): void {
  const live = parts.filter((p) => !p.shallow);
  if (live.length === 0) return;
  walkValue(w, live, active, path, chain, depth);
  for (const p of live) {
    if (!isObject(p.node.items)) continue;
    const r = partsOf(w, p.node.items, appendPointer(p.pointer, 'items'), active);
    descend(w, r.parts, r.active, `${path}[]`, false, depth + 1);
    break;
  }
}

/** `tooComplex` says why the walk stopped when the budget ran out (the fields are then incomplete). */
export function jsonSchemaFields(root: unknown, budget = new FactsBudget()): { fields: FieldFact[]; closed: ClosedObject[]; truncated: boolean; tooComplex?: string } {
  const w: Walk = { root, fields: [], closed: [], budget, nesting: 0, truncated: false };
  const r = partsOf(w, root, '', new Set());
  // The root document is an ancestor of everything: a `$ref: "#"` is a cycle.
  descend(w, r.parts, new Set([...r.active, '']), '', true, 0);
  return { fields: w.fields, closed: w.closed, truncated: w.truncated, ...(budget.overrun !== undefined ? { tooComplex: budget.overrun } : {}) };
}
