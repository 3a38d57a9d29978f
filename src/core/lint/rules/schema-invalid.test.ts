import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { validationKey } from '../../validate/key';
import type { ValidationResults } from '../../validate/types';
import { design, GOOD_SCHEMA, run } from '../../testing/lint-design';
import { schemaInvalid as rule } from './schema-invalid';

const ev = (extra: object): Design => design({ events: [['OrderPlaced', extra]] });
type Results = (d: Design) => ValidationResults;
const result = (schema: ValidationResults[string]['schema'], headers: ValidationResults[string]['headers'] = []): Results => (d) => ({
  OrderPlaced: { eventId: 'OrderPlaced', key: validationKey(d.events[0]), schema, headers, examples: [] },
});

describe('schema-invalid', () => {
  const violations: [string, Design, Results | undefined, 'error' | 'warning', string][] = [
    ['trailing comma', ev({ schema: '{ "type": "object", }' }), undefined, 'error', 'is not a valid JSON Schema: Invalid JSON'],
    ['an array is no schema', ev({ schema: '[1, 2]' }), undefined, 'error', 'must be an object'],
    ['draft 2020-12', ev({ schema: JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' }) }), undefined, 'warning', 'names "https://json-schema.org/draft/2020-12/schema"'],
    ['meta-schema error from ajv', ev({}), result([{ path: '/properties/total/type', message: '/properties/total/type must be equal to one of the allowed values', code: 'meta-schema' }]), 'error', 'not a valid draft-07 schema: /properties/total/type'],
    ['unresolvable $ref', ev({}), result([{ path: '', message: "can't resolve reference #/definitions/Money", code: 'compile' }]), 'error', "can't resolve reference"],
    ['broken headers schema', ev({ headersSchema: '{"type": "object"' }), undefined, 'error', 'The headers schema of "OrderPlaced"'],
    ['Avro that is not JSON', ev({ schemaFormat: 'avro', schema: '{"type": "record", name: "X"}' }), undefined, 'error', 'not a valid Avro schema'],
  ];
  it.each(violations)('%s', (_, d, validation, severity, fragment) => {
    const findings = run(rule, d, validation?.(d));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity, target: { kind: 'event', id: 'OrderPlaced' } });
    expect(findings[0].message).toContain(fragment);
  });

  it('gives the schema path of a meta-schema error', () => {
    expect(run(rule, violations[3][1], violations[3][2]!(violations[3][1]))[0].path).toBe('/properties/total/type');
  });

  it('does not repeat what it found itself when ajv reports it too', () => {
    const d = ev({ schema: '{' });
    const v = result([{ path: '', message: 'Invalid JSON', code: 'invalid-json' }]);
    expect(run(rule, d, v(d))).toHaveLength(1);
  });

  const clean: [string, Design][] = [
    ['draft-07 with $schema', ev({ schema: GOOD_SCHEMA })],
    ['no $schema', ev({ schema: '{"type":"object","properties":{"a":{"type":"string"}}}' })],
    ['https draft-07 id without #', ev({ schema: '{"$schema":"https://json-schema.org/draft-07/schema","type":"object"}' })],
    ['valid Avro record', ev({ schemaFormat: 'avro', schema: '{"type":"record","name":"OrderPlaced","fields":[{"name":"orderId","type":"string"}]}' })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d, result([])(d))).toEqual([]));

  it('ignores a stale result computed for an earlier text of the schema', () => {
    const d = ev({});
    const stale = result([{ path: '', message: 'old problem', code: 'meta-schema' }])(ev({ schema: '{"type":"string"}' }));
    expect(run(rule, d, stale)).toEqual([]);
  });

  it('an overrun is an error: the schema is too complex to check', () => {
    const d = ev({});
    const v = result([])(d);
    v.OrderPlaced.timedOut = true;
    expect(run(rule, d, v)[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('too complex to check') });
  });

  it('a validator that failed (a stack overflow, a crashed worker) is an error, never clean', () => {
    const d = ev({});
    const v = result([])(d);
    v.OrderPlaced.error = 'Validation failed: Maximum call stack size exceeded';
    expect(run(rule, d, v)).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('could not be checked (Validation failed: Maximum call stack size exceeded)') })]);
  });
});
