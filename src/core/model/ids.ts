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

// In a live room two people may add a "Producer" at the same moment: the same default name and id
// from both would collide (one entry written twice, a duplicate name the server refuses). While a
// room is open the app installs a maker of short random suffixes, added to every new default name.
let freshSuffix: (() => string) | null = null;

export function setFreshSuffix(make: (() => string) | null): void {
  freshSuffix = make;
}

/** `base` with a fresh random suffix in a room (`Producer` → `ProducerK7fm`, `topic` → `topic-k7fm`), else `base`. */
export function freshBase(base: string, separator: string): string {
  if (!freshSuffix) return base;
  const suffix = freshSuffix();
  return separator ? `${base}${separator}${suffix}` : `${base}${suffix.charAt(0).toUpperCase()}${suffix.slice(1)}`;
}
