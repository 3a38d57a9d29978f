import type { Ctx } from './context';
import type { DifferenceType } from './differences';
import type { NumberNode, StringNode } from './nodes';

type Bound = 'MAX_LENGTH' | 'MIN_LENGTH' | 'MAXIMUM' | 'MINIMUM' | 'EXCLUSIVE_MAXIMUM' | 'EXCLUSIVE_MINIMUM'
  | 'MAX_PROPERTIES' | 'MIN_PROPERTIES' | 'MAX_ITEMS' | 'MIN_ITEMS' | 'MAX_CONTAINS' | 'MIN_CONTAINS';

/** A numeric keyword that appeared, disappeared, rose or fell between writer and reader. */
export function compareBound(ctx: Ctx, keyword: string, name: Bound, o: number | undefined, u: number | undefined): void {
  if (o === u) return;
  const suffix = o === undefined ? 'ADDED' : u === undefined ? 'REMOVED' : o < u ? 'INCREASED' : 'DECREASED';
  ctx.add(`${name}_${suffix}` as DifferenceType, keyword);
}

export function compareString(ctx: Ctx, o: StringNode, u: StringNode): void {
  compareBound(ctx, 'maxLength', 'MAX_LENGTH', o.maxLength, u.maxLength);
  compareBound(ctx, 'minLength', 'MIN_LENGTH', o.minLength, u.minLength);
  if (o.pattern === undefined && u.pattern !== undefined) ctx.add('PATTERN_ADDED', 'pattern');
  else if (o.pattern !== undefined && u.pattern === undefined) ctx.add('PATTERN_REMOVED', 'pattern');
  else if (o.pattern !== u.pattern) ctx.add('PATTERN_CHANGED', 'pattern');
}

/** Whether `a` is a whole multiple of `b`, tolerant of binary fractions (0.3 / 0.1). */
function isMultiple(a: number, b: number): boolean {
  if (b === 0) return false;
  const q = a / b;
  return Math.abs(q - Math.round(q)) < 1e-9 * Math.max(1, Math.abs(q));
}

export function compareNumber(ctx: Ctx, o: NumberNode, u: NumberNode): void {
  compareBound(ctx, 'maximum', 'MAXIMUM', o.maximum, u.maximum);
  compareBound(ctx, 'minimum', 'MINIMUM', o.minimum, u.minimum);
  compareBound(ctx, 'exclusiveMaximum', 'EXCLUSIVE_MAXIMUM', o.exclusiveMaximum, u.exclusiveMaximum);
  compareBound(ctx, 'exclusiveMinimum', 'EXCLUSIVE_MINIMUM', o.exclusiveMinimum, u.exclusiveMinimum);
  const om = o.multipleOf;
  const um = u.multipleOf;
  if (!(om === um || (om !== undefined && um !== undefined && isMultiple(om, um) && isMultiple(um, om)))) {
    if (om === undefined) ctx.add('MULTIPLE_OF_ADDED', 'multipleOf');
    else if (um === undefined) ctx.add('MULTIPLE_OF_REMOVED', 'multipleOf');
    else if (isMultiple(um, om)) ctx.add('MULTIPLE_OF_EXPANDED', 'multipleOf');
    else if (isMultiple(om, um)) ctx.add('MULTIPLE_OF_REDUCED', 'multipleOf');
    else ctx.add('MULTIPLE_OF_CHANGED', 'multipleOf');
  }
  if (o.integer !== u.integer) ctx.add(o.integer ? 'TYPE_EXTENDED' : 'TYPE_NARROWED');
}
