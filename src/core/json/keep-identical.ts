// Structural sharing for a value that came back as a copy (from a worker, through structured
// clone): every part equal to the previous value's part is replaced by that part, so identity
// checks (memos, React, validation keys) see only what really changed.

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

export function keepIdentical<T>(prev: T, next: T): T {
  return share(prev, next) as T;
}

function share(prev: unknown, next: unknown): unknown {
  if (Object.is(prev, next) || !isObject(prev) || !isObject(next)) return Object.is(prev, next) ? prev : next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(prev)) {
    const n = next as unknown[];
    let same = n.length === prev.length;
    const out = n.map((v, i) => {
      const kept = i < prev.length ? share(prev[i], v) : v;
      if (i >= prev.length || kept !== prev[i]) same = false;
      return kept;
    });
    return same ? prev : out;
  }
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const keys = Object.keys(n);
  let same = keys.length === Object.keys(p).length;
  // Keys are defined, not assigned: a key named `__proto__` is an ordinary key here.
  const out = Object.create(Object.getPrototypeOf(n)) as Record<string, unknown>;
  for (const k of keys) {
    const has = Object.hasOwn(p, k);
    const kept = has ? share(p[k], n[k]) : n[k];
    if (!has || kept !== p[k]) same = false;
    Object.defineProperty(out, k, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return same ? prev : out;
}
