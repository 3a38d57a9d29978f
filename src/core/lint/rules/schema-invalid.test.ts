import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { validationKey } from '../../validate/key';
import type { ValidationResults } from '../../validate/types';
import { at, design, GOOD_SCHEMA, reported, type Reported } from '../../testing/lint-design';
import { schemaInvalid as rule } from './schema-invalid';

const ev = (extra: object): Design => design({ events: [['OrderPlaced', extra]] });
type Results = (d: Design) => ValidationResults;
const result = (schema: ValidationResults[string]['schema'], headers: ValidationResults[string]['headers'] = []): Results => (d) => ({
  OrderPlaced: { eventId: 'OrderPlaced', key: validationKey(d.events[0]), schema, headers, examples: [] },
});

const invalid = (severity: 'error' | 'warning', message: string, path?: string): Reported => ({
  ruleId: 'schema-invalid', severity, target: at.event('OrderPlaced'), message, ...(path !== undefined ? { path } : {}),
});

const DUP_REQUIRED = '{\n  "type": "object",\n  "required": ["orderId"],\n  "required": ["eventId"]\n}';

describe('schema-invalid', () => {
  const violations: [string, Design, Results | undefined, Reported[]][] = [
    ['trailing comma', ev({ schema: '{ "type": "object", }' }), undefined, [
      invalid('error', 'The schema of "OrderPlaced" is not a valid JSON Schema: Invalid JSON: Expected double-quoted property name (line 1, column 21)', ''),
    ]],
    ['an array is no schema', ev({ schema: '[1, 2]' }), undefined, [
      invalid('error', 'The schema of "OrderPlaced" is not a valid JSON Schema: A JSON Schema must be an object or a boolean', ''),
    ]],
    ['draft 2020-12', ev({ schema: JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' }) }), undefined, [
      invalid('warning', 'The schema of "OrderPlaced" names "https://json-schema.org/draft/2020-12/schema": Eventsmith and AsyncAPI 3.0 use JSON Schema draft-07', '/$schema'),
    ]],
    ['meta-schema error from ajv', ev({}), result([{ path: '/properties/total/type', message: '/properties/total/type must be equal to one of the allowed values', code: 'meta-schema' }]), [
      invalid('error', 'The schema of "OrderPlaced" is not a valid draft-07 schema: /properties/total/type must be equal to one of the allowed values', '/properties/total/type'),
    ]],
    ['unresolvable $ref', ev({}), result([{ path: '', message: "can't resolve reference #/definitions/Money", code: 'compile' }]), [
      invalid('error', `The schema of "OrderPlaced" is not a valid draft-07 schema: can't resolve reference #/definitions/Money`, ''),
    ]],
    ['broken headers schema', ev({ headersSchema: '{"type": "object"' }), undefined, [
      invalid('error', 'The headers schema of "OrderPlaced" is not a valid JSON Schema: Invalid JSON: Expected \',\' or \'}\' after property value (line 1, column 18)', ''),
    ]],
    ['meta-schema error in the headers schema', ev({ headersSchema: '{"type": "thing"}' }), (d) => ({
      OrderPlaced: { eventId: 'OrderPlaced', key: validationKey(d.events[0]), schema: [], headers: [{ path: '/type', message: '/type must be equal to one of the allowed values', code: 'meta-schema' }], examples: [] },
    }), [
      invalid('error', 'The headers schema of "OrderPlaced" is not a valid draft-07 schema: /type must be equal to one of the allowed values', '/type'),
    ]],
    ['Avro that is not JSON', ev({ schemaFormat: 'avro', schema: '{"type": "record", name: "X"}' }), undefined, [
      invalid('error', 'The schema of "OrderPlaced" is not a valid Avro schema: Invalid JSON: Expected double-quoted property name (line 1, column 20)', ''),
    ]],
    ['does not repeat what it found itself when ajv reports it too', ev({ schema: '{' }), result([{ path: '', message: 'Invalid JSON', code: 'invalid-json' }]), [
      invalid('error', "The schema of \"OrderPlaced\" is not a valid JSON Schema: Invalid JSON: Expected property name or '}' (line 1, column 2)", ''),
    ]],
    ['an overrun is an error: the schema is too complex to check', ev({}), (d) => ({ OrderPlaced: { ...result([])(d).OrderPlaced, timedOut: true } }), [
      invalid('error', 'The schema of "OrderPlaced" is too complex to check: validating it ran out of time (a pattern that backtracks, or $refs that multiply), so its examples are unchecked'),
    ]],
    ['a validator that failed (a stack overflow, a crashed worker) is an error, never clean', ev({}), (d) => ({
      OrderPlaced: { ...result([])(d).OrderPlaced, error: 'Validation failed: Maximum call stack size exceeded' },
    }), [
      invalid('error', 'The schema of "OrderPlaced" could not be checked (Validation failed: Maximum call stack size exceeded), so it and its examples are unchecked'),
    ]],
    // The case: a second "required" only got the editor's yellow squiggle, and JSON.parse kept the later one.
    ['duplicate "required" key: an error at the second key, with its place in the text', ev({ schema: DUP_REQUIRED }), undefined, [
      { ...invalid('error', 'The schema of "OrderPlaced" has the key "required" twice in one object (line 4, column 3; first at line 3, column 3): JSON keeps only the last one, so the first is silently ignored', '/required'), spot: { text: 'schema', offset: DUP_REQUIRED.lastIndexOf('"required"'), length: 10 } },
    ]],
    ['duplicate key nested in a property of the headers schema', ev({ headersSchema: '{"properties":{"traceId":{"type":"string","type":"integer"}}}' }), undefined, [
      { ...invalid('error', 'The headers schema of "OrderPlaced" has the key "type" twice in one object (line 1, column 43; first at line 1, column 27): JSON keeps only the last one, so the first is silently ignored', '/properties/traceId/type'), spot: { text: 'headersSchema', offset: 42, length: 6 } },
    ]],
    ['a duplicate key beside another draft: both reported', ev({ schema: '{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","type":"object"}' }), undefined, [
      { ...invalid('error', 'The schema of "OrderPlaced" has the key "type" twice in one object (line 1, column 75; first at line 1, column 59): JSON keeps only the last one, so the first is silently ignored', '/type'), spot: { text: 'schema', offset: 74, length: 6 } },
      invalid('warning', 'The schema of "OrderPlaced" names "https://json-schema.org/draft/2020-12/schema": Eventsmith and AsyncAPI 3.0 use JSON Schema draft-07', '/$schema'),
    ]],
    ['duplicate field name in an Avro record', ev({ schemaFormat: 'avro', schema: '{"type":"record","name":"X","name":"Y","fields":[]}' }), undefined, [
      { ...invalid('error', 'The schema of "OrderPlaced" has the key "name" twice in one object (line 1, column 29; first at line 1, column 18): JSON keeps only the last one, so the first is silently ignored', '/name'), spot: { text: 'schema', offset: 28, length: 6 } },
    ]],
  ];
  it.each(violations)('%s', (_, d, validation, expected) => expect(reported(rule, d, validation?.(d))).toEqual(expected));

  const clean: [string, Design][] = [
    ['draft-07 with $schema', ev({ schema: GOOD_SCHEMA })],
    ['no $schema', ev({ schema: '{"type":"object","properties":{"a":{"type":"string"}}}' })],
    ['https draft-07 id without #', ev({ schema: '{"$schema":"https://json-schema.org/draft-07/schema","type":"object"}' })],
    ['valid Avro record', ev({ schemaFormat: 'avro', schema: '{"type":"record","name":"OrderPlaced","fields":[{"name":"orderId","type":"string"}]}' })],
    ['a blank headers schema is no headers schema', ev({ headersSchema: '  ' })],
    ['the same key in two objects is no duplicate', ev({ schema: '{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"}},"required":["a"]}' })],
    ['a key-like value is no key', ev({ schema: '{"type":"object","description":"required","required":["a"]}' })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d, result([])(d))).toEqual([]));

  describe('a schema that refers to the network is not checked offline: a warning, never a pass nor a broken schema', () => {
    const url = 'https://registry.example.com/schemas/order-placed.json';
    const remote = (extra: object) => ev({ schema: JSON.stringify({ $ref: url }), ...extra });
    const cantResolve = result([{ path: '', message: `can't resolve reference ${url} from id #`, code: 'compile' }]);
    const warning = (which: string, refs: string, path: string, tail = '') =>
      invalid('warning', `The ${which} of "OrderPlaced" refers to ${refs}: remote schema not checked offline (Eventsmith never fetches other hosts${tail})`, path);

    it('a payload that is only a remote $ref: ajv cannot resolve it, which is this warning, not an error', () =>
      expect(reported(rule, remote({}), cantResolve(remote({})))).toEqual([warning('schema', url, '/$ref')]));
    it('says its examples are unchecked too', () =>
      expect(reported(rule, remote({ examples: ['{"id": 1}'] }), undefined)).toEqual([warning('schema', url, '/$ref', ', nor its examples against it')]));
    it('a nested one, at its path; several listed once', () => {
      const schema = { type: 'object', properties: { a: { $ref: url }, b: { $ref: 'urn:example:b' }, c: { $ref: url }, d: { $ref: 'https://x.example/d' }, e: { $ref: 'https://x.example/e' } } };
      expect(reported(rule, ev({ schema: JSON.stringify(schema) }), undefined)).toEqual([
        warning('schema', `${url}, urn:example:b, https://x.example/d and 1 more`, '/properties/a/$ref'),
      ]);
    });
    it('an Avro schema (no validator runs on it) is not passed silently', () =>
      expect(reported(rule, ev({ schemaFormat: 'avro', schema: JSON.stringify({ $ref: url }) }), undefined)).toEqual([warning('schema', url, '/$ref')]));
    it('a headers schema', () =>
      expect(reported(rule, ev({ headersSchema: JSON.stringify({ $ref: url }) }), undefined)).toEqual([warning('headers schema', url, '/$ref')]));
    it('another unresolvable reference is still an error', () => {
      const d = remote({});
      const both = result([
        { path: '', message: `can't resolve reference ${url} from id #`, code: 'compile' },
        { path: '', message: "can't resolve reference #/definitions/Money from id #", code: 'compile' },
      ]);
      expect(reported(rule, d, both(d))).toEqual([
        invalid('error', `The schema of "OrderPlaced" is not a valid draft-07 schema: can't resolve reference #/definitions/Money from id #`, ''),
        warning('schema', url, '/$ref'),
      ]);
    });
    it('local references, relative files and Windows paths are not remote', () => {
      const schema = { definitions: { m: { type: 'number' } }, properties: { a: { $ref: '#/definitions/m' }, b: { $ref: 'common/money.json' }, c: { $ref: 'C:/schemas/x.json' } } };
      expect(reported(rule, ev({ schema: JSON.stringify(schema) }), undefined)).toEqual([]);
    });
  });

  it('ignores a stale result computed for an earlier text of the schema', () => {
    const d = ev({});
    const stale = result([{ path: '', message: 'old problem', code: 'meta-schema' }])(ev({ schema: '{"type":"string"}' }));
    expect(reported(rule, d, stale)).toEqual([]);
  });
});
