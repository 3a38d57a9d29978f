import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { at, design, reported, type Reported } from '../../testing/lint-design';
import { schemaClosed as rule } from './schema-closed';

const ev = (schema: object): Design => design({ events: [['OrderPlaced', { schema: JSON.stringify(schema) }]] });

const closed = (where: string, path: string): Reported => ({
  ruleId: 'schema-closed', severity: 'warning', target: at.event('OrderPlaced'), path,
  message: `"OrderPlaced" sets additionalProperties: false on ${where}: consumers will reject events once a field is added`,
});
const MONEY = { type: 'object', additionalProperties: false, properties: { amount: { type: 'number' } } };

describe('schema-closed', () => {
  const violations: [string, Design, Reported[]][] = [
    ['closed root', ev({ type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } }), [closed('the payload', '/additionalProperties')]],
    ['closed nested object', ev({ type: 'object', properties: { total: MONEY } }), [closed('"total"', '/properties/total/additionalProperties')]],
    ['closed definition behind $ref', ev({ type: 'object', properties: { total: { $ref: '#/definitions/Money' } }, definitions: { Money: MONEY } }), [
      closed('"total"', '/definitions/Money/additionalProperties'),
    ]],
    ['one definition used twice is reported once', ev({ type: 'object', properties: { total: { $ref: '#/definitions/Money' }, tax: { $ref: '#/definitions/Money' } }, definitions: { Money: MONEY } }), [
      closed('"total"', '/definitions/Money/additionalProperties'),
    ]],
    ['closed root and closed child, one finding each', ev({ type: 'object', additionalProperties: false, properties: { total: MONEY } }), [
      closed('"total"', '/properties/total/additionalProperties'),
      closed('the payload', '/additionalProperties'),
    ]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  const clean: [string, Design][] = [
    ['open by default', ev({ type: 'object', properties: { a: { type: 'string' } } })],
    ['explicitly open', ev({ type: 'object', additionalProperties: true })],
    ['typed additional properties (a map)', ev({ type: 'object', properties: { tags: { type: 'object', additionalProperties: { type: 'string' } } } })],
    ['unreadable schema is schema-invalid\'s business', design({ events: [['OrderPlaced', { schema: '{' }]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
