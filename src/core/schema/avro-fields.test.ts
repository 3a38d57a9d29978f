import { describe, expect, it } from 'vitest';
import { fieldAt, schemaFacts } from './facts';

const avro = (schema: unknown) => schemaFacts(JSON.stringify(schema), 'avro');

describe('Avro fields', () => {
  const order = {
    type: 'record', name: 'OrderPlaced', namespace: 'shop.orders',
    fields: [
      { name: 'eventId', type: { type: 'string', logicalType: 'uuid' }, doc: 'Unique event id' },
      { name: 'occurredAt', type: { type: 'long', logicalType: 'timestamp-millis' } },
      { name: 'note', type: ['null', 'string'], default: null },
      {
        name: 'total',
        type: { type: 'record', name: 'Money', fields: [{ name: 'amount', type: 'double' }, { name: 'currency', type: { type: 'enum', name: 'Currency', symbols: ['EUR', 'USD'] } }] },
      },
      { name: 'refund', type: ['null', 'Money'] },
      { name: 'fee', type: 'shop.orders.Money' },
      { name: 'lines', type: { type: 'array', items: { type: 'record', name: 'Line', fields: [{ name: 'sku', type: 'string' }, { name: 'qty', type: 'int' }] } } },
      { name: 'tags', type: { type: 'map', values: 'string' } },
      { name: 'currency2', type: 'Currency' },
    ],
  };

  it('reads record fields, nested records, unions with null and named references', () => {
    const f = avro(order);
    expect(f.ok).toBe(true);
    expect(f.fields.map((x) => x.path)).toEqual([
      'eventId', 'occurredAt', 'note', 'total', 'total.amount', 'total.currency',
      'refund', 'refund.amount', 'refund.currency', 'fee', 'fee.amount', 'fee.currency',
      'lines', 'lines[].sku', 'lines[].qty', 'tags', 'currency2',
    ]);
    expect(fieldAt(f, 'eventId')).toEqual({ path: 'eventId', type: 'string', format: 'uuid', required: true, requiredChain: true, description: 'Unique event id', jsonPointer: '/fields/0' });
    expect(fieldAt(f, 'occurredAt')).toMatchObject({ type: 'integer', format: 'date-time' });
    expect(fieldAt(f, 'note')).toMatchObject({ type: ['string', 'null'], required: false });
    expect(fieldAt(f, 'total.amount')).toMatchObject({ type: 'number', requiredChain: true, jsonPointer: '/fields/3/type/fields/0' });
    expect(fieldAt(f, 'total.currency')).toMatchObject({ type: 'string' });
    expect(fieldAt(f, 'refund.amount')).toMatchObject({ required: true, requiredChain: false });
    expect(fieldAt(f, 'lines[].qty')).toMatchObject({ type: 'integer', requiredChain: false });
    expect(fieldAt(f, 'tags')).toMatchObject({ type: 'object' });
    expect(f.draft).toBe('none');
  });

  it('stops at recursive types', () => {
    const f = avro({ type: 'record', name: 'Node', fields: [{ name: 'value', type: 'int' }, { name: 'next', type: ['null', 'Node'] }] });
    expect(f.fields.map((x) => x.path)).toEqual(['value', 'next']);
  });

  it('has no fields for a non-record schema and fails on invalid JSON', () => {
    expect(avro('string')).toMatchObject({ ok: true, fields: [] });
    expect(schemaFacts('{"type": "record", ', 'avro')).toMatchObject({ ok: false });
  });
});
