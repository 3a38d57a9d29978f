import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { schemaClosed as rule } from './schema-closed';

const ev = (schema: object): Design => design({ events: [['OrderPlaced', { schema: JSON.stringify(schema) }]] });

describe('schema-closed', () => {
  const violations: [string, Design, string, string][] = [
    ['closed root', ev({ type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } }), 'on the payload', '/additionalProperties'],
    ['closed nested object', ev({ type: 'object', properties: { total: { type: 'object', additionalProperties: false, properties: { amount: { type: 'number' } } } } }), 'on "total"', '/properties/total/additionalProperties'],
    ['closed definition behind $ref', ev({ type: 'object', properties: { total: { $ref: '#/definitions/Money' } }, definitions: { Money: { type: 'object', additionalProperties: false, properties: { amount: { type: 'number' } } } } }), 'on "total"', '/definitions/Money/additionalProperties'],
  ];
  it.each(violations)('%s', (_, d, fragment, path) => {
    const findings = run(rule, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', path });
    expect(findings[0].message).toContain(fragment);
  });
  const clean: [string, Design][] = [
    ['open by default', ev({ type: 'object', properties: { a: { type: 'string' } } })],
    ['explicitly open', ev({ type: 'object', additionalProperties: true })],
    ['typed additional properties (a map)', ev({ type: 'object', properties: { tags: { type: 'object', additionalProperties: { type: 'string' } } } })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));
});
