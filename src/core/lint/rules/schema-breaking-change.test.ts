import { describe, expect, it } from 'vitest';
import type { Design, EventType } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { schemaBreakingChange as rule } from './schema-breaking-change';

const S = (v: unknown) => JSON.stringify(v, null, 2);
const str = { type: 'string' };
const v1 = S({ type: 'object', properties: { orderId: str }, required: ['orderId'] });
const v2Required = S({ type: 'object', properties: { orderId: str, discountCode: str }, required: ['orderId', 'discountCode'] });
const v2Optional = S({ type: 'object', properties: { orderId: str, discountCode: str }, required: ['orderId'] });
const closedV1 = S({ type: 'object', properties: { orderId: str }, additionalProperties: false });
const closedV2 = S({ type: 'object', properties: { orderId: str, note: str }, additionalProperties: false });

/** OrderPlaced at 2.0.0 with `schema`, 1.0.0 in history; billing and shipping consume it, audit consumes something else. */
function saga(schema: string, extra: Partial<EventType> = {}, history = [{ version: '1.0.0', schema: v1 }]): Design {
  return design({
    events: [['OrderPlaced', { version: '2.0.0', schema, history, ...extra }], 'StockReserved'],
    pubs: [['orders', 'order-events', ['OrderPlaced']], ['inventory', 'stock-events', ['StockReserved']]],
    subs: [['order-events', 'billing'], ['order-events', 'shipping', { eventIds: ['OrderPlaced'] }], ['stock-events', 'audit']],
  });
}

describe('schema-breaking-change', () => {
  it('required field added: a finding on the event and on every consumer of it, with what to do instead', () => {
    const findings = run(rule, saga(v2Required));
    expect(findings.map((f) => `${f.target.kind}:${f.target.id}`)).toEqual([
      'event:OrderPlaced', 'subscription:billing-consumes-order-events', 'subscription:shipping-consumes-order-events',
    ]);
    for (const f of findings) {
      expect(f).toMatchObject({ ruleId: 'schema-breaking-change', severity: 'error', path: '#/properties/discountCode' });
      expect(f.message).toContain('Make `discountCode` optional');
    }
    expect(findings[0].message).toMatch(/"OrderPlaced" 2\.0\.0 is not BACKWARD LENIENT compatible: The new version requires `discountCode`/);
    expect(findings[1].message).toMatch(/^"billing" would break on "OrderPlaced" 2\.0\.0/);
  });

  it('the quick fix makes the field optional and the findings clear', () => {
    const d = saga(v2Required);
    const fixed = run(rule, d)[0].fix!.apply(d);
    expect(JSON.parse(fixed.events[0].schema).required).toEqual(['orderId']);
    expect(fixed.events[0].schema).toContain('\n  "type"'); // keeps the two-space layout
    expect(run(rule, fixed)).toEqual([]);
    expect(JSON.parse(d.events[0].schema).required).toContain('discountCode'); // pure
  });

  const clean: [string, Design][] = [
    ['optional field added (the seeds\' rule)', saga(v2Optional)],
    ['no history', saga(v2Required, {}, [])],
    ['mode NONE', saga(v2Required, { compatibility: { mode: 'NONE', policy: 'STRICT' } })],
    ['FORWARD accepts an added required field', saga(v2Required, { compatibility: { mode: 'FORWARD', policy: 'LENIENT' } })],
    ['unparseable current schema is left to schema-invalid', saga('{ "type": ')],
    ['unparseable history is skipped', saga(v2Required, {}, [{ version: '1.0.0', schema: '{' }])],
    ['Avro events are not checked', saga(v2Required, { schemaFormat: 'avro' })],
  ];
  it.each(clean)('%s: no finding', (_name, d) => expect(run(rule, d)).toEqual([]));

  it('STRICT flags an optional field added to an open model, and says how to get it through', () => {
    const findings = run(rule, saga(v2Optional, { compatibility: { mode: 'BACKWARD', policy: 'STRICT' } }));
    expect(findings).toHaveLength(3);
    expect(findings[0].message).toContain('leaves undeclared in an open content model');
    expect(findings[0].message).toMatch(/LENIENT policy, or close the content model/);
    expect(findings[0].fix).toBeUndefined();
  });

  it('FORWARD STRICT: a field added to a closed model breaks consumers still on the old version', () => {
    const findings = run(rule, saga(closedV2, { compatibility: { mode: 'FORWARD', policy: 'STRICT' } }, [{ version: '1.0.0', schema: closedV1 }]));
    expect(findings).toHaveLength(3);
    expect(findings[0].message).toContain('consumers still on version 1.0.0');
    expect(findings[0].message.toLowerCase()).toContain('upgrade every consumer');
  });

  it('transitive modes name every version an issue breaks against, once', () => {
    const a = S({ type: 'object', properties: { x: str } });
    const b = S({ type: 'object', properties: { x: str, y: str } });
    const c = S({ type: 'object', properties: { x: str, y: str, z: str }, required: ['z'] });
    const d = saga(c, { compatibility: { mode: 'BACKWARD_TRANSITIVE', policy: 'LENIENT' } }, [{ version: '1.0.0', schema: a }, { version: '1.1.0', schema: b }]);
    const onEvent = run(rule, d).filter((f) => f.target.kind === 'event');
    expect(onEvent).toHaveLength(1);
    expect(onEvent[0].message).toContain('(breaks against 1.1.0, 1.0.0)');
  });
});
