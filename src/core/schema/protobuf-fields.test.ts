import { describe, expect, it } from 'vitest';
import { fieldAt, schemaFacts } from './facts';

const PROTO = `
syntax = "proto3";
package shop.orders;
import "google/protobuf/timestamp.proto";

// The payload is the first message.
message OrderPlaced {
  string event_id = 1 [json_name = "eventId"];
  google.protobuf.Timestamp occurred_at = 2;
  optional string note = 3;
  Money total = 4;
  repeated Line lines = 5;
  map<string, string> tags = 6;
  Status status = 7;
  oneof payment { string card = 8; string iban = 9; }
  /* block comment with message Fake { int32 x = 1; } */
  message Line { string sku = 1; int32 qty = 2; }
  enum Status { NEW = 0; PAID = 1; }
  reserved 10, 11;
}

message Money { int64 amount_cents = 1; string currency = 2; }
`;

describe('Protobuf fields', () => {
  it('reads the first message: scalars, nested and top-level messages, repeated, map, enum, oneof', () => {
    const f = schemaFacts(PROTO, 'protobuf');
    expect(f.ok).toBe(true);
    expect(f.fields.map((x) => x.path)).toEqual([
      'event_id', 'occurred_at', 'note', 'total', 'total.amount_cents', 'total.currency',
      'lines', 'lines[].sku', 'lines[].qty', 'tags', 'status', 'card', 'iban',
    ]);
    expect(fieldAt(f, 'event_id')).toMatchObject({ type: 'string', required: true });
    expect(fieldAt(f, 'occurred_at')).toMatchObject({ type: 'string', format: 'date-time' });
    expect(fieldAt(f, 'note')).toMatchObject({ required: false });
    expect(fieldAt(f, 'total')).toMatchObject({ type: 'object', requiredChain: true });
    expect(fieldAt(f, 'total.amount_cents')).toMatchObject({ type: 'integer', requiredChain: true });
    expect(fieldAt(f, 'lines')).toMatchObject({ type: 'array' });
    expect(fieldAt(f, 'lines[].qty')).toMatchObject({ requiredChain: false });
    expect(fieldAt(f, 'tags')).toMatchObject({ type: 'object' });
    expect(fieldAt(f, 'status')).toMatchObject({ type: 'string' });
    expect(fieldAt(f, 'card')).toMatchObject({ required: false });
  });

  it('treats proto2 optional fields as optional and stops at recursive messages', () => {
    const f = schemaFacts('syntax = "proto2"; message N { optional int32 v = 1; required string id = 2; optional N next = 3; }', 'protobuf');
    expect(f.fields.map((x) => [x.path, x.required])).toEqual([['v', false], ['id', true], ['next', false]]);
  });

  it('fails without a message', () => {
    expect(schemaFacts('syntax = "proto3";', 'protobuf')).toMatchObject({ ok: false, error: 'No message found in the Protobuf schema' });
  });
});
