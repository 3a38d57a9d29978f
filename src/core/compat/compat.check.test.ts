import { describe, expect, it } from 'vitest';
import { checkCompatibility } from './check';
import { CompatInputError, type CompatMode, type CompatPolicy } from './types';

const S = JSON.stringify;
const str = { type: 'string' };
const v1 = S({ type: 'object', properties: { orderId: str }, required: ['orderId'] });
const v2Required = S({ type: 'object', properties: { orderId: str, discountCode: str }, required: ['orderId', 'discountCode'] });
const v2Optional = S({ type: 'object', properties: { orderId: str, discountCode: str }, required: ['orderId'] });
const closed1 = S({ type: 'object', properties: { orderId: str }, additionalProperties: false });
const closed2 = S({ type: 'object', properties: { orderId: str, note: str }, additionalProperties: false });

describe('checkCompatibility: modes and directions', () => {
  it.each<[string, string, string, CompatMode, CompatPolicy, boolean]>([
    ['BACKWARD: required field added breaks new readers of old data', v1, v2Required, 'BACKWARD', 'LENIENT', false],
    ['FORWARD: required field added is readable by old consumers (they ignore it)', v1, v2Required, 'FORWARD', 'LENIENT', true],
    ['FULL: fails when either direction fails', v1, v2Required, 'FULL', 'LENIENT', false],
    ['BACKWARD LENIENT: optional field added to an open model', v1, v2Optional, 'BACKWARD', 'LENIENT', true],
    ['BACKWARD STRICT: optional field added to an open model', v1, v2Optional, 'BACKWARD', 'STRICT', false],
    ['FORWARD: removing a required field breaks old consumers', v2Required, v1, 'FORWARD', 'LENIENT', false],
    ['BACKWARD STRICT: optional field added to a closed model', closed1, closed2, 'BACKWARD', 'STRICT', true],
    ['FORWARD STRICT: old closed reader meets the new field', closed1, closed2, 'FORWARD', 'STRICT', false],
    ['FORWARD LENIENT: old closed reader meets the new field', closed1, closed2, 'FORWARD', 'LENIENT', true],
    ['FULL LENIENT: closed model, optional field', closed1, closed2, 'FULL', 'LENIENT', true],
    ['NONE accepts anything', v1, S({ type: 'number' }), 'NONE', 'STRICT', true],
  ])('%s', (_name, before, after, mode, policy, compatible) => {
    expect(checkCompatibility(before, after, { mode, policy }).compatible).toBe(compatible);
  });

  it('states the forward issue from the old consumer side', () => {
    const { issues } = checkCompatibility([{ version: '1.0.0', schema: closed1 }], closed2, { mode: 'FORWARD', policy: 'STRICT' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ type: 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL', path: '#/properties/note', direction: 'forward', against: '1.0.0' });
    expect(issues[0].message).toContain('consumers still on version 1.0.0');
    expect(issues[0].advice.toLowerCase()).toContain('upgrade every consumer');
  });

  it('tells what to do instead: make the field optional', () => {
    const { issues } = checkCompatibility([{ version: '1.0.0', schema: v1 }], v2Required);
    expect(issues).toEqual([
      expect.objectContaining({
        type: 'REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', path: '#/properties/discountCode', direction: 'backward', against: '1.0.0',
      }),
    ]);
    expect(issues[0].message).toMatch(/requires `discountCode`/);
    expect(issues[0].advice).toMatch(/Make `discountCode` optional/);
  });

  it('FULL reports both directions', () => {
    const a = S({ type: 'string', maxLength: 5 });
    const b = S({ type: 'string', maxLength: 10, pattern: '^x' });
    const { issues } = checkCompatibility(a, b, { mode: 'FULL', policy: 'LENIENT' });
    expect(issues.map((i) => `${i.direction} ${i.type}`).sort()).toEqual(['backward PATTERN_ADDED', 'forward MAX_LENGTH_DECREASED']);
  });
});

describe('checkCompatibility: transitive', () => {
  const a = S({ type: 'object', properties: { x: str } });
  const b = S({ type: 'object', properties: { x: { type: 'string', maxLength: 10 } } });
  const c = S({ type: 'object', properties: { x: { type: 'string', maxLength: 20 } } });
  const history = [{ version: '1.0.0', schema: a }, { version: '2.0.0', schema: b }];

  it('BACKWARD checks only the latest earlier version', () => {
    expect(checkCompatibility(history, c, { mode: 'BACKWARD', policy: 'LENIENT' }).compatible).toBe(true);
  });
  it('BACKWARD_TRANSITIVE checks every earlier version and names the one it breaks', () => {
    const r = checkCompatibility(history, c, { mode: 'BACKWARD_TRANSITIVE', policy: 'LENIENT' });
    expect(r.compatible).toBe(false);
    expect(r.issues.map((i) => [i.type, i.against, i.path])).toEqual([['MAX_LENGTH_ADDED', '1.0.0', '#/properties/x/maxLength']]);
  });
  it('FORWARD_TRANSITIVE and FULL_TRANSITIVE also look past the latest', () => {
    // Data of a tighter new version fits every earlier reader; c's longer strings do not fit b's.
    const tighter = S({ type: 'object', properties: { x: { type: 'string', maxLength: 5 } } });
    expect(checkCompatibility(history, tighter, { mode: 'FORWARD', policy: 'LENIENT' }).compatible).toBe(true);
    expect(checkCompatibility(history, tighter, { mode: 'FORWARD_TRANSITIVE', policy: 'LENIENT' }).compatible).toBe(true);
    expect(checkCompatibility(history, c, { mode: 'FORWARD_TRANSITIVE', policy: 'LENIENT' }).issues.map((i) => i.against)).toEqual(['2.0.0']);
    expect(checkCompatibility(history, c, { mode: 'FULL_TRANSITIVE', policy: 'LENIENT' }).issues.map((i) => `${i.against} ${i.direction}`).sort())
      .toEqual(['1.0.0 backward', '2.0.0 forward']);
  });
  it('labels bare earlier texts by position, oldest = #1', () => {
    const r = checkCompatibility([a, b], c, { mode: 'BACKWARD_TRANSITIVE', policy: 'LENIENT' });
    expect(r.issues.map((i) => i.against)).toEqual(['#1']);
  });
  it('no earlier version: compatible', () => {
    expect(checkCompatibility([], c, { mode: 'FULL_TRANSITIVE', policy: 'STRICT' })).toEqual({ compatible: true, issues: [] });
  });
});

describe('checkCompatibility: $ref and cycles', () => {
  const tree = (leaf: object) => S({
    $ref: '#/definitions/node',
    definitions: { node: { type: 'object', properties: { value: leaf, children: { type: 'array', items: { $ref: '#/definitions/node' } } } } },
  });
  it('a recursive schema is compatible with itself', () => {
    expect(checkCompatibility(tree(str), tree(str), { mode: 'FULL', policy: 'STRICT' }).compatible).toBe(true);
  });
  it('finds a change inside the recursion, at the root and where the cycle re-enters', () => {
    const r = checkCompatibility(tree(str), tree({ type: 'number' }), { mode: 'BACKWARD', policy: 'LENIENT' });
    expect(r.compatible).toBe(false);
    expect(r.issues.map((i) => `${i.type} ${i.path}`)).toEqual(['TYPE_CHANGED #/properties/value', 'TYPE_CHANGED #/properties/children/items/properties/value']);
  });
  it('moving a definition behind a $ref is no change', () => {
    expect(checkCompatibility(S({ type: 'string' }), S({ $ref: '#/definitions/s', definitions: { s: str } }), { mode: 'FULL', policy: 'STRICT' }).compatible).toBe(true);
  });
});

describe('checkCompatibility: unusable input', () => {
  it.each([
    ['new schema not JSON', S({}), '{ nope', /new schema is not JSON/],
    ['earlier schema not JSON', '{', S({}), /earlier schema #1 is not JSON/],
    ['not a schema', '[1, 2]', S({}), /not a JSON Schema/],
    ['a $ref we cannot follow', S({ $ref: 'other.json#/x' }), S({}), /cannot resolve \$ref "other\.json#\/x"/],
    ['a dangling local $ref', S({}), S({ properties: { a: { $ref: '#/definitions/missing' } } }), /the new schema: cannot resolve/],
  ])('%s throws CompatInputError', (_name, before, after, message) => {
    expect(() => checkCompatibility(before, after)).toThrow(CompatInputError);
    expect(() => checkCompatibility(before, after)).toThrow(message);
  });

  it('gives the same, frozen verdict for the same texts (memoized)', () => {
    const first = checkCompatibility(v1, v2Required);
    expect(checkCompatibility(v1, v2Required)).toBe(first);
    expect(Object.isFrozen(first.issues)).toBe(true);
  });
});
