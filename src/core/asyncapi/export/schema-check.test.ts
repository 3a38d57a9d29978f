// The hand-written payload checks must agree with the official parser: what they accept, it
// accepts; what they reject, it rejects.
import { Parser } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { dump as stringify } from 'js-yaml';
import { MEDIA } from '../vocabulary';
import { avroProblem, jsonSchemaProblem } from './schema-check';

const parser = new Parser();

async function parserAccepts(schemaFormat: string, schema: unknown): Promise<boolean> {
  const doc = {
    asyncapi: '3.0.0', info: { title: 'x', version: '1.0.0' },
    components: { messages: { M: { payload: { schemaFormat, schema } } } },
  };
  const { diagnostics } = await parser.parse(stringify(doc));
  return !diagnostics.some((d) => d.severity === 0);
}

const JSON_SCHEMAS: unknown[] = [
  { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
  true,
  { type: ['string', 'null'], enum: ['a', null] },
  { type: 7 },
  { type: 'strin' },
  { properties: { a: { minimum: 'one' } } },
  { required: 'a' },
  { allOf: [] },
  { items: [{ type: 'string' }, { type: 'integer' }], additionalItems: false },
  { properties: { a: { exclusiveMinimum: true, minimum: 1 } } },
  { dependencies: { a: ['b'], c: { required: ['d'] } } },
];
const AVRO_SCHEMAS: unknown[] = [
  { type: 'record', name: 'R', fields: [{ name: 'a', type: 'string' }] },
  { type: 'record', name: 'R', fields: [{ name: 'a', type: { type: 'array', items: 'long' } }] },
  { type: 'record', fields: [] },
  { type: 'recordx' },
  { type: 'enum', name: 'E', symbols: ['A', 'B'] },
  { type: 'map', values: 'string' },
  'string',
];

describe('payload checks agree with the official parser', () => {
  it.each(JSON_SCHEMAS.map((s) => [JSON.stringify(s), s]))('JSON Schema %s', async (_, schema) => {
    expect(jsonSchemaProblem(schema) === undefined).toBe(await parserAccepts(MEDIA['json-schema'], schema));
  });
  it.each(AVRO_SCHEMAS.map((s) => [JSON.stringify(s), s]))('Avro %s', async (_, schema) => {
    expect(avroProblem(schema) === undefined).toBe(await parserAccepts(MEDIA.avro, schema));
  });
});
