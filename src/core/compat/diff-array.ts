// Arrays (Confluent's diff/ArraySchemaDiff.java). A tuple (`items` as a list) has a content model
// like an object's: additionalItems absent/true = open, false = closed, a schema = partially open.

import type { Ctx } from './context';
import { compareAdditional, compareUnevaluated, isSub } from './diff-content-model';
import { compareBound } from './diff-scalar';
import { subNode, type ArrayNode, type SchemaNode } from './nodes';

function isOpenArray(node: ArrayNode): boolean {
  if (node.additional !== true) return false;
  const uneval = subNode(node.unevaluated);
  return !uneval || uneval.kind === 'true';
}

function partialItemSchema(node: ArrayNode): SchemaNode | undefined {
  if (isSub(node.additional)) return subNode(node.additional);
  if (node.additional === true) {
    const uneval = subNode(node.unevaluated);
    if (uneval && uneval.kind !== 'false' && uneval.kind !== 'true') return uneval;
  }
  return undefined;
}

export function compareArray(ctx: Ctx, o: ArrayNode, u: ArrayNode): void {
  ctx.within(['items'], () => ctx.compare(subNode(o.items), subNode(u.items)));
  compareTuple(ctx, o, u);
  compareAdditional(ctx, 'additionalItems', 'ADDITIONAL_ITEMS', o.additional, u.additional);
  compareUnevaluated(ctx, 'unevaluatedItems', 'UNEVALUATED_ITEMS', subNode(o.unevaluated), subNode(u.unevaluated));
  compareBound(ctx, 'maxItems', 'MAX_ITEMS', o.maxItems, u.maxItems);
  compareBound(ctx, 'minItems', 'MIN_ITEMS', o.minItems, u.minItems);
  if (o.uniqueItems !== u.uniqueItems) ctx.add(o.uniqueItems ? 'UNIQUE_ITEMS_REMOVED' : 'UNIQUE_ITEMS_ADDED', 'uniqueItems');
  compareBound(ctx, 'maxContains', 'MAX_CONTAINS', o.maxContains, u.maxContains);
  compareBound(ctx, 'minContains', 'MIN_CONTAINS', o.minContains, u.minContains);
}

function compareTuple(ctx: Ctx, o: ArrayNode, u: ArrayNode): void {
  const n = Math.max(o.tuple.length, u.tuple.length);
  for (let i = 0; i < n; i++) {
    ctx.within(['items', String(i)], () => {
      const os = subNode(o.tuple[i]);
      const us = subNode(u.tuple[i]);
      if (os && us) return ctx.compare(os, us);
      if (os) return itemRemoved(ctx, os, u);
      if (us) return itemAdded(ctx, us, o);
    });
  }
}

function itemRemoved(ctx: Ctx, os: SchemaNode, u: ArrayNode): void {
  if (isOpenArray(u)) return ctx.add('ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL');
  const partial = partialItemSchema(u);
  if (partial) {
    const sub = ctx.sub();
    sub.compare(os, partial);
    ctx.addAll(sub.diffs);
    return ctx.add(sub.isCompatible() ? 'ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL');
  }
  ctx.add(os.kind === 'false' ? 'ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL' : 'ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL');
}

function itemAdded(ctx: Ctx, us: SchemaNode, o: ArrayNode): void {
  if (isOpenArray(o)) return ctx.add(us.kind === 'true' ? 'ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL' : 'ITEM_ADDED_TO_OPEN_CONTENT_MODEL');
  const partial = partialItemSchema(o);
  if (!partial) return ctx.add('ITEM_ADDED_TO_CLOSED_CONTENT_MODEL');
  const sub = ctx.sub();
  sub.compare(partial, us);
  ctx.addAll(sub.diffs);
  ctx.add(sub.isCompatible() ? 'ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL');
}
