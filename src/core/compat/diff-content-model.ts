// The keywords that open or close a content model, shared by objects (additionalProperties,
// unevaluatedProperties) and arrays (additionalItems, unevaluatedItems): false closes the model,
// true or absent opens it, a schema leaves it partially open.

import type { Ctx } from './context';
import { subNode, type SchemaNode, type Sub } from './nodes';

export const isSub = (v: boolean | Sub): v is Sub => typeof v === 'object';

/** additionalProperties / additionalItems, as the loader reads them: false, true (or absent), or a schema. */
export function compareAdditional(
  ctx: Ctx, keyword: 'additionalProperties' | 'additionalItems', name: 'ADDITIONAL_PROPERTIES' | 'ADDITIONAL_ITEMS', o: boolean | Sub, u: boolean | Sub,
): void {
  ctx.within([keyword], () => {
    const t = (suffix: 'ADDED' | 'REMOVED' | 'EXTENDED' | 'NARROWED') => ctx.add(`${name}_${suffix}`);
    const oPermits = o !== false;
    const uPermits = u !== false;
    if (oPermits !== uPermits) return t(uPermits ? 'ADDED' : 'REMOVED');
    const oSchema = isSub(o) ? o : undefined;
    const uSchema = isSub(u) ? u : undefined;
    if (!oSchema && uSchema) return t('NARROWED');
    if (oSchema && !uSchema) return t('EXTENDED');
    ctx.compare(subNode(oSchema), subNode(uSchema));
  });
}

/** unevaluatedProperties / unevaluatedItems: false closes, true or absent opens, a schema narrows. */
export function compareUnevaluated(
  ctx: Ctx, keyword: 'unevaluatedProperties' | 'unevaluatedItems', name: 'UNEVALUATED_PROPERTIES' | 'UNEVALUATED_ITEMS', o: SchemaNode | undefined, u: SchemaNode | undefined,
): void {
  if (!o && !u) return;
  ctx.within([keyword], () => {
    const t = (suffix: 'ADDED' | 'REMOVED' | 'EXTENDED' | 'NARROWED') => ctx.add(`${name}_${suffix}`);
    if (!o) return t(u!.kind === 'false' ? 'REMOVED' : 'NARROWED');
    if (!u) return t(o.kind === 'false' ? 'ADDED' : 'EXTENDED');
    if (o.kind === 'false' && u.kind !== 'false') return t('ADDED');
    if (o.kind !== 'false' && u.kind === 'false') return t('REMOVED');
    if (o.kind === 'true' && u.kind !== 'true') return t('NARROWED');
    if (o.kind !== 'true' && u.kind === 'true') return t('EXTENDED');
    ctx.compare(o, u);
  });
}
