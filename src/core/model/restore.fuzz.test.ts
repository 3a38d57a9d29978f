// Issue 9: ≥ 10,000 random and mutated inputs per run. restoreDesign never throws anything but
// RestoreError, never touches Object.prototype, and what it returns is valid and stable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designFileArb } from '../testing/arbitrary';
import { assertProperty } from '../testing/property';
import { restoreDesign, RestoreError } from './restore';
import { ID_PATTERN, type Design } from './types';

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** A JSON value that may carry prototype keys as own properties, as JSON.parse makes them. */
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -0, 1, -1, 1.5, NaN, Infinity, -Infinity, 1e308, '', 'x', '__proto__', 'order-service', 'a'.repeat(300)),
    fc.string(), fc.integer(), fc.double(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...PROTO_KEYS, 'id', 'name', 'x', 'y')), tie('value'), { maxKeys: 4 }).map(withOwnProtoKeys)),
})).value;

/** Re-creates the object through JSON.parse so `__proto__` is an own key, not the prototype. */
function withOwnProtoKeys(obj: Record<string, unknown>): unknown {
  try {
    return JSON.parse(JSON.stringify(obj));
  } catch {
    return obj;
  }
}

type Path = (string | number)[];
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const parent = root as Record<string | number, unknown>;
  parent[head] = setAt(parent[head], rest, value);
  return root;
}

const nested = (depth: number) => {
  let v: unknown = { id: 'x' };
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { v };
  return v;
};

const replacement = fc.oneof(
  jsonish,
  fc.constantFrom(NaN, Infinity, -1, 0.5, 'x'.repeat(2_000_000), nested(70), nested(20), [], {}, null, 'dangling-ref', 'order-service'),
  fc.constant('__DUP_ID__'),
);

/** A valid design with 1–4 edits: wrong types, NaN, huge strings, deep nesting, duplicate ids, dangling refs, prototype keys. */
const mutated = fc.tuple(designFileArb({ maxServices: 3, maxTopics: 3, maxEvents: 3 }), fc.array(fc.tuple(fc.nat(), replacement, fc.constantFrom('set', 'delete', 'proto')), { minLength: 1, maxLength: 4 }))
  .map(([file, edits]) => {
    let root: unknown = JSON.parse(JSON.stringify(file));
    for (const [pick, value, op] of edits) {
      const all = paths(root);
      const path = all[pick % all.length];
      const ids = all.filter((p) => p[p.length - 1] === 'id');
      // A duplicate id: the value of some existing id field (never String() of an arbitrary value,
      // which throws for objects whose own `toString` key is not a function).
      const idValue = ids.length ? ids[pick % ids.length].reduce<any>((o, k) => o?.[k], root) : undefined;
      const resolved = value === '__DUP_ID__' ? (typeof idValue === 'string' ? idValue : 'dup') : value;
      if (op === 'delete' && path.length) {
        const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], root);
        if (Array.isArray(parent)) parent.splice(Number(path[path.length - 1]), 1);
        else delete parent[path[path.length - 1]];
      } else if (op === 'proto' && path.length) {
        const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], root);
        if (parent && typeof parent === 'object' && !Array.isArray(parent)) Object.defineProperty(parent, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      } else root = setAt(root, path, resolved);
    }
    return root;
  });

/** Ids duplicated on purpose: every entity of a list gets the id of the first. */
const duplicated = designFileArb({ maxServices: 3, maxTopics: 3, maxEvents: 3 }).map((file) => {
  const copy = JSON.parse(JSON.stringify(file));
  for (const key of ['services', 'topics', 'events', 'subscriptions']) for (const item of copy.design[key]) item.id = copy.design.services[0]?.id ?? 'same';
  return copy;
});

function checkValid(design: Design): void {
  const ids = new Set<string>();
  for (const list of [design.services, design.topics, design.events, design.publications, design.subscriptions, design.servers ?? []])
    for (const item of list) {
      expect(ID_PATTERN.test(item.id)).toBe(true);
      expect(ids.has(item.id)).toBe(false);
      ids.add(item.id);
    }
  const names = (list: { name: string }[]) => new Set(list.map((x) => x.name.toLowerCase())).size === list.length;
  expect(names(design.services) && names(design.topics) && names(design.events)).toBe(true);
  const has = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
  for (const p of design.publications) {
    expect(has(design.services, p.serviceId) && has(design.topics, p.topicId)).toBe(true);
    for (const e of p.eventIds) expect(has(design.events, e)).toBe(true);
    for (const t of p.triggeredBy ?? []) expect(design.subscriptions.find((s) => s.id === t)?.serviceId).toBe(p.serviceId);
  }
  for (const s of design.subscriptions) {
    expect(has(design.services, s.serviceId) && has(design.topics, s.topicId)).toBe(true);
    if (s.deadLetterTopicId !== undefined) expect(has(design.topics, s.deadLetterTopicId)).toBe(true);
  }
  for (const [id, p] of Object.entries(design.layout.nodes)) {
    expect(ids.has(id)).toBe(true);
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  }
}

function check(input: unknown): void {
  let result;
  try {
    result = restoreDesign(input);
  } catch (e) {
    expect(e).toBeInstanceOf(RestoreError);
    expect((e as Error).message).not.toMatch(/could not be read \(/); // an unforeseen crash, wrapped
    return;
  } finally {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }
  checkValid(result.file.design);
  const again = restoreDesign(result.file);
  expect(again.repairs).toEqual([]);
  expect(again.file).toEqual(result.file);
  expect(JSON.parse(JSON.stringify(result.file))).toEqual(result.file);
}
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

describe('restoreDesign fuzz', () => {
  it('random JSON values (4,000)', () => {
    assertProperty(fc.property(jsonish, check), { numRuns: 4_000 });
  });
  it('random values wrapped as designs and files (2,000)', () => {
    const wrapped = fc.tuple(fc.dictionary(fc.constantFrom('id', 'name', 'services', 'topics', 'events', 'publications', 'subscriptions', 'layout', 'lint', 'servers', '__proto__'), jsonish), fc.boolean())
      .map(([d, asFile]) => withOwnProtoKeys(asFile ? { format: 'eventsmith-design', formatVersion: 1, design: d } : { services: [], ...d }));
    assertProperty(fc.property(wrapped, check), { numRuns: 2_000 });
  });
  it('mutated valid designs (3,500)', () => {
    assertProperty(fc.property(mutated, check), { numRuns: 3_500 });
  });
  it('designs whose ids all collide (500)', () => {
    assertProperty(fc.property(duplicated, check), { numRuns: 500 });
  });
});
