// Properties from the issue, checked against Confluent's content-model behaviour on generated schemas.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../testing/property';
import { suggestBump } from './bump';
import { checkCompatibility } from './check';
import { COMPAT_MODES, COMPAT_POLICIES } from './types';

const name = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,7}$/);

/** Schemas that always state a type: never read as "anything" by Confluent. */
const typedLeaf = fc.oneof(
  fc.record({ type: fc.constant('string'), maxLength: fc.option(fc.nat(50), { nil: undefined }), pattern: fc.option(fc.constantFrom('^a', '^[0-9]+$'), { nil: undefined }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constantFrom('number', 'integer'), minimum: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }), multipleOf: fc.option(fc.constantFrom(0.5, 2, 3), { nil: undefined }) }, { requiredKeys: ['type'] }),
  fc.constant({ type: 'boolean' }),
  fc.record({ type: fc.constant('string'), enum: fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D'), { minLength: 1 }) }),
  fc.constant({ type: ['string', 'null'] }),
);

const { schema } = fc.letrec((tie) => ({
  schema: fc.oneof({ depthSize: 'small', withCrossShrink: true }, typedLeaf, tie('object'), tie('array'), tie('combined'), fc.constantFrom(true, false, {}), fc.record({ const: fc.constantFrom('x', 1, null) })),
  object: fc
    .record({
      properties: fc.dictionary(name, tie('schema'), { maxKeys: 4 }),
      additionalProperties: fc.option(fc.oneof(fc.boolean(), typedLeaf), { nil: undefined }),
      patternProperties: fc.option(fc.constant({ '^x_': { type: 'string' } }), { nil: undefined }),
      minProperties: fc.option(fc.nat(3), { nil: undefined }),
      dependencies: fc.option(fc.constant({ a: ['b'] }), { nil: undefined }),
    }, { requiredKeys: ['properties'] })
    .chain((o) => fc.subarray(Object.keys(o.properties as object)).map((required) => ({ type: 'object', ...o, required }))),
  array: fc.oneof(
    fc.record({ type: fc.constant('array'), items: tie('schema'), maxItems: fc.option(fc.nat(5), { nil: undefined }), uniqueItems: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['type', 'items'] }),
    fc.record({ type: fc.constant('array'), items: fc.array(tie('schema'), { maxLength: 3 }), additionalItems: fc.option(fc.oneof(fc.boolean(), typedLeaf), { nil: undefined }) }, { requiredKeys: ['type', 'items'] }),
  ),
  combined: fc.oneof(
    fc.record({ oneOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ anyOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ allOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('schema') }),
  ),
}));

/** An object schema with its content model fixed, and a property name it does not declare yet. */
const objectWith = (additionalProperties: false | undefined) =>
  fc.record({ properties: fc.dictionary(name, schema, { maxKeys: 4 }), extra: name, extraSchema: typedLeaf })
    .filter(({ properties, extra }) => !(extra in properties) && !extra.startsWith('x_'))
    .map(({ properties, extra, extraSchema }) => {
      const required = Object.keys(properties).slice(0, 1);
      const base = { type: 'object', properties, required, ...(additionalProperties === false ? { additionalProperties } : {}) };
      const next = { ...base, properties: { ...properties, [extra]: extraSchema } };
      return { before: JSON.stringify(base), after: JSON.stringify(next) };
    });

describe('compat properties', () => {
  it('a schema is compatible with itself in every mode and policy', () => {
    assertProperty(
      fc.property(schema, (s) => {
        const text = JSON.stringify(s);
        const pretty = JSON.stringify(s, null, 2);
        for (const mode of COMPAT_MODES)
          for (const policy of COMPAT_POLICIES) expect(checkCompatibility([text, pretty], pretty, { mode, policy }).issues).toEqual([]);
        expect(suggestBump(text, pretty)).toBe('patch');
      }),
      { numRuns: 300 },
    );
  });

  it('optional property added to a CLOSED model: BACKWARD passes, FORWARD fails under STRICT', () => {
    assertProperty(
      fc.property(objectWith(false), ({ before, after }) => {
        expect(checkCompatibility(before, after, { mode: 'BACKWARD', policy: 'STRICT' }).compatible).toBe(true);
        const forward = checkCompatibility(before, after, { mode: 'FORWARD', policy: 'STRICT' });
        expect(forward.compatible).toBe(false);
        expect(forward.issues.map((i) => i.type)).toEqual(['PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL']);
        // LENIENT trusts producers not to send undeclared fields, so the forward check passes there.
        expect(checkCompatibility(before, after, { mode: 'FULL', policy: 'LENIENT' }).compatible).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('optional property added to an OPEN model: BACKWARD fails under STRICT, passes under LENIENT', () => {
    assertProperty(
      fc.property(objectWith(undefined), ({ before, after }) => {
        const strict = checkCompatibility(before, after, { mode: 'BACKWARD', policy: 'STRICT' });
        expect(strict.compatible).toBe(false);
        expect(strict.issues.map((i) => i.type)).toEqual(['OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL']);
        expect(checkCompatibility(before, after, { mode: 'BACKWARD', policy: 'LENIENT' }).compatible).toBe(true);
        expect(suggestBump(before, after)).toBe('minor');
      }),
      { numRuns: 200 },
    );
  });
});
