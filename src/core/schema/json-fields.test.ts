import { describe, expect, it } from 'vitest';
import { hasFieldPath, schemaFacts, fieldAt } from './facts';
import { SCHEMA_LIMITS } from './index';

const facts = (schema: unknown) => schemaFacts(JSON.stringify(schema), 'json-schema');
const paths = (schema: unknown) => facts(schema).fields.map((f) => f.path);

describe('JSON Schema fields', () => {
  it('lists nested paths with type, format, required and the chain of required', () => {
    const f = facts({
      type: 'object',
      required: ['orderId', 'total'],
      properties: {
        orderId: { type: 'string', format: 'uuid', description: 'The order' },
        total: { type: 'object', required: ['amount'], properties: { amount: { type: 'number' }, currency: { type: 'string' } } },
        note: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
      },
    });
    expect(f.ok).toBe(true);
    expect(f.fields.map((x) => x.path)).toEqual(['orderId', 'total', 'total.amount', 'total.currency', 'note', 'note.text']);
    expect(fieldAt(f, 'orderId')).toEqual({
      path: 'orderId', type: 'string', format: 'uuid', required: true, requiredChain: true,
      description: 'The order', jsonPointer: '/properties/orderId',
    });
    expect(fieldAt(f, 'total.amount')).toMatchObject({ required: true, requiredChain: true, jsonPointer: '/properties/total/properties/amount' });
    expect(fieldAt(f, 'total.currency')).toMatchObject({ required: false, requiredChain: false });
    expect(fieldAt(f, 'note.text')).toMatchObject({ required: true, requiredChain: false });
  });

  it('lists array items as path[] and never marks them required through the array', () => {
    const f = facts({
      type: 'object', required: ['lines'],
      properties: {
        lines: { type: 'array', items: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' } } } },
        matrix: { type: 'array', items: { type: 'array', items: { type: 'object', properties: { x: { type: 'integer' } } } } },
      },
    });
    expect(f.fields.map((x) => x.path)).toEqual(['lines', 'lines[].sku', 'matrix', 'matrix[][].x']);
    expect(fieldAt(f, 'lines')).toMatchObject({ type: 'array', requiredChain: true });
    expect(fieldAt(f, 'lines[].sku')).toMatchObject({ required: true, requiredChain: false, jsonPointer: '/properties/lines/items/properties/sku' });
    expect(hasFieldPath(f, 'lines[].sku')).toBe(true);
    expect(hasFieldPath(f, 'lines.sku')).toBe(false);
  });

  it('follows local $refs into definitions and $defs, with ~0/~1 and percent escapes', () => {
    const f = facts({
      definitions: { Money: { type: 'object', required: ['amount'], properties: { amount: { type: 'number' } } } },
      $defs: { 'a/b~c': { type: 'string', format: 'uuid' }, 'with space': { type: 'integer' } },
      type: 'object',
      required: ['total'],
      properties: {
        total: { $ref: '#/definitions/Money' },
        id: { $ref: '#/$defs/a~1b~0c' },
        n: { $ref: '#/$defs/with%20space' },
        remote: { $ref: 'https://example.com/x.json' },
        broken: { $ref: '#/definitions/Nope' },
      },
    });
    expect(fieldAt(f, 'total.amount')).toMatchObject({ type: 'number', requiredChain: true, jsonPointer: '/definitions/Money/properties/amount' });
    expect(fieldAt(f, 'total')).toMatchObject({ jsonPointer: '/properties/total' });
    expect(fieldAt(f, 'id')).toMatchObject({ type: 'string', format: 'uuid' });
    expect(fieldAt(f, 'n')).toMatchObject({ type: 'integer' });
    expect(fieldAt(f, 'remote')).toEqual({ path: 'remote', required: false, requiredChain: false, jsonPointer: '/properties/remote' });
    expect(hasFieldPath(f, 'broken')).toBe(true);
  });

  it('follows a root $ref', () => {
    expect(paths({ $ref: '#/definitions/E', definitions: { E: { type: 'object', properties: { a: { type: 'string' } } } } })).toEqual(['a']);
  });

  it('stops at circular refs: self, mutual and root', () => {
    const tree = facts({
      definitions: {
        Node: { type: 'object', properties: { value: { type: 'string' }, children: { type: 'array', items: { $ref: '#/definitions/Node' } }, parent: { $ref: '#/definitions/Node' } } },
        A: { type: 'object', properties: { b: { $ref: '#/definitions/B' } } },
        B: { type: 'object', properties: { a: { $ref: '#/definitions/A' } } },
      },
      type: 'object',
      properties: { root: { $ref: '#/definitions/Node' }, a: { $ref: '#/definitions/A' }, self: { $ref: '#' } },
    });
    expect(tree.fields.map((x) => x.path)).toEqual(['root', 'root.value', 'root.children', 'root.parent', 'a', 'a.b', 'a.b.a', 'self']);
    expect(fieldAt(tree, 'root.parent')).toMatchObject({ type: 'object' });
    expect(tree.truncated).toBeUndefined();
    expect(paths({ $ref: '#' })).toEqual([]);
    expect(paths({ definitions: { X: { $ref: '#/definitions/X' } }, properties: { x: { $ref: '#/definitions/X' } } })).toEqual(['x']);
  });

  it('merges allOf branches: properties, required and closedness', () => {
    const f = facts({
      definitions: { Base: { type: 'object', required: ['eventId'], properties: { eventId: { type: 'string', format: 'uuid' } } } },
      allOf: [
        { $ref: '#/definitions/Base' },
        { type: 'object', required: ['orderId'], properties: { orderId: { type: 'string' }, eventId: { description: 'again' } } },
      ],
      additionalProperties: false,
    });
    expect(f.fields.map((x) => x.path)).toEqual(['eventId', 'orderId']);
    expect(fieldAt(f, 'eventId')).toMatchObject({ type: 'string', format: 'uuid', required: true, description: 'again', jsonPointer: '/definitions/Base/properties/eventId' });
    expect(fieldAt(f, 'orderId')).toMatchObject({ required: true });
    expect(f.closed).toBe(true);
    expect(f.closedObjects).toEqual([{ path: '', jsonPointer: '' }]);
  });

  it('reads oneOf/anyOf conservatively: a field of every object branch, required only if every branch requires it', () => {
    const f = facts({
      type: 'object',
      oneOf: [
        { properties: { id: { type: 'string' }, card: { type: 'string' } }, required: ['id', 'card'] },
        { properties: { id: { type: 'string' }, iban: { type: 'string' } }, required: ['id'] },
      ],
      properties: {
        customer: { anyOf: [{ type: 'object', properties: { name: { type: 'string' } } }, { type: 'null' }] },
      },
    });
    expect(f.fields.map((x) => x.path).sort()).toEqual(['customer', 'customer.name', 'id']);
    expect(fieldAt(f, 'id')).toMatchObject({ required: true });
    expect(fieldAt(f, 'customer')).toMatchObject({ type: ['object', 'null'] });
  });

  it('records every closed object with its path and pointer', () => {
    const f = facts({
      type: 'object',
      properties: { a: { type: 'object', additionalProperties: false, properties: { b: { type: 'string' } } }, c: { additionalProperties: {} } },
    });
    expect(f.closed).toBe(false);
    expect(f.closedPaths).toEqual(['a']);
    expect(f.closedObjects).toEqual([{ path: 'a', jsonPointer: '/properties/a' }]);
  });

  it('treats __proto__ and constructor as plain property names', () => {
    const f = schemaFacts('{"properties":{"__proto__":{"type":"string"},"constructor":{"type":"integer"}}}', 'json-schema');
    expect(f.fields.map((x) => x.path)).toEqual(['__proto__', 'constructor']);
    expect(hasFieldPath(f, 'toString')).toBe(false);
  });

  it('caps hostile depth and exponential $ref fan-out', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 200; i++) deep = { type: 'object', properties: { x: deep } };
    const d = facts(deep);
    expect(d.ok).toBe(true);
    expect(d.truncated).toBe(true);
    expect(d.fields.length).toBeLessThanOrEqual(SCHEMA_LIMITS.maxDepth + 2);

    const defs: Record<string, unknown> = { d0: { type: 'string' } };
    for (let i = 1; i <= 40; i++) defs[`d${i}`] = { type: 'object', properties: { l: { $ref: `#/definitions/d${i - 1}` }, r: { $ref: `#/definitions/d${i - 1}` } } };
    const bomb = facts({ definitions: defs, $ref: '#/definitions/d40' });
    expect(bomb.truncated).toBe(true);
    expect(bomb.fields.length).toBeLessThanOrEqual(SCHEMA_LIMITS.maxFields);

    const allOfBomb: Record<string, unknown> = { a0: { properties: { p: {} } } };
    for (let i = 1; i <= 40; i++) allOfBomb[`a${i}`] = { allOf: [{ $ref: `#/definitions/a${i - 1}` }, { $ref: `#/definitions/a${i - 1}` }] };
    const ab = facts({ definitions: allOfBomb, $ref: '#/definitions/a40' });
    expect(ab.ok).toBe(true);
    expect(ab.fields.map((x) => x.path)).toEqual(['p']);
  });

  it('caps allOf and oneOf chains nested far beyond any real schema', () => {
    for (const keyword of ['allOf', 'oneOf']) {
      const n = 20_000;
      const text = `{"${keyword}":[`.repeat(n) + '{"properties":{"a":{}}}' + ']}'.repeat(n);
      const f = schemaFacts(text, 'json-schema');
      expect(f.ok).toBe(true);
      expect(f.truncated).toBe(true);
    }
  });

  it('reports a JSON text nested deeper than the stack allows instead of throwing', () => {
    const f = schemaFacts('['.repeat(200_000) + ']'.repeat(200_000), 'json-schema');
    expect(f.ok).toBe(false);
  });
});
