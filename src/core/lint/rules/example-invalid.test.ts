import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { validationKey } from '../../validate/key';
import type { ValidationResults } from '../../validate/types';
import { design, run } from '../../testing/lint-design';
import { exampleInvalid as rule } from './example-invalid';

const ev = (examples: string[]): Design => design({ events: [['OrderPlaced', { examples }]] });
type Results = (d: Design) => ValidationResults;
const result = (examples: ValidationResults[string]['examples']): Results => (d) => ({
  OrderPlaced: { eventId: 'OrderPlaced', key: validationKey(d.events[0]), schema: [], headers: [], examples },
});

describe('example-invalid', () => {
  const violations: [string, Design, Results | undefined, string][] = [
    ['example that is not JSON (found without ajv)', ev(['{"orderId": "o-1",}']), undefined, 'Example 1 of "OrderPlaced" is not valid JSON'],
    ['missing required field', ev(['{}']), result([[{ path: '', message: "must have required property 'orderId'", code: 'mismatch' }]]), "must have required property 'orderId'"],
    ['wrong type in the second example', ev(['{"orderId":"a"}', '{"orderId":42}']), result([[], [{ path: '/orderId', message: '/orderId must be string', code: 'mismatch' }]]), 'Example 2 of "OrderPlaced" does not match the schema: /orderId must be string'],
  ];
  it.each(violations)('%s', (_, d, v, fragment) => {
    const findings = run(rule, d, v?.(d));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', target: { kind: 'event' } });
    expect(findings[0].message).toContain(fragment);
  });
  const clean: [string, Design, Results | undefined][] = [
    ['valid examples', ev(['{"orderId":"a"}', '{"orderId":"b"}']), result([[], []])],
    ['no examples', ev([]), undefined],
    ['valid JSON, validation not reported yet', ev(['{"orderId":"a"}']), undefined],
  ];
  it.each(clean)('%s is clean', (_, d, v) => expect(run(rule, d, v?.(d))).toEqual([]));

  it('reports an empty example as empty', () => {
    expect(run(rule, ev(['  ']))[0].message).toBe('Example 1 of "OrderPlaced" is empty');
  });
});
