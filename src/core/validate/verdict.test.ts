// Example verdicts from real ajv results (validateEvent): "matches the schema" only when the
// example was checked against a schema that compiled. Issue 16: "With an invalid schema, a wrong
// example shows a green 'matches the schema'."
import { describe, expect, it } from 'vitest';
import type { EventType } from '../model/types';
import { validateEvent } from './validate-event';
import { exampleVerdicts, SCHEMA_INVALID_VERDICT, verdictLabel } from './verdict';

const OBJECT = '{"type":"object","required":["orderId"],"properties":{"orderId":{"type":"string"}}}';
const GOOD = '{"orderId":"o-1"}';
const WRONG = '{"orderId":42}';

function ev(schema: string, examples: string[], over: Partial<EventType> = {}): EventType {
  return { id: 'order-placed', name: 'OrderPlaced', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema, examples, ...over };
}

const labels = (event: EventType) => exampleVerdicts(event, validateEvent(event)).map(verdictLabel);

describe('exampleVerdicts', () => {
  const rows: [string, EventType, string[]][] = [
    ['a valid schema: a matching example matches, a wrong one has problems', ev(OBJECT, [GOOD, WRONG]), ['matches the schema', '1 problem']],
    // The case: the schema breaks the meta-schema, so ajv compiled nothing and the wrong example "matched".
    ['a schema that breaks the meta-schema checks nothing', ev('{"type":"thing","properties":{"orderId":{"type":"string"}}}', [GOOD, WRONG]), [SCHEMA_INVALID_VERDICT, SCHEMA_INVALID_VERDICT]],
    ['a schema that is not JSON', ev('{"type":"object",', [WRONG]), [SCHEMA_INVALID_VERDICT]],
    ['a schema that is not an object', ev('[1]', [WRONG]), [SCHEMA_INVALID_VERDICT]],
    ['an unresolvable $ref: the schema does not compile', ev('{"type":"object","properties":{"total":{"$ref":"#/definitions/Money"}}}', [WRONG]), [SCHEMA_INVALID_VERDICT]],
    ['a pattern that is no regular expression', ev('{"type":"object","properties":{"orderId":{"type":"string","pattern":"(["}}}', [GOOD]), [SCHEMA_INVALID_VERDICT]],
    ['an example that is not JSON is wrong whatever the schema', ev('{"type":"thing"}', ['{"orderId":', GOOD]), ['1 problem', SCHEMA_INVALID_VERDICT]],
    ['another draft is only a warning: examples are still checked', ev('{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","required":["orderId"]}', [GOOD, '{}']), ['matches the schema', '1 problem']],
    // Issue 17: a schema leaning on another host is not invalid, it cannot be checked offline.
    ['a remote $ref: not checked, not invalid', ev('{"type":"object","properties":{"total":{"$ref":"https://registry.example.com/money.json"}}}', [GOOD, WRONG]), ['not checked: remote schema not checked offline', 'not checked: remote schema not checked offline']],
    ['a broken local $ref first: invalid', ev('{"type":"object","properties":{"b":{"$ref":"#/definitions/Money"},"a":{"$ref":"https://registry.example.com/money.json"}}}', [GOOD]), [SCHEMA_INVALID_VERDICT]],
    ['Avro examples are not validated', ev('{"type":"record","name":"X","fields":[]}', [GOOD], { schemaFormat: 'avro' }), ['not validated (Avro is not JSON Schema)']],
  ];
  it.each(rows)('%s', (_, event, expected) => expect(labels(event)).toEqual(expected));

  it('a result for an earlier text, or none yet, is pending', () => {
    const event = ev(OBJECT, [GOOD]);
    expect(exampleVerdicts(event, undefined)).toEqual([{ kind: 'pending' }]);
    expect(exampleVerdicts(event, validateEvent(ev(OBJECT, [WRONG])))).toEqual([{ kind: 'pending' }]);
  });

  it('a check that ran out of time or failed is never a match', () => {
    const event = ev(OBJECT, [GOOD]);
    const r = validateEvent(event);
    expect(exampleVerdicts(event, { ...r, timedOut: true }).map(verdictLabel)).toEqual(['not checked: validation timed out']);
    expect(exampleVerdicts(event, { ...r, error: 'Validation failed: boom' }).map(verdictLabel)).toEqual(['not checked: the validator failed']);
  });
});
