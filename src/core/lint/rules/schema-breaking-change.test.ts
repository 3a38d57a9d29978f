import { describe, expect, it } from 'vitest';
import type { Design, EventType } from '../../model/types';
import { at, design, reported, run, type Reported } from '../../testing/lint-design';
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

/** The finding on the event and the one on each consumer of it (billing, shipping), all saying the same issue. */
function onEventAndConsumers(path: string, onEvent: string, issue: string, fix?: string): Reported[] {
  const base = { ruleId: 'schema-breaking-change', severity: 'error' as const, path, ...(fix ? { fix } : {}) };
  return [
    { ...base, target: at.event('OrderPlaced'), message: onEvent },
    { ...base, target: at.sub('order-events', 'billing'), message: `"billing" would break on "OrderPlaced" 2.0.0: ${issue}` },
    { ...base, target: at.sub('order-events', 'shipping'), message: `"shipping" would break on "OrderPlaced" 2.0.0: ${issue}` },
  ];
}
const REQUIRES_DISCOUNT = 'The new version requires `discountCode`, which version 1.0.0 does not declare: consumers on the new version could not read events written with version 1.0.0. ' +
  'Make `discountCode` optional, or give it a `default`.';

describe('schema-breaking-change', () => {
  it('required field added: a finding on the event and on every consumer of it (not on audit), with what to do instead', () => {
    expect(reported(rule, saga(v2Required))).toEqual(onEventAndConsumers(
      '/properties/discountCode', `"OrderPlaced" 2.0.0 is not BACKWARD LENIENT compatible: ${REQUIRES_DISCOUNT}`, REQUIRES_DISCOUNT, 'Make `discountCode` optional',
    ));
  });

  it('the quick fix makes the field optional and the findings clear', () => {
    const d = saga(v2Required);
    const fixed = run(rule, d)[0].fix!.apply(d);
    expect(JSON.parse(fixed.events[0].schema).required).toEqual(['orderId']);
    expect(fixed.events[0].schema).toContain('\n  "type"'); // keeps the two-space layout
    expect(reported(rule, fixed)).toEqual([]);
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
  it.each(clean)('%s: no finding', (_name, d) => expect(reported(rule, d)).toEqual([]));

  it('STRICT flags an optional field added to an open model, says how to get it through, and offers no fix', () => {
    const issue = 'The new version declares `discountCode`, which version 1.0.0 leaves undeclared in an open content model: its events may already carry `discountCode` with another type: ' +
      'consumers on the new version could not read events written with version 1.0.0. Under STRICT, fields can only be added where version 1.0.0 forbids undeclared fields: ' +
      'make `discountCode` optional and use the LENIENT policy, or close the content model (`additionalProperties: false`) in a version before adding fields.';
    expect(reported(rule, saga(v2Optional, { compatibility: { mode: 'BACKWARD', policy: 'STRICT' } }))).toEqual(onEventAndConsumers(
      '/properties/discountCode', `"OrderPlaced" 2.0.0 is not BACKWARD STRICT compatible: ${issue}`, issue,
    ));
  });

  it('FORWARD STRICT: a field added to a closed model breaks consumers still on the old version', () => {
    const issue = 'The new version has `note`, but version 1.0.0 does not declare it and forbids undeclared fields: consumers still on version 1.0.0 could not read events written with the new version. ' +
      'Upgrade every consumer before producers publish the new version, or let version 1.0.0 tolerate unknown fields (no `additionalProperties: false`).';
    const d = saga(closedV2, { compatibility: { mode: 'FORWARD', policy: 'STRICT' } }, [{ version: '1.0.0', schema: closedV1 }]);
    expect(reported(rule, d)).toEqual(onEventAndConsumers('/properties/note', `"OrderPlaced" 2.0.0 is not FORWARD STRICT compatible: ${issue}`, issue));
  });

  it('two breaking changes: one finding each on the event, one per consumer naming the first and counting the rest', () => {
    const v2Two = S({ type: 'object', properties: { orderId: str, discountCode: str, giftNote: str }, required: ['orderId', 'discountCode', 'giftNote'] });
    const requiresGift = REQUIRES_DISCOUNT.replaceAll('discountCode', 'giftNote');
    const base = { ruleId: 'schema-breaking-change', severity: 'error' as const };
    expect(reported(rule, saga(v2Two))).toEqual([
      { ...base, target: at.event('OrderPlaced'), path: '/properties/discountCode', fix: 'Make `discountCode` optional', message: `"OrderPlaced" 2.0.0 is not BACKWARD LENIENT compatible: ${REQUIRES_DISCOUNT}` },
      { ...base, target: at.event('OrderPlaced'), path: '/properties/giftNote', fix: 'Make `giftNote` optional', message: `"OrderPlaced" 2.0.0 is not BACKWARD LENIENT compatible: ${requiresGift}` },
      { ...base, target: at.sub('order-events', 'billing'), path: '/properties/discountCode', fix: 'Make `discountCode` optional',
        message: `"billing" would break on "OrderPlaced" 2.0.0: ${REQUIRES_DISCOUNT} (and 1 more breaking change on the event)` },
      { ...base, target: at.sub('order-events', 'shipping'), path: '/properties/discountCode', fix: 'Make `discountCode` optional',
        message: `"shipping" would break on "OrderPlaced" 2.0.0: ${REQUIRES_DISCOUNT} (and 1 more breaking change on the event)` },
    ]);
  });

  it('transitive modes name every version an issue breaks against, once, on the event', () => {
    const a = S({ type: 'object', properties: { x: str } });
    const b = S({ type: 'object', properties: { x: str, y: str } });
    const c = S({ type: 'object', properties: { x: str, y: str, z: str }, required: ['z'] });
    const d = saga(c, { compatibility: { mode: 'BACKWARD_TRANSITIVE', policy: 'LENIENT' } }, [{ version: '1.0.0', schema: a }, { version: '1.1.0', schema: b }]);
    const issue = 'The new version requires `z`, which version 1.1.0 does not declare: consumers on the new version could not read events written with version 1.1.0. Make `z` optional, or give it a `default`.';
    expect(reported(rule, d)).toEqual(onEventAndConsumers(
      '/properties/z', `"OrderPlaced" 2.0.0 is not BACKWARD_TRANSITIVE LENIENT compatible: ${issue} (breaks against 1.1.0, 1.0.0)`, issue, 'Make `z` optional',
    ));
  });
});
