// Shared pieces of restoreDesign: the error type, the caps, the repair log and field readers.
// Every reader looks at own properties of an already sanitised copy (see restore-sanitize.ts).
import { isObject } from '../json';

/** Input that cannot be repaired into a design. The message is shown to the user as is. */
export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

/** Caps: generous for real designs, small enough that hostile input cannot hurt. */
export const LIMITS = {
  /** Containers nested inside each other anywhere in the input (a real file needs ~7). */
  depth: 64,
  /** JSON values of any kind in the whole input. */
  values: 2_000_000,
  /** Services + topics + events + publications + subscriptions + servers. */
  entities: 20_000,
  /** Names, owners, versions, field paths, hosts, tags, consumer groups, rule ids. */
  name: 200,
  /** Descriptions and reasons. */
  text: 20_000,
  /** Schema texts, headers schemas, examples, history schemas: 1 MiB of characters. */
  schema: 1_048_576,
  /** Repair lines kept; the rest are summed up in one last line. */
  repairLines: 100,
} as const;

/**
 * Ids that would collide with Object.prototype when used as a key of a plain object
 * (`layout.nodes[id]`, `rules[id]`): never accepted as ids, never copied as keys.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  'toString', 'toLocaleString', 'valueOf', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
]);

export type Obj = Record<string, unknown>;

export const isObj: (value: unknown) => value is Obj = isObject;

export function own(obj: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export class RepairLog {
  readonly lines: string[] = [];
  private dropped = 0;
  add(line: string): void {
    if (this.lines.length < LIMITS.repairLines) this.lines.push(line);
    else this.dropped++;
  }
  list(): string[] {
    return this.dropped ? [...this.lines, `… and ${this.dropped} more repairs`] : [...this.lines];
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** A value for a message, without ever calling its (possibly hostile) toString. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : Array.isArray(value) ? '(a list)' : `(${typeof value === 'object' ? 'an object' : typeof value})`;
}

/** Shortens for messages: `"Order…"`. */
export function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return JSON.stringify(short);
}

/**
 * A text field: absent stays absent; a non-string is dropped; lone surrogates (which no encoder
 * can carry) become U+FFFD; longer than `max` is cut. Each change is reported.
 */
export function readText(log: RepairLog, where: string, obj: Obj, key: string, max: number): string | undefined {
  const value = own(obj, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    log.add(`${where}: dropped ${key} (not text)`);
    return undefined;
  }
  return fitText(log, where, key, value, max);
}

export function fitText(log: RepairLog, where: string, key: string, value: string, max: number): string {
  let text = value;
  if (LONE_SURROGATE.test(text)) {
    text = text.replace(LONE_SURROGATES, '\uFFFD');
    log.add(`${where}: replaced broken characters in ${key}`);
  }
  if (text.length > max) {
    text = cut(text, max);
    log.add(`${where}: shortened ${key} to ${max} characters`);
  }
  return text;
}

/** The first `max` characters, never ending in half a surrogate pair. */
export function cut(text: string, max: number): string {
  const head = text.slice(0, Math.max(0, max));
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/** A required name: missing, non-text or blank becomes `fallback`. */
export function readName(log: RepairLog, where: string, obj: Obj, fallback: string): string {
  const value = own(obj, 'name');
  if (typeof value === 'string' && value.trim() !== '') return fitText(log, where, 'name', value, LIMITS.name);
  log.add(`${where}: had no name; named ${quote(fallback)}`);
  return fallback;
}

export function readBool(log: RepairLog, where: string, obj: Obj, key: string): boolean | undefined {
  const value = own(obj, key);
  if (value === undefined || typeof value === 'boolean') return value;
  log.add(`${where}: dropped ${key} (not true/false)`);
  return undefined;
}

/** `idFollowsName`: `true` or absent (absent = the id is pinned). `false` means pinned too, so it is dropped quietly. */
export function readFollows(log: RepairLog, where: string, obj: Obj): true | undefined {
  const value = own(obj, 'idFollowsName');
  if (value === undefined || value === false) return undefined;
  if (value === true) return true;
  log.add(`${where}: dropped idFollowsName (not true); the id is pinned`);
  return undefined;
}

/** A finite number accepted by `ok`; -0 becomes 0 so JSON round trips are exact. */
export function readNumber(log: RepairLog, where: string, obj: Obj, key: string, ok: (n: number) => boolean, what: string): number | undefined {
  const value = own(obj, key);
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && ok(value)) return value === 0 ? 0 : value;
  log.add(`${where}: dropped ${key} (${what})`);
  return undefined;
}

export function readEnum<T extends string>(log: RepairLog, where: string, obj: Obj, key: string, allowed: readonly T[], fallback: T): T {
  const value = own(obj, key);
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  log.add(value === undefined ? `${where}: had no ${key}; set to ${quote(fallback)}` : `${where}: unknown ${key} ${describe(value)}; set to ${quote(fallback)}`);
  return fallback;
}

/** `name` if free (case-insensitively) else `name<sep>2`, `name<sep>3`…, always within the name cap. */
export function uniqueName(name: string, takenLower: Set<string>, sep: string): string {
  let candidate = name;
  for (let n = 2; takenLower.has(candidate.toLowerCase()); n++) {
    const suffix = `${sep}${n}`;
    candidate = cut(name, LIMITS.name - suffix.length) + suffix;
  }
  takenLower.add(candidate.toLowerCase());
  return candidate;
}

/** Copies only the defined entries, in the given order, so optional fields stay absent. */
export function compact<T>(fields: { [K in keyof T]: T[K] | undefined }): T {
  const out = {} as Obj;
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as T;
}
