import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { validationKey } from '../../validate/key';
import type { ValidationResults } from '../../validate/types';
import { at, design, reported, type Reported } from '../../testing/lint-design';
import { exampleInvalid as rule } from './example-invalid';

const ev = (examples: string[]): Design => design({ events: [['OrderPlaced', { examples }]] });
type Results = (d: Design) => ValidationResults;
const result = (examples: ValidationResults[string]['examples']): Results => (d) => ({
  OrderPlaced: { eventId: 'OrderPlaced', key: validationKey(d.events[0]), schema: [], headers: [], examples },
});

const invalid = (message: string): Reported => ({ ruleId: 'example-invalid', severity: 'error', target: at.event('OrderPlaced'), message });

describe('example-invalid', () => {
  const violations: [string, Design, Results | undefined, Reported[]][] = [
    ['example that is not JSON (found without ajv)', ev(['{"orderId": "o-1",}']), undefined, [
      invalid('Example 1 of "OrderPlaced" is not valid JSON: Expected double-quoted property name (line 1, column 19)'),
    ]],
    ['missing required field', ev(['{}']), result([[{ path: '', message: "must have required property 'orderId'", code: 'mismatch' }]]), [
      invalid(`Example 1 of "OrderPlaced" does not match the schema: must have required property 'orderId'`),
    ]],
    ['wrong type in the second example', ev(['{"orderId":"a"}', '{"orderId":42}']), result([[], [{ path: '/orderId', message: '/orderId must be string', code: 'mismatch' }]]), [
      invalid('Example 2 of "OrderPlaced" does not match the schema: /orderId must be string'),
    ]],
    // Issue 16: one bad example gave five separate findings; it is one finding listing its errors.
    ['five problems in one example: one finding listing them', ev(['{"orderId":1,"total":"x"}']), result([[
      { path: '/orderId', message: '/orderId must be string', code: 'mismatch' }, { path: '/total', message: '/total must be number', code: 'mismatch' },
      { path: '', message: "must have required property 'eventId'", code: 'mismatch' }, { path: '', message: "must have required property 'source'", code: 'mismatch' },
      { path: '', message: "must have required property 'occurredAt'", code: 'mismatch' },
    ]]), [
      invalid("Example 1 of \"OrderPlaced\" does not match the schema: /orderId must be string; /total must be number; must have required property 'eventId'; must have required property 'source'; must have required property 'occurredAt'"),
    ]],
    ['two bad examples: one finding each', ev(['{}', '{}']), result([
      [{ path: '', message: "must have required property 'orderId'", code: 'mismatch' }],
      [{ path: '', message: "must have required property 'orderId'", code: 'mismatch' }, { path: '', message: "must have required property 'eventId'", code: 'mismatch' }],
    ]), [
      invalid("Example 1 of \"OrderPlaced\" does not match the schema: must have required property 'orderId'"),
      invalid("Example 2 of \"OrderPlaced\" does not match the schema: must have required property 'orderId'; must have required property 'eventId'"),
    ]],
    ['an empty example is empty', ev(['  ']), undefined, [invalid('Example 1 of "OrderPlaced" is empty')]],
    ['not JSON is said once, even when ajv says it too', ev(['{']), result([[{ path: '', message: 'Invalid JSON', code: 'invalid-json' }]]), [
      invalid("Example 1 of \"OrderPlaced\" is not valid JSON: Expected property name or '}' (line 1, column 2)"),
    ]],
  ];
  it.each(violations)('%s', (_, d, v, expected) => expect(reported(rule, d, v?.(d))).toEqual(expected));

  const clean: [string, Design, Results | undefined][] = [
    ['valid examples', ev(['{"orderId":"a"}', '{"orderId":"b"}']), result([[], []])],
    ['no examples', ev([]), undefined],
    ['valid JSON, validation not reported yet', ev(['{"orderId":"a"}']), undefined],
    ['a result for an earlier text of the event is stale', ev(['{"orderId":"a"}']), () => result([[{ path: '', message: 'old problem', code: 'mismatch' }]])(ev(['{}']))],
  ];
  it.each(clean)('%s is clean', (_, d, v) => expect(reported(rule, d, v?.(d))).toEqual([]));
});
