import { describe, expect, it } from 'vitest';
import type { EventType } from '../model/types';
import { validationKey } from './key';
import { createAjv, validateDesign, validateEvent } from './validate-event';

const ORDER = JSON.stringify({
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['orderId', 'total'],
  additionalProperties: false,
  definitions: { Money: { type: 'object', required: ['amount'], properties: { amount: { type: 'number', minimum: 0 }, currency: { enum: ['EUR', 'USD'] } } } },
  properties: { orderId: { type: 'string', format: 'uuid' }, total: { $ref: '#/definitions/Money' } },
});

function ev(over: Partial<EventType> = {}): EventType {
  return { id: 'order-placed', name: 'OrderPlaced', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: ORDER, ...over };
}

describe('validateEvent', () => {
  it('passes a valid schema and matching examples', () => {
    const event = ev({ examples: ['{"orderId":"0b5f3c9e-8d0a-4f5e-9a77-1a2b3c4d5e6f","total":{"amount":10,"currency":"EUR"}}'] });
    const r = validateEvent(event);
    expect(r).toEqual({ eventId: 'order-placed', key: validationKey(event), schema: [], headers: [], examples: [[]] });
    expect(r.timedOut).toBeUndefined();
  });

  it('reports example mismatches with instance paths and readable messages', () => {
    const r = validateEvent(ev({
      examples: [
        '{"orderId":"not-a-uuid","total":{"amount":-1,"currency":"GBP"},"extra":1}',
        '{}',
        '{"orderId":"0b5f3c9e-8d0a-4f5e-9a77-1a2b3c4d5e6f","total":{"amount":1}}',
      ],
    }));
    expect(r.schema).toEqual([]);
    expect(r.examples[0]).toEqual([
      { path: '', message: "(root) must NOT have additional property 'extra'", code: 'mismatch' },
      { path: '/orderId', message: '/orderId must match format "uuid"', code: 'mismatch' },
      { path: '/total/amount', message: '/total/amount must be >= 0', code: 'mismatch' },
      { path: '/total/currency', message: '/total/currency must be one of "EUR", "USD"', code: 'mismatch' },
    ]);
    expect(r.examples[1].map((i) => i.message)).toEqual(["(root) must have required property 'orderId'", "(root) must have required property 'total'"]);
    expect(r.examples[2]).toEqual([]);
  });

  it('reports an example that is not JSON, with line and column', () => {
    const r = validateEvent(ev({ examples: ['{\n  "orderId": ,\n}', '  '] }));
    expect(r.examples[0]).toEqual([{ path: '', message: expect.stringMatching(/^Invalid JSON: .*\(line 2, column 14\)$/), code: 'invalid-json' }]);
    expect(r.examples[1]).toEqual([{ path: '', message: 'The example is empty', code: 'invalid-json' }]);
  });

  it('reports meta-schema errors once per schema path, and skips the examples', () => {
    const r = validateEvent(ev({
      schema: JSON.stringify({ type: 'object', required: 'orderId', properties: { a: { type: 'strin' }, b: { minimum: 'x' }, c: { pattern: '(' } } }),
      examples: ['{"a": 1}'],
    }));
    expect(r.schema.map((i) => [i.path, i.message])).toEqual([
      ['/required', '/required must be array'],
      ['/properties/a/type', '/properties/a/type must be one of "array", "boolean", "integer", "null", "number", "object", "string"'],
      ['/properties/b/minimum', '/properties/b/minimum must be number'],
      ['/properties/c/pattern', '/properties/c/pattern is not a valid regular expression: Invalid regular expression: /(/u: Unterminated group'],
    ]);
    expect(r.schema.every((i) => i.code === 'meta-schema')).toBe(true);
    const onlyPattern = validateEvent(ev({ schema: '{"patternProperties": {"[": {}}, "properties": {"pattern": {"pattern": "^ok$"}}}' }));
    expect(onlyPattern.schema.map((i) => i.path)).toEqual(['/patternProperties/[']);
    expect(r.examples).toEqual([[]]);
  });

  it('reports invalid schema JSON and a non-schema root', () => {
    expect(validateEvent(ev({ schema: '{"type": "object",}' })).schema).toEqual([
      { path: '', message: expect.stringMatching(/^Invalid JSON: .*\(line 1, column 19\)$/), code: 'invalid-json' },
    ]);
    expect(validateEvent(ev({ schema: '42' })).schema[0]).toMatchObject({ code: 'meta-schema' });
  });

  it('warns about another draft and still checks the schema as draft-07', () => {
    const r = validateEvent(ev({
      schema: JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { n: { type: 'integer' } } }),
      examples: ['{"n": 1.5}'],
    }));
    expect(r.schema).toEqual([{ path: '/$schema', message: '$schema names "https://json-schema.org/draft/2020-12/schema": Eventsmith checks JSON Schemas as draft-07', code: 'other-draft' }]);
    expect(r.examples[0].map((i) => i.message)).toEqual(['/n must be integer']);
    expect(validateEvent(ev({ schema: '{"$schema": "http://json-schema.org/draft-07/schema"}' })).schema).toEqual([]);
  });

  it('reports an unresolvable $ref as a compile error', () => {
    const r = validateEvent(ev({ schema: '{"properties": {"a": {"$ref": "#/definitions/Nope"}}}', examples: ['{}'] }));
    expect(r.schema).toEqual([{ path: '', message: expect.stringContaining('#/definitions/Nope'), code: 'compile' }]);
  });

  it('validates the headers schema against the meta-schema', () => {
    const r = validateEvent(ev({ headersSchema: '{"type": 3}' }));
    expect(r.headers.map((i) => i.path)).toEqual(['/type']);
    expect(validateEvent(ev({ headersSchema: '{"type":"object"}' })).headers).toEqual([]);
    expect(validateEvent(ev({ headersSchema: '{' })).headers[0]).toMatchObject({ code: 'invalid-json' });
  });

  it('reuses one ajv for schemas with the same $id without leaking or clashing', () => {
    const ajv = createAjv();
    const schema = JSON.stringify({ $id: 'https://example.com/order.json', type: 'object', properties: { a: { type: 'string' } } });
    for (let i = 0; i < 3; i++) {
      const r = validateEvent(ev({ schema, examples: [`{"a": ${i}}`] }), () => ajv);
      expect(r.schema).toEqual([]);
      expect(r.examples[0].map((x) => x.message)).toEqual(['/a must be string']);
    }
  });

  it('skips Avro and Protobuf events', () => {
    const avro = validateEvent(ev({ schemaFormat: 'avro', schema: 'not json', examples: ['{', '{}'] }));
    expect(avro).toMatchObject({ schema: [], headers: [], examples: [[], []] });
    expect(validateEvent(ev({ schemaFormat: 'protobuf', schema: 'message X {}' })).schema).toEqual([]);
  });

  it('compiles a validator only for schemas with examples or references, and each schema text once', () => {
    // A real ajv whose compile calls are counted (the scaling of issue 13: 2,000 schemas, few examples).
    const ajv = createAjv();
    const compile = ajv.compile.bind(ajv);
    let compiles = 0;
    ajv.compile = ((schema: object) => { compiles++; return compile(schema); }) as typeof ajv.compile;
    const factory = () => ajv;
    const plain = JSON.stringify({ type: 'object', properties: { n: { type: 'integer' } } });

    expect(validateEvent(ev({ schema: plain }), factory).schema).toEqual([]);
    expect(validateEvent(ev({ schema: '{"type": 3}' }), factory).schema.map((i) => i.code)).toEqual(['meta-schema']);
    expect(compiles).toBe(0);

    const a = validateEvent(ev({ id: 'a', schema: plain, examples: ['{"n": 1.5}'] }), factory);
    const b = validateEvent(ev({ id: 'b', schema: plain, examples: ['{"n": 2}', '{"n": "x"}'] }), factory);
    expect(a.examples.map((e) => e.map((i) => i.message))).toEqual([['/n must be integer']]);
    expect(b.examples.map((e) => e.map((i) => i.message))).toEqual([[], ['/n must be integer']]);
    expect(compiles).toBe(1);

    // With no example, a reference is still resolved (by compiling): a broken one is an error.
    expect(validateEvent(ev({ schema: '{"properties": {"a": {"$ref": "#/definitions/Nope"}}}' }), factory).schema.map((i) => i.code)).toEqual(['compile']);
    expect(compiles).toBe(2);
  });

  it('validates a whole design by event id', () => {
    const results = validateDesign({ events: [ev(), ev({ id: 'bad', schema: '{' })] });
    expect(Object.keys(results)).toEqual(['order-placed', 'bad']);
    expect(results.bad.schema).toHaveLength(1);
  });
});

describe('validationKey', () => {
  it('changes with every input validation reads, and only with them', () => {
    const base = ev({ examples: ['{}'] });
    const k = validationKey(base);
    expect(validationKey({ ...base })).toBe(k);
    const renamed: EventType = { ...base, name: 'Other' };
    expect(validationKey(renamed)).toBe(k);
    const changed = [
      { ...base, schema: base.schema + ' ' },
      { ...base, schemaFormat: 'avro' as const },
      { ...base, headersSchema: '' },
      { ...base, examples: ['{}', ''] },
      { ...base, examples: ['{ }'] },
      { ...base, examples: [] },
    ].map(validationKey);
    expect(new Set([k, ...changed]).size).toBe(changed.length + 1);
    // Moving text between fields changes the key.
    expect(validationKey(ev({ schema: 'ab', examples: ['c'] }))).not.toBe(validationKey(ev({ schema: 'a', examples: ['bc'] })));
  });
});
