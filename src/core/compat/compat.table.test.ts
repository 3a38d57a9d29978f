// One row per rule: the difference type it exercises, a writer (old) and a reader (new) schema,
// and the BACKWARD verdict under LENIENT and STRICT. Verdicts follow Confluent Schema Registry's
// COMPATIBLE_CHANGES sets; the last test checks that every type we emit has a row.
import { describe, expect, it } from 'vitest';
import { suggestBump } from './bump';
import { checkCompatibility, differences, parseSchema } from './check';
import { DIFFERENCE_TYPES, NOT_EMITTED, type DifferenceType } from './differences';
import { jsonPath } from './explain';
import { COMPAT_MODES, COMPAT_POLICIES } from './types';

type S = Record<string, unknown> | boolean;
const str = (extra: object = {}) => ({ type: 'string', ...extra });
const num = (extra: object = {}) => ({ type: 'number', ...extra });
const obj = (properties: Record<string, S>, extra: object = {}) => ({ type: 'object', properties, ...extra });
const closed = (properties: Record<string, S>, extra: object = {}) => obj(properties, { additionalProperties: false, ...extra });
const arr = (extra: object) => ({ type: 'array', ...extra });

// [rule, description, old, new, BACKWARD+LENIENT compatible, BACKWARD+STRICT compatible, path?]
type Row = [DifferenceType, string, S, S, boolean, boolean, string?];

