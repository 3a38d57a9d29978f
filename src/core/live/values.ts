// Reading Yjs values as plain data, without trusting them: a room's content comes from peers.
import * as Y from 'yjs';

/** Sets a key on a plain object even when it is "__proto__" (restoreDesign then drops it and says so). */
export function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** A Yjs value as plain data: shared texts become strings, shared maps and lists plain ones. */
export function plain(value: unknown): unknown {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Array) return value.toArray().map(plain);
  if (value instanceof Y.Map) {
    const out: Record<string, unknown> = {};
    value.forEach((v, k) => defineKey(out, k, plain(v)));
    return out;
  }
  // Any other shared type (XML, a sub-document) cannot be part of a design: the gate sees the
  // difference between this marker and what restoreDesign makes of it, and refuses the update.
  if (value instanceof Y.AbstractType || value instanceof Y.Doc) return { unreadable: true };
  return value;
}

/** Deep equality of JSON data, ignoring key order (Yjs maps do not keep one). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameJson(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ob = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && sameJson((a as Record<string, unknown>)[k], ob[k]));
}

/**
 * Where `restored` differs from `raw`, as paths ("services/order-service/tags"), at most `max`.
 * A difference means restoreDesign had to change something it did not report as a repair
 * (e.g. dropped a field it does not know).
 */
export function differences(raw: unknown, restored: unknown, path = '', out: string[] = [], max = 5): string[] {
  if (out.length >= max || sameJson(raw, restored)) return out;
  const bothObjects = typeof raw === 'object' && raw !== null && typeof restored === 'object' && restored !== null && Array.isArray(raw) === Array.isArray(restored);
  if (!bothObjects || (Array.isArray(raw) && raw.length !== (restored as unknown[]).length)) {
    out.push(path || '(the design)');
    return out;
  }
  const keys = new Set([...Object.keys(raw as object), ...Object.keys(restored as object)]);
  for (const key of keys) {
    const a = Object.prototype.hasOwnProperty.call(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
    const b = Object.prototype.hasOwnProperty.call(restored, key) ? (restored as Record<string, unknown>)[key] : undefined;
    differences(a, b, path ? `${path}/${key}` : key, out, max);
    if (out.length >= max) break;
  }
  return out;
}
