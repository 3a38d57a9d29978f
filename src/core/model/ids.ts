import { ID_PATTERN, type Id } from './types';

/** An id's readable part stops here, so a `-<n>` suffix always fits within ID_PATTERN's 64. */
export const ID_BASE_LENGTH = 56;

/** A readable id from a name: `Order Service` -> `order-service`. Always matches ID_PATTERN. */
export function slugify(name: string, fallback = 'item'): Id {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ID_BASE_LENGTH)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `base` if free, else `base-2`, `base-3`, … ; stays within 64 characters. */
/** Names of Object.prototype members are never ids, so `record[id]` lookups stay safe. */
function reserved(id: Id): boolean {
  return id === '__proto__' || id === 'prototype' || id in Object.prototype;
}

export function uniqueId(base: Id, taken: ReadonlySet<Id> | ((id: Id) => boolean)): Id {
  const isTaken = (id: Id) => reserved(id) || (typeof taken === 'function' ? taken(id) : taken.has(id));
  const root = ID_PATTERN.test(base) ? base.slice(0, ID_BASE_LENGTH) : slugify(base);
  if (!isTaken(root)) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