const rows: Row[] = [
  ['ID_CHANGED', '$id renamed', { $id: 'a' }, { $id: 'b' }, true, true, '#/'],
  ['DESCRIPTION_CHANGED', 'description edited', str({ description: 'a' }), str({ description: 'b' }), true, true],
  ['TITLE_CHANGED', 'title edited', str({ title: 'a' }), str({ title: 'b' }), true, true],
  ['DEFAULT_CHANGED', 'default changed', str({ default: 'a' }), str({ default: 'b' }), true, true],
  ['SCHEMA_ADDED', 'items schema added to an array', arr({}), arr({ items: str() }), false, false, '#/items'],
  ['SCHEMA_REMOVED', 'items schema removed from an array', arr({ items: str() }), arr({}), true, true, '#/items'],
  ['TYPE_EXTENDED', 'integer widened to number', obj({ qty: { type: 'integer' } }), obj({ qty: num() }), true, true, '#/properties/qty'],
  ['TYPE_NARROWED', 'number narrowed to integer', obj({ qty: num() }), obj({ qty: { type: 'integer' } }), false, false, '#/properties/qty'],
  ['TYPE_CHANGED', 'string field becomes a number', obj({ amount: str() }), obj({ amount: num() }), false, false, '#/properties/amount'],
  ['TYPE_CHANGED', 'nullable string becomes plain string (null no longer readable)', { type: ['string', 'null'] }, str(), false, false, '#/'],
  ['TYPE_CHANGED', 'enum added to a plain string', str(), str({ enum: ['a'] }), false, false, '#/'],

  ['MAX_LENGTH_ADDED', 'maxLength imposed', str(), str({ maxLength: 5 }), false, false, '#/maxLength'],
  ['MAX_LENGTH_REMOVED', 'maxLength dropped', str({ maxLength: 5 }), str(), true, true],
  ['MAX_LENGTH_INCREASED', 'maxLength raised', str({ maxLength: 5 }), str({ maxLength: 9 }), true, true],
  ['MAX_LENGTH_DECREASED', 'maxLength lowered', str({ maxLength: 9 }), str({ maxLength: 5 }), false, false],
  ['MIN_LENGTH_ADDED', 'minLength imposed', str(), str({ minLength: 1 }), false, false, '#/minLength'],
  ['MIN_LENGTH_REMOVED', 'minLength dropped', str({ minLength: 1 }), str(), true, true],
  ['MIN_LENGTH_INCREASED', 'minLength raised', str({ minLength: 1 }), str({ minLength: 3 }), false, false],
  ['MIN_LENGTH_DECREASED', 'minLength lowered', str({ minLength: 3 }), str({ minLength: 1 }), true, true],
  ['PATTERN_ADDED', 'pattern imposed', str(), str({ pattern: '^[A-Z]+$' }), false, false, '#/pattern'],
  ['PATTERN_REMOVED', 'pattern dropped', str({ pattern: '^[A-Z]+$' }), str(), true, true],
  ['PATTERN_CHANGED', 'pattern replaced', str({ pattern: '^[A-Z]+$' }), str({ pattern: '^[a-z]+$' }), false, false],

  ['MAXIMUM_ADDED', 'maximum imposed', num(), num({ maximum: 10 }), false, false, '#/maximum'],
  ['MAXIMUM_REMOVED', 'maximum dropped', num({ maximum: 10 }), num(), true, true],
  ['MAXIMUM_INCREASED', 'maximum raised', num({ maximum: 10 }), num({ maximum: 20 }), true, true],
  ['MAXIMUM_DECREASED', 'maximum lowered', num({ maximum: 20 }), num({ maximum: 10 }), false, false],
  ['MINIMUM_ADDED', 'minimum imposed', num(), num({ minimum: 0 }), false, false],
  ['MINIMUM_REMOVED', 'minimum dropped', num({ minimum: 0 }), num(), true, true],
  ['MINIMUM_INCREASED', 'minimum raised', num({ minimum: 0 }), num({ minimum: 5 }), false, false],
  ['MINIMUM_DECREASED', 'minimum lowered', num({ minimum: 5 }), num({ minimum: 0 }), true, true],
  ['EXCLUSIVE_MAXIMUM_ADDED', 'exclusiveMaximum imposed', num(), num({ exclusiveMaximum: 10 }), false, false, '#/exclusiveMaximum'],
  ['EXCLUSIVE_MAXIMUM_REMOVED', 'exclusiveMaximum dropped', num({ exclusiveMaximum: 10 }), num(), true, true],
  ['EXCLUSIVE_MAXIMUM_INCREASED', 'exclusiveMaximum raised', num({ exclusiveMaximum: 10 }), num({ exclusiveMaximum: 20 }), true, true],
  ['EXCLUSIVE_MAXIMUM_DECREASED', 'exclusiveMaximum lowered', num({ exclusiveMaximum: 20 }), num({ exclusiveMaximum: 10 }), false, false],
  ['EXCLUSIVE_MINIMUM_ADDED', 'exclusiveMinimum imposed', num(), num({ exclusiveMinimum: 0 }), false, false],
  ['EXCLUSIVE_MINIMUM_REMOVED', 'exclusiveMinimum dropped', num({ exclusiveMinimum: 0 }), num(), true, true],
  ['EXCLUSIVE_MINIMUM_INCREASED', 'exclusiveMinimum raised', num({ exclusiveMinimum: 0 }), num({ exclusiveMinimum: 5 }), false, false],
  ['EXCLUSIVE_MINIMUM_DECREASED', 'exclusiveMinimum lowered', num({ exclusiveMinimum: 5 }), num({ exclusiveMinimum: 0 }), true, true],
  ['MULTIPLE_OF_ADDED', 'multipleOf imposed', num(), num({ multipleOf: 2 }), false, false, '#/multipleOf'],
  ['MULTIPLE_OF_REMOVED', 'multipleOf dropped', num({ multipleOf: 2 }), num(), true, true],
  ['MULTIPLE_OF_EXPANDED', 'multipleOf 2 -> 4 (fewer values)', num({ multipleOf: 2 }), num({ multipleOf: 4 }), false, false],
  ['MULTIPLE_OF_REDUCED', 'multipleOf 0.5 -> 0.1 (more values, decimal)', num({ multipleOf: 0.5 }), num({ multipleOf: 0.1 }), true, true],
  ['MULTIPLE_OF_CHANGED', 'multipleOf 3 -> 5', num({ multipleOf: 3 }), num({ multipleOf: 5 }), false, false],

  ['REQUIRED_ATTRIBUTE_ADDED', 'optional field made required', obj({ a: str() }), obj({ a: str() }, { required: ['a'] }), false, false, '#/required/a'],
  ['REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED', 'field with default made required', obj({ a: str({ default: 'x' }) }), obj({ a: str({ default: 'x' }) }, { required: ['a'] }), true, true],
  ['REQUIRED_ATTRIBUTE_REMOVED', 'required field made optional', obj({ a: str() }, { required: ['a'] }), obj({ a: str() }), true, true],
  ['MAX_PROPERTIES_ADDED', 'maxProperties imposed', obj({}), obj({}, { maxProperties: 3 }), false, false, '#/maxProperties'],
  ['MAX_PROPERTIES_REMOVED', 'maxProperties dropped', obj({}, { maxProperties: 3 }), obj({}), true, true],
  ['MAX_PROPERTIES_INCREASED', 'maxProperties raised', obj({}, { maxProperties: 3 }), obj({}, { maxProperties: 5 }), true, true],
  ['MAX_PROPERTIES_DECREASED', 'maxProperties lowered', obj({}, { maxProperties: 5 }), obj({}, { maxProperties: 3 }), false, false],
  ['MIN_PROPERTIES_ADDED', 'minProperties imposed', obj({}), obj({}, { minProperties: 1 }), false, false],
  ['MIN_PROPERTIES_REMOVED', 'minProperties dropped', obj({}, { minProperties: 1 }), obj({}), true, true],
  ['MIN_PROPERTIES_INCREASED', 'minProperties raised', obj({}, { minProperties: 1 }), obj({}, { minProperties: 2 }), false, false],
  ['MIN_PROPERTIES_DECREASED', 'minProperties lowered', obj({}, { minProperties: 2 }), obj({}, { minProperties: 1 }), true, true],
  ['ADDITIONAL_PROPERTIES_ADDED', 'closed model opened', closed({}), obj({}), true, true, '#/additionalProperties'],
  ['ADDITIONAL_PROPERTIES_REMOVED', 'open model closed (LENIENT only)', obj({}), closed({}), true, false, '#/additionalProperties'],
  ['ADDITIONAL_PROPERTIES_EXTENDED', 'additionalProperties schema dropped', obj({}, { additionalProperties: str() }), obj({}), true, true],
  ['ADDITIONAL_PROPERTIES_NARROWED', 'additionalProperties given a schema (LENIENT only)', obj({}), obj({}, { additionalProperties: str() }), true, false],
  ['TYPE_CHANGED', 'additionalProperties schema changes type', obj({}, { additionalProperties: str() }), obj({}, { additionalProperties: num() }), false, false, '#/additionalProperties'],

  ['DEPENDENCY_ARRAY_ADDED', 'property dependency added', obj({}), obj({}, { dependencies: { card: ['cvv'] } }), false, false, '#/dependencies/card'],
  ['DEPENDENCY_ARRAY_REMOVED', 'property dependency removed', obj({}, { dependencies: { card: ['cvv'] } }), obj({}), true, true],
  ['DEPENDENCY_ARRAY_EXTENDED', 'property dependency requires more', obj({}, { dependencies: { card: ['cvv'] } }), obj({}, { dependencies: { card: ['cvv', 'zip'] } }), false, false],
  ['DEPENDENCY_ARRAY_NARROWED', 'property dependency requires less', obj({}, { dependencies: { card: ['cvv', 'zip'] } }), obj({}, { dependencies: { card: ['cvv'] } }), true, true],
  ['DEPENDENCY_ARRAY_CHANGED', 'property dependency requires other fields', obj({}, { dependencies: { card: ['cvv'] } }), obj({}, { dependencies: { card: ['zip'] } }), false, false],
  ['DEPENDENCY_SCHEMA_ADDED', 'schema dependency added', obj({}), obj({}, { dependencies: { card: { required: ['cvv'] } } }), false, false],
  ['DEPENDENCY_SCHEMA_REMOVED', 'schema dependency removed', obj({}, { dependencies: { card: { required: ['cvv'] } } }), obj({}), true, true],

  ['REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', 'new required field, open model', obj({ id: str() }), obj({ id: str(), discountCode: str() }, { required: ['discountCode'] }), false, false, '#/properties/discountCode'],
  ['REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL', 'new required field with default, open model (LENIENT only)', obj({}), obj({ c: str({ default: 'EUR' }) }, { required: ['c'] }), true, false],
  ['OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', 'new optional field, open model (LENIENT only)', obj({ id: str() }), obj({ id: str(), note: str() }), true, false, '#/properties/note'],
  ['PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL', 'new field declared as {}', obj({}), obj({ extra: {} }), true, true],
  ['REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', 'new required field, closed model', closed({ id: str() }), closed({ id: str(), d: str() }, { required: ['d'] }), false, false, '#/properties/d'],
  ['REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL', 'new required field with default, closed model', closed({}), closed({ c: str({ default: 'EUR' }) }, { required: ['c'] }), true, true],
  ['OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', 'new optional field, closed model', closed({ id: str() }), closed({ id: str(), note: str() }), true, true],
  ['PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL', 'field removed, reader open', obj({ id: str(), note: str() }), obj({ id: str() }), true, true, '#/properties/note'],
  ['PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL', 'field declared false removed, reader closed', closed({ gone: false }), closed({}), true, true],
  ['PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL', 'field removed, reader closed (LENIENT only)', closed({ id: str(), note: str() }), closed({ id: str() }), true, false, '#/properties/note'],
  ['PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'removed field fits additionalProperties', obj({ a: str() }, { additionalProperties: str() }), obj({}, { additionalProperties: str() }), true, true],
  ['PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'removed field fits a patternProperties entry', closed({ x_a: str() }, { patternProperties: { '^x_': str() } }), closed({}, { patternProperties: { '^x_': str() } }), true, true, '#/properties/x_a'],
  ['PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'removed number field vs string additionalProperties', obj({ a: num() }, { additionalProperties: str() }), obj({}, { additionalProperties: str() }), false, false],
  ['PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'covered under LENIENT only, through a nested open-model addition',
    obj({ a: obj({}) }, { additionalProperties: obj({ x: str() }) }), obj({}, { additionalProperties: obj({ x: str() }) }), true, false],
  ['PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'added field fits writer additionalProperties', obj({}, { additionalProperties: str() }), obj({ a: str() }, { additionalProperties: str() }), true, true],
  ['PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'added number field vs writer string additionalProperties', obj({}, { additionalProperties: str() }), obj({ a: num() }, { additionalProperties: str() }), false, false],
  ['UNEVALUATED_PROPERTIES_ADDED', 'unevaluatedProperties false dropped', obj({}, { unevaluatedProperties: false }), obj({}), true, true, '#/unevaluatedProperties'],
  ['UNEVALUATED_PROPERTIES_REMOVED', 'unevaluatedProperties false added (LENIENT only)', obj({}), obj({}, { unevaluatedProperties: false }), true, false],
  ['UNEVALUATED_PROPERTIES_EXTENDED', 'unevaluatedProperties schema dropped', obj({}, { unevaluatedProperties: str() }), obj({}), true, true],
  ['UNEVALUATED_PROPERTIES_NARROWED', 'unevaluatedProperties schema added (LENIENT only)', obj({}), obj({}, { unevaluatedProperties: str() }), true, false],

  ['MAX_ITEMS_ADDED', 'maxItems imposed', arr({}), arr({ maxItems: 3 }), false, false, '#/maxItems'],
  ['MAX_ITEMS_REMOVED', 'maxItems dropped', arr({ maxItems: 3 }), arr({}), true, true],
  ['MAX_ITEMS_INCREASED', 'maxItems raised', arr({ maxItems: 3 }), arr({ maxItems: 5 }), true, true],
  ['MAX_ITEMS_DECREASED', 'maxItems lowered', arr({ maxItems: 5 }), arr({ maxItems: 3 }), false, false],
  ['MIN_ITEMS_ADDED', 'minItems imposed', arr({}), arr({ minItems: 1 }), false, false],
  ['MIN_ITEMS_REMOVED', 'minItems dropped', arr({ minItems: 1 }), arr({}), true, true],
  ['MIN_ITEMS_INCREASED', 'minItems raised', arr({ minItems: 1 }), arr({ minItems: 2 }), false, false],
  ['MIN_ITEMS_DECREASED', 'minItems lowered', arr({ minItems: 2 }), arr({ minItems: 1 }), true, true],
  ['MAX_CONTAINS_ADDED', 'maxContains imposed', arr({ contains: num() }), arr({ contains: num(), maxContains: 2 }), false, false],
  ['MAX_CONTAINS_REMOVED', 'maxContains dropped', arr({ contains: num(), maxContains: 2 }), arr({ contains: num() }), true, true],
  ['MAX_CONTAINS_INCREASED', 'maxContains raised', arr({ maxContains: 2 }), arr({ maxContains: 4 }), true, true],
  ['MAX_CONTAINS_DECREASED', 'maxContains lowered', arr({ maxContains: 4 }), arr({ maxContains: 2 }), false, false],
  ['MIN_CONTAINS_ADDED', 'minContains imposed', arr({}), arr({ minContains: 2 }), false, false],
  ['MIN_CONTAINS_REMOVED', 'minContains dropped', arr({ minContains: 2 }), arr({}), true, true],
  ['MIN_CONTAINS_INCREASED', 'minContains raised', arr({ minContains: 1 }), arr({ minContains: 2 }), false, false],
  ['MIN_CONTAINS_DECREASED', 'minContains lowered', arr({ minContains: 2 }), arr({ minContains: 1 }), true, true],
  ['UNIQUE_ITEMS_ADDED', 'uniqueItems imposed', arr({}), arr({ uniqueItems: true }), false, false, '#/uniqueItems'],
  ['UNIQUE_ITEMS_REMOVED', 'uniqueItems dropped', arr({ uniqueItems: true }), arr({}), true, true],
  ['ADDITIONAL_ITEMS_ADDED', 'closed tuple opened', arr({ items: [str()], additionalItems: false }), arr({ items: [str()] }), true, true, '#/additionalItems'],
  ['ADDITIONAL_ITEMS_REMOVED', 'open tuple closed', arr({ items: [str()] }), arr({ items: [str()], additionalItems: false }), false, false],
  ['ADDITIONAL_ITEMS_EXTENDED', 'additionalItems schema dropped', arr({ items: [str()], additionalItems: num() }), arr({ items: [str()] }), true, true],
  ['ADDITIONAL_ITEMS_NARROWED', 'additionalItems given a schema (no policy allows it)', arr({ items: [str()] }), arr({ items: [str()], additionalItems: num() }), false, false],
  ['UNEVALUATED_ITEMS_ADDED', 'unevaluatedItems false dropped', arr({ unevaluatedItems: false }), arr({}), true, true],
  ['UNEVALUATED_ITEMS_REMOVED', 'unevaluatedItems false added', arr({}), arr({ unevaluatedItems: false }), false, false],
  ['UNEVALUATED_ITEMS_EXTENDED', 'unevaluatedItems schema dropped', arr({ unevaluatedItems: str() }), arr({}), true, true],
  ['UNEVALUATED_ITEMS_NARROWED', 'unevaluatedItems schema added', arr({}), arr({ unevaluatedItems: str() }), false, false],
  ['ITEM_ADDED_TO_OPEN_CONTENT_MODEL', 'tuple item declared where extra items were open', arr({ items: [str()] }), arr({ items: [str(), num()] }), false, false, '#/items/1'],
  ['ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL', 'tuple item {} declared, open tuple', arr({ items: [str()] }), arr({ items: [str(), {}] }), true, true],
  ['ITEM_ADDED_TO_CLOSED_CONTENT_MODEL', 'tuple item added to closed tuple', arr({ items: [str()], additionalItems: false }), arr({ items: [str(), num()], additionalItems: false }), true, true],
  ['ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL', 'tuple item dropped, reader open', arr({ items: [str(), num()] }), arr({ items: [str()] }), true, true],
  ['ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL', 'false tuple item dropped, reader closed', arr({ items: [str(), false], additionalItems: false }), arr({ items: [str()], additionalItems: false }), true, true],
  ['ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL', 'tuple item dropped, reader closed', arr({ items: [str(), num()], additionalItems: false }), arr({ items: [str()], additionalItems: false }), false, false, '#/items/1'],
  ['ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'dropped tuple item fits additionalItems', arr({ items: [str(), num()], additionalItems: num() }), arr({ items: [str()], additionalItems: num() }), true, true],
  ['ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'dropped tuple item does not fit additionalItems', arr({ items: [str(), num()], additionalItems: str() }), arr({ items: [str()], additionalItems: str() }), false, false],
  ['ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'declared tuple item fits writer additionalItems', arr({ items: [str()], additionalItems: num() }), arr({ items: [str(), num()], additionalItems: num() }), true, true],
  ['ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'declared tuple item rejects writer additionalItems', arr({ items: [str()], additionalItems: num() }), arr({ items: [str(), str()], additionalItems: num() }), false, false],

  ['ENUM_ARRAY_EXTENDED', 'enum value added', { enum: ['NEW'] }, { enum: ['NEW', 'PAID'] }, true, true, '#/enum'],
  ['ENUM_ARRAY_NARROWED', 'enum value removed', { enum: ['NEW', 'PAID'] }, { enum: ['NEW'] }, false, false, '#/enum'],
  ['ENUM_ARRAY_NARROWED', 'enum value removed next to type: string (named, not COMBINED_TYPE_SUBSCHEMAS_CHANGED)', str({ enum: ['NEW', 'PAID'] }), str({ enum: ['NEW'] }), false, false, '#/allOf/1/enum'],
  ['ENUM_ARRAY_CHANGED', 'enum values swapped', { enum: ['A'] }, { enum: ['B'] }, false, false],
  ['ENUM_ARRAY_CHANGED', 'const changed', obj({ kind: { const: 'v1' } }), obj({ kind: { const: 'v2' } }), false, false, '#/properties/kind/const'],

  ['COMBINED_TYPE_EXTENDED', 'oneOf becomes anyOf', { oneOf: [str(), num()] }, { anyOf: [str(), num()] }, true, true, '#/'],
  ['COMBINED_TYPE_CHANGED', 'anyOf becomes oneOf', { anyOf: [str(), num()] }, { oneOf: [str(), num()] }, false, false],
  ['PRODUCT_TYPE_EXTENDED', 'allOf gains a part', { allOf: [str()] }, { allOf: [str(), { maxLength: 3 }] }, false, false],
  ['PRODUCT_TYPE_NARROWED', 'allOf loses a part', { allOf: [str(), { maxLength: 3 }] }, { allOf: [str()] }, true, true],
  ['PRODUCT_TYPE_NARROWED', 'enum dropped from a string', str({ enum: ['A'] }), str(), true, true],
  ['SUM_TYPE_EXTENDED', 'string made nullable', obj({ note: str() }), obj({ note: { type: ['string', 'null'] } }), true, true, '#/properties/note'],
  ['SUM_TYPE_EXTENDED', 'oneOf gains an alternative', { oneOf: [str()] }, { oneOf: [str(), num()] }, true, true],
  ['SUM_TYPE_NARROWED', 'oneOf loses an alternative', { oneOf: [str(), num()] }, { oneOf: [str()] }, false, false],
  ['COMBINED_TYPE_SUBSCHEMAS_CHANGED', 'oneOf alternatives replaced', { oneOf: [str(), num()] }, { oneOf: [{ type: 'boolean' }, { type: 'null' }] }, false, false],
  ['NOT_TYPE_EXTENDED', 'not excludes more', { not: str() }, { not: { type: ['string', 'number'] } }, false, false, '#/not'],
  ['NOT_TYPE_NARROWED', 'not excludes less', { not: { type: ['string', 'number'] } }, { not: str() }, true, true, '#/not'],

  ['TYPE_CHANGED', 'incompatible change behind a local $ref', arr({ items: { $ref: '#/definitions/x' }, definitions: { x: str() } }), arr({ items: { $ref: '#/definitions/x' }, definitions: { x: num() } }), false, false, '#/items'],
  ['TYPE_EXTENDED', 'nullable integer widened to nullable number', { type: ['integer', 'null'] }, { type: ['number', 'null'] }, true, true, '#/anyOf/0'],
  ['REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', 'required field added in a nested object',
    obj({ customer: obj({ id: str() }) }), obj({ customer: obj({ id: str(), email: str() }, { required: ['email'] }) }), false, false, '#/properties/customer/properties/email'],
];

const S = JSON.stringify;

describe('compat table (BACKWARD, both policies)', () => {
  it.each(rows.map((r) => [`${r[0]}: ${r[1]}`, r] as const))('%s', (_name, [rule, , oldS, newS, lenient, strict, path]) => {
    const before = parseSchema(S(oldS), 'old');
    const after = parseSchema(S(newS), 'new');
    const found = [...differences(before, after, 'LENIENT'), ...differences(before, after, 'STRICT')];
    const matching = found.filter((d) => d.type === rule);
    expect(matching.map((d) => d.type), `differences: ${found.map((d) => `${d.type} ${jsonPath(d.path)}`).join(', ')}`).toContain(rule);
    if (path) expect(matching.map((d) => jsonPath(d.path))).toContain(path);
    expect(checkCompatibility(S(oldS), S(newS), { mode: 'BACKWARD', policy: 'LENIENT' }).compatible).toBe(lenient);
    expect(checkCompatibility(S(oldS), S(newS), { mode: 'BACKWARD', policy: 'STRICT' }).compatible).toBe(strict);
  });

  it('has a row for every difference type it can emit', () => {
    const covered = new Set(rows.map((r) => r[0]));
    const missing = DIFFERENCE_TYPES.filter((t) => !covered.has(t) && !(t in NOT_EMITTED));
    expect(missing).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });
});

// Schemas compared with an identical copy of themselves: no difference, compatible in every mode
// and policy, a patch bump. Counterexamples found by the property test of compat.property.test.ts
// land here, so each stays fixed whatever seed a later run uses.
const selfRows: [string, S][] = [
  ['anyOf of a oneOf with `true`, and `true` (fast-check counterexample)', { anyOf: [{ oneOf: [str(), true] }, true] }],
  ['oneOf of an anyOf of a nullable string and `true`, and `true` (fast-check counterexample)', { oneOf: [{ anyOf: [{ type: ['string', 'null'] }, true] }, true] }],
  ['oneOf of `true` and a string', { oneOf: [true, str()] }],
  ['allOf of `{}` and an object', { allOf: [{}, obj({ a: str() })] }],
];

describe('compat table: a schema compared with itself', () => {
  it.each(selfRows)('%s', (_name, schema) => {
    const text = S(schema);
    const pretty = JSON.stringify(schema, null, 2);
    for (const policy of COMPAT_POLICIES) expect(differences(parseSchema(text, 'old'), parseSchema(pretty, 'new'), policy)).toEqual([]);
    for (const mode of COMPAT_MODES)
      for (const policy of COMPAT_POLICIES) expect(checkCompatibility(text, pretty, { mode, policy })).toMatchObject({ compatible: true, issues: [] });
    expect(suggestBump(text, pretty)).toBe('patch');
  });
});
