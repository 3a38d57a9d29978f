import { LIMITS, RESERVED_KEYS, RestoreError, type Obj } from './restore-context';

/** Keys that must never reach an object we build: dropped (and reported) wherever they occur. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface Sanitized {
  value: unknown;
  /** How many own keys named __proto__ / constructor / prototype were left out. */
  forbiddenKeys: number;
  /** How many values that JSON cannot hold (functions, symbols, bigints, undefined) were left out. */
  nonJson: number;
}

/**
 * A fresh deep copy of `input` holding only JSON values, so nothing later reads the caller's
 * objects (no mutation, no getters run twice) or sees a prototype key. Rejects input nested
 * deeper than LIMITS.depth or holding more than LIMITS.values values, before doing any work on it.
 */
export function sanitize(input: unknown): Sanitized {
  const state = { values: 0, forbiddenKeys: 0, nonJson: 0 };
  const value = copy(input, 0, state);
  return { value, forbiddenKeys: state.forbiddenKeys, nonJson: state.nonJson };
}

function count(state: { values: number }, n: number): void {
  state.values += n;
  if (state.values > LIMITS.values) throw new RestoreError(`The design is too large to open (more than ${LIMITS.values.toLocaleString('en')} values).`);
}

function copy(value: unknown, depth: number, state: { values: number; forbiddenKeys: number; nonJson: number }): unknown {
  count(state, 1);
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      state.nonJson++;
      return undefined;
  }
  if (value === null) return null;
  if (depth >= LIMITS.depth) throw new RestoreError(`The design is nested too deeply to open (more than ${LIMITS.depth} levels).`);
  if (Array.isArray(value)) {
    count(state, value.length);
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = copy(value[i], depth + 1, state);
      out.push(item === undefined ? null : item);
    }
    return out;
  }
  const out: Obj = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      state.forbiddenKeys++;
      continue;
    }
    const item = copy((value as Obj)[key], depth + 1, state);
    if (item !== undefined) out[key] = item;
  }
  return out;
}

/** True for keys a record in the design may hold (ids, rule ids): no Object.prototype names. */
export function isSafeKey(key: string): boolean {
  return !RESERVED_KEYS.has(key);
}
