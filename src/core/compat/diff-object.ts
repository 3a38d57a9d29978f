// Objects and their content model (Confluent's diff/ObjectSchemaDiff.java):
//  open           additionalProperties absent or true, no patternProperties (unevaluatedProperties
//                 absent or true): any undeclared field may already be in the data, with any type.
//  closed         additionalProperties false: no undeclared field can be in the data.
//  partially open additionalProperties (or unevaluatedProperties) is a schema, or patternProperties
//                 match the name: undeclared fields exist, of that schema.

import { testPattern } from './budget';
import type { Ctx } from './context';
import { compareAdditional, compareUnevaluated, isSub } from './diff-content-model';
import { compareBound } from './diff-scalar';
import { subNode, type ObjectNode, type SchemaNode } from './nodes';

export function compareObject(ctx: Ctx, o: ObjectNode, u: ObjectNode): void {
  compareRequired(ctx, o, u);
  compareProperties(ctx, o, u);
  compareDependencies(ctx, o, u);
  compareAdditional(ctx, 'additionalProperties', 'ADDITIONAL_PROPERTIES', o.additional, u.additional);
  compareUnevaluated(ctx, 'unevaluatedProperties', 'UNEVALUATED_PROPERTIES', subNode(o.unevaluated), subNode(u.unevaluated));
  compareBound(ctx, 'maxProperties', 'MAX_PROPERTIES', o.maxProperties, u.maxProperties);
  compareBound(ctx, 'minProperties', 'MIN_PROPERTIES', o.minProperties, u.minProperties);
}

export function isOpenObject(node: ObjectNode): boolean {
  if (node.additional !== true || node.patternProperties.length > 0) return false;
  const uneval = subNode(node.unevaluated);
  return !uneval || uneval.kind === 'true';
}

/** The schema undeclared field `name` falls under in a partially open model, if any. */
function partialSchema(node: ObjectNode, name: string): SchemaNode | undefined {
  for (const { pattern, schema } of node.patternProperties) if (pattern && testPattern(pattern, name)) return subNode(schema);
  if (isSub(node.additional)) return subNode(node.additional);
  if (node.additional === true) {
    const uneval = subNode(node.unevaluated);
    if (uneval && uneval.kind !== 'false' && uneval.kind !== 'true') return uneval;
  }
  return undefined;
}

function unionKeys<T>(a: Map<string, T>, b: Map<string, T>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])];
}

function compareRequired(ctx: Ctx, o: ObjectNode, u: ObjectNode): void {
  for (const name of o.properties.keys()) {
    if (!u.properties.has(name)) continue;
    const was = o.required.has(name);
    const is = u.required.has(name);
    if (was === is) continue;
    ctx.within(['required', name], () => {
      if (was) return ctx.add('REQUIRED_ATTRIBUTE_REMOVED');
      const withDefault = subNode(u.properties.get(name))?.meta.hasDefault;
      ctx.add(withDefault ? 'REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED' : 'REQUIRED_ATTRIBUTE_ADDED');
    });
  }
}

function compareProperties(ctx: Ctx, o: ObjectNode, u: ObjectNode): void {
  for (const name of unionKeys(o.properties, u.properties)) {
    ctx.within(['properties', name], () => {
      const os = subNode(o.properties.get(name));
      const us = subNode(u.properties.get(name));
      if (os && !us) propertyRemoved(ctx, os, u, name);
      else if (!os && us) propertyAdded(ctx, us, o, u, name);
      else ctx.compare(os, us);
    });
  }
}

// A field the writer declared and the reader no longer does: only the reader's model matters.
function propertyRemoved(ctx: Ctx, os: SchemaNode, u: ObjectNode, name: string): void {
  if (isOpenObject(u)) return ctx.add('PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL');
  const partial = partialSchema(u, name);
  if (partial) {
    const sub = ctx.sub();
    sub.compare(os, partial);
    ctx.addAll(sub.diffs);
    return ctx.add(sub.isCompatible() ? 'PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL');
  }
  ctx.add(os.kind === 'false' ? 'PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL' : 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL');
}

// A field the reader declares and the writer did not: only the writer's model matters.
function propertyAdded(ctx: Ctx, us: SchemaNode, o: ObjectNode, u: ObjectNode, name: string): void {
  const required = u.required.has(name);
  if (isOpenObject(o)) {
    if (us.kind === 'true') return ctx.add('PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL');
    if (required)
      return ctx.add(us.meta.hasDefault ? 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL' : 'REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL');
    return ctx.add('OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL');
  }
  const partial = partialSchema(o, name);
  if (partial) {
    const sub = ctx.sub();
    sub.compare(partial, us);
    ctx.addAll(sub.diffs);
    ctx.add(sub.isCompatible() ? 'PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL');
  }
  if (required)
    ctx.add(us.meta.hasDefault ? 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL' : 'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL');
  else ctx.add('OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL');
}

function compareDependencies(ctx: Ctx, o: ObjectNode, u: ObjectNode): void {
  for (const name of unionKeys(o.propertyDependencies, u.propertyDependencies)) {
    ctx.within(['dependencies', name], () => {
      const od = o.propertyDependencies.get(name);
      const ud = u.propertyDependencies.get(name);
      if (!ud) return ctx.add('DEPENDENCY_ARRAY_REMOVED');
      if (!od) return ctx.add('DEPENDENCY_ARRAY_ADDED');
      const uHasAll = od.every((x) => ud.includes(x));
      const oHasAll = ud.every((x) => od.includes(x));
      if (uHasAll && oHasAll) return;
      ctx.add(uHasAll ? 'DEPENDENCY_ARRAY_EXTENDED' : oHasAll ? 'DEPENDENCY_ARRAY_NARROWED' : 'DEPENDENCY_ARRAY_CHANGED');
    });
  }
  for (const name of unionKeys(o.schemaDependencies, u.schemaDependencies)) {
    ctx.within(['dependencies', name], () => {
      const os = o.schemaDependencies.get(name);
      const us = u.schemaDependencies.get(name);
      if (!us) return ctx.add('DEPENDENCY_SCHEMA_REMOVED');
      if (!os) return ctx.add('DEPENDENCY_SCHEMA_ADDED');
      ctx.compare(subNode(os), subNode(us));
    });
  }
}
