// Guards for values parsed from JSON or YAML, which may be anything.

export type JsonObject = Record<string, unknown>;

/** A plain object: not null, not an array. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property, so `__proto__`, `constructor` and the other Object members are ordinary keys. */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
