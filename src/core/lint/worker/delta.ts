// What crosses between the page and the lint worker, as changes: copying a 13,000-event design
// (and 65,000 findings back) on every edit cost the page seconds of structured clone. Each side
// keeps the last state it sent or received, and only parts whose identity changed travel
// (design objects are immutable: an edit makes new objects only along its path).

import type { Design } from '../../model/types';
import type { EventValidation, ValidationResults } from '../../validate/types';
import type { PlainFinding } from '../types';

/** Top-level parts of the design: whole values, or arrays as the items that changed. */
export interface DesignPatch {
  full?: Design;
  set?: [string, unknown][];
  removed?: string[];
  arrays?: [string, { length: number; items: [number, unknown][] }][];
}

export interface ValidationPatch {
  full?: ValidationResults;
  set?: [string, EventValidation][];
  removed?: string[];
}

/** For each finding of the new list, the index of the same finding in the previous list, or -1 (then the next of `added`). */
export interface FindingsPatch {
  reuse: Int32Array;
  added: PlainFinding[];
}

const own = (o: object, k: string) => Object.hasOwn(o, k);

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // Defined, not assigned: an id or key named `__proto__` is an ordinary key.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function designPatch(prev: Design | undefined, next: Design): DesignPatch {
  if (!prev) return { full: next };
  const p = prev as unknown as Record<string, unknown>;
  const n = next as unknown as Record<string, unknown>;
  const patch: DesignPatch = {};
  for (const k of Object.keys(n)) {
    const before = own(p, k) ? p[k] : undefined;
    const after = n[k];
    if (before === after && own(p, k)) continue;
    if (Array.isArray(before) && Array.isArray(after)) {
      const items: [number, unknown][] = [];
      for (let i = 0; i < after.length; i++) if (i >= before.length || before[i] !== after[i]) items.push([i, after[i]]);
      (patch.arrays ??= []).push([k, { length: after.length, items }]);
    } else (patch.set ??= []).push([k, after]);
  }
  for (const k of Object.keys(p)) if (!own(n, k)) (patch.removed ??= []).push(k);
  return patch;
}

export function applyDesignPatch(prev: Design | undefined, patch: DesignPatch): Design {
  if (patch.full) return patch.full;
  if (!prev) throw new Error('a design patch without the design it applies to');
  const out: Record<string, unknown> = {};
  const p = prev as unknown as Record<string, unknown>;
  const removed = new Set(patch.removed ?? []);
  for (const k of Object.keys(p)) if (!removed.has(k)) define(out, k, p[k]);
  for (const [k, v] of patch.set ?? []) define(out, k, v);
  for (const [k, { length, items }] of patch.arrays ?? []) {
    const before = Array.isArray(p[k]) ? (p[k] as unknown[]) : [];
    const after = before.slice(0, length);
    after.length = length;
    for (const [i, item] of items) after[i] = item;
    define(out, k, after);
  }
  return out as unknown as Design;
}

export function validationPatch(prev: ValidationResults | undefined, next: ValidationResults): ValidationPatch {
  if (!prev) return { full: next };
  const patch: ValidationPatch = {};
  for (const k of Object.keys(next)) if (!own(prev, k) || prev[k] !== next[k]) (patch.set ??= []).push([k, next[k]]);
  for (const k of Object.keys(prev)) if (!own(next, k)) (patch.removed ??= []).push(k);
  return patch;
}

export function applyValidationPatch(prev: ValidationResults | undefined, patch: ValidationPatch): ValidationResults {
  if (patch.full) return patch.full;
  if (!prev) throw new Error('a validation patch without the results it applies to');
  const out: ValidationResults = {};
  const removed = new Set(patch.removed ?? []);
  for (const k of Object.keys(prev)) if (!removed.has(k)) define(out, k, prev[k]);
  for (const [k, v] of patch.set ?? []) define(out, k, v);
  return out;
}

/** Made in the worker: findings equal (as JSON) to one of the previous list are sent as its index. */
export function findingsPatch(prevKeys: readonly string[], next: readonly PlainFinding[]): { patch: FindingsPatch; keys: string[] } {
  const free = new Map<string, number[]>();
  prevKeys.forEach((key, i) => {
    const list = free.get(key);
    if (list) list.push(i);
    else free.set(key, [i]);
  });
  const reuse = new Int32Array(next.length);
  const added: PlainFinding[] = [];
  const keys = next.map((f, i) => {
    const key = JSON.stringify(f);
    const index = free.get(key)?.shift();
    if (index === undefined) {
      reuse[i] = -1;
      added.push(f);
    } else reuse[i] = index;
    return key;
  });
  return { patch: { reuse, added }, keys };
}

/** On the page: the new list, made of the previous list's objects where they are the same finding. */
export function applyFindingsPatch(prev: readonly PlainFinding[], patch: FindingsPatch): readonly PlainFinding[] {
  const out = new Array<PlainFinding>(patch.reuse.length);
  let next = 0;
  let same = patch.reuse.length === prev.length;
  for (let i = 0; i < patch.reuse.length; i++) {
    const r = patch.reuse[i];
    if (r !== i) same = false;
    out[i] = r >= 0 ? prev[r] : patch.added[next++];
  }
  // Nothing changed: the same array, so nothing that reads the findings renders again.
  return same ? prev : out;
}
