import saga from '../../../examples/order-saga.json';
import { describe, expect, it } from 'vitest';
import { parseDesignFileText, restoreDesign, RestoreError } from './restore';
import { DESIGN_FORMAT, FORMAT_VERSION, type Design } from './types';


/** A small valid design to break in each test. */
function base(): Design {
  return {
    id: 'shop', name: 'Shop', version: '1.0.0',
    services: [{ id: 'orders-svc', name: 'Orders' }, { id: 'billing', name: 'Billing' }],
    topics: [
      { id: 'orders', name: 'orders', broker: 'kafka', kind: 'stream' },
      { id: 'orders-dlq', name: 'orders.dlq', broker: 'kafka', kind: 'dead-letter' },
    ],
    events: [{ id: 'order-placed', name: 'OrderPlaced', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: '{ "type": "object" }' }],
    publications: [{ id: 'p1', serviceId: 'orders-svc', topicId: 'orders', eventIds: ['order-placed'], triggeredBy: [] }],
    subscriptions: [{ id: 's1', serviceId: 'billing', topicId: 'orders', eventIds: ['order-placed'], deadLetterTopicId: 'orders-dlq' }],
    layout: { nodes: { 'orders-svc': { x: 0, y: 0 }, orders: { x: 200, y: 0 } } },
  };
}
const file = (design: unknown) => ({ format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION, design });
const restored = (design: unknown) => restoreDesign(file(design));

function expectIdempotent(input: unknown) {
  const once = restoreDesign(input);
  const twice = restoreDesign(once.file);
  expect(twice.repairs).toEqual([]);
  expect(twice.file).toEqual(once.file);
  return once;
}

describe('restoreDesign: valid input', () => {
  it('restores the order saga with zero repairs and unchanged', () => {
    const r = restoreDesign(saga);
    expect(r.repairs).toEqual([]);
    expect(r.file).toEqual(saga);
  });
  it('accepts a bare Design and wraps it', () => {
    const r = restoreDesign(base());
    expect(r.repairs).toEqual([]);
    expect(r.file).toEqual(file(base()));
  });
  it('keeps optional fields absent and schema text byte for byte', () => {
    const d = base();
    d.events[0].schema = '{\n\t"type" :"object" ,  "x":1 }  \n';
    const r = restored(d);
    expect(r.file.design.events[0].schema).toBe(d.events[0].schema);
    expect('description' in r.file.design).toBe(false);
    expect('servers' in r.file.design).toBe(false);
    expect('lint' in r.file.design).toBe(false);
    expect('viewport' in r.file.design.layout).toBe(false);
  });
  it('does not mutate its input', () => {
    const d = base();
    (d.services[0] as unknown as Record<string, unknown>).name = 42;
    const before = JSON.stringify(d);
    restored(d);
    expect(JSON.stringify(d)).toBe(before);
  });
});

type Case = [string, (d: any) => void, (out: Design) => void, RegExp];
const cases: Case[] = [
  ['missing service id is slugged from the name', (d) => delete d.services[1].id, (o) => expect(o.services[1].id).toBe('billing'), /had no id/],
  ['invalid id is replaced and references follow', (d) => { d.services[1].id = 'Bill ing'; d.subscriptions[0].serviceId = 'Bill ing'; }, (o) => { expect(o.services[1].id).toBe('billing'); expect(o.subscriptions[0].serviceId).toBe('billing'); }, /not a valid id/],
  ['Object.prototype names are not ids', (d) => { d.services[1].id = 'toString'; d.subscriptions[0].serviceId = 'toString'; }, (o) => { expect(o.services[1].id).toBe('billing'); expect(o.subscriptions[0].serviceId).toBe('billing'); }, /not a valid id/],
  ['duplicate id across kinds renames the later one; references keep the first',
    (d) => { d.services.push({ id: 'orders', name: 'Dup' }); d.publications.push({ id: 'p2', serviceId: 'orders', topicId: 'orders', eventIds: [] }); },
    (o) => { expect(o.services[2].id).toBe('orders'); expect(o.topics[0].id).toBe('orders-2'); expect(o.publications[1]).toMatchObject({ serviceId: 'orders', topicId: 'orders-2' }); expect(o.layout.nodes.orders).toEqual({ x: 200, y: 0 }); },
    /already used; renamed to "orders-2"/],
  ['duplicate id within a kind renames the later one', (d) => d.events.push({ ...d.events[0], name: 'Other' }), (o) => { expect(o.events[1].id).toBe('other'); expect(o.publications[0].eventIds).toEqual(['order-placed']); }, /already used/],
  ['missing names get defaults', (d) => { delete d.services[0].name; delete d.topics[0].name; delete d.events[0].name; delete d.name; },
    (o) => { expect(o.services[0].name).toBe('Untitled service'); expect(o.topics[0].name).toBe('untitled-topic'); expect(o.events[0].name).toBe('UntitledEvent'); expect(o.name).toBe('Untitled design'); }, /had no name/],
  ['service names unique case-insensitively', (d) => (d.services[1].name = 'ORDERS'), (o) => expect(o.services[1].name).toBe('ORDERS 2'), /name already used/],
  ['topic names unique', (d) => (d.topics[1].name = 'orders'), (o) => expect(o.topics[1].name).toBe('orders-2'), /name already used/],
  ['event names unique', (d) => d.events.push({ ...d.events[0], id: 'e2' }), (o) => expect(o.events[1].name).toBe('OrderPlaced2'), /name already used/],
  ['unknown broker becomes generic', (d) => (d.topics[0].broker = 'kafkaa'), (o) => expect(o.topics[0].broker).toBe('generic'), /unknown broker/],
  ['unknown topic kind becomes stream', (d) => (d.topics[1].kind = 'dlq'), (o) => expect(o.topics[1].kind).toBe('stream'), /unknown kind/],
  ['unknown event kind becomes event', (d) => (d.events[0].kind = 'fact'), (o) => expect(o.events[0].kind).toBe('event'), /unknown kind/],
  ['unknown schema format becomes json-schema', (d) => (d.events[0].schemaFormat = 'xsd'), (o) => expect(o.events[0].schemaFormat).toBe('json-schema'), /unknown schemaFormat/],
  ['missing event version defaults to 1.0.0', (d) => delete d.events[0].version, (o) => expect(o.events[0].version).toBe('1.0.0'), /set to "1.0.0"/],
  ['design version defaults to 1.0.0', (d) => (d.version = 3), (o) => expect(o.version).toBe('1.0.0'), /version was not text/],
  ['schema given as an object becomes its JSON text', (d) => (d.events[0].schema = { type: 'object' }), (o) => expect(JSON.parse(o.events[0].schema)).toEqual({ type: 'object' }), /kept as its JSON text/],
  ['missing schema is left empty', (d) => delete d.events[0].schema, (o) => expect(o.events[0].schema).toBe(''), /had no schema/],
  ['non-string texts are dropped', (d) => { d.services[0].description = { html: 1 }; d.events[0].owner = 7; }, (o) => { expect(o.services[0]).not.toHaveProperty('description'); expect(o.events[0]).not.toHaveProperty('owner'); }, /dropped description \(not text\)/],
  ['non-string tags are dropped', (d) => (d.services[0].tags = ['a', 1, null]), (o) => expect(o.services[0].tags).toEqual(['a']), /entry of tags/],
  ['partitions must be a positive integer', (d) => (d.topics[0].partitions = 2.5), (o) => expect(o.topics[0]).not.toHaveProperty('partitions'), /partitions/],
  ['negative partitions dropped', (d) => (d.topics[0].partitions = -1), (o) => expect(o.topics[0]).not.toHaveProperty('partitions'), /partitions/],
  ['retention must be positive days or infinite', (d) => (d.topics[0].retention = { days: -3 }), (o) => expect(o.topics[0]).not.toHaveProperty('retention'), /retention/],
  ['maxRetries must be a count', (d) => (d.subscriptions[0].maxRetries = Infinity), (o) => expect(o.subscriptions[0]).not.toHaveProperty('maxRetries'), /maxRetries/],
  ['positions with non-finite x/y dropped', (d) => (d.layout.nodes.orders = { x: NaN, y: 1 }), (o) => expect(o.layout.nodes).not.toHaveProperty('orders'), /not finite/],
  ['viewport dropped when not finite', (d) => (d.layout.viewport = { x: 0, y: 0, zoom: Infinity }), (o) => expect(o.layout).not.toHaveProperty('viewport'), /viewport/],
  ['layout entries for unknown ids dropped', (d) => (d.layout.nodes.ghost = { x: 1, y: 1 }), (o) => expect(o.layout.nodes).not.toHaveProperty('ghost'), /unknown "ghost"/],
  ['publication with unknown service dropped', (d) => (d.publications[0].serviceId = 'ghost'), (o) => expect(o.publications).toEqual([]), /unknown service "ghost"/],
  ['subscription with unknown topic dropped', (d) => (d.subscriptions[0].topicId = 'ghost'), (o) => expect(o.subscriptions).toEqual([]), /unknown topic "ghost"/],
  ['unknown event ids filtered', (d) => (d.subscriptions[0].eventIds = ['order-placed', 'ghost', 'order-placed']), (o) => expect(o.subscriptions[0].eventIds).toEqual(['order-placed']), /unknown "ghost"/],
  ['triggeredBy filtered to subscriptions of the same service', (d) => (d.publications[0].triggeredBy = ['s1', 'ghost']), (o) => expect(o.publications[0].triggeredBy).toEqual([]), /triggeredBy/],
  ['unknown dead-letter topic dropped', (d) => (d.subscriptions[0].deadLetterTopicId = 'ghost'), (o) => expect(o.subscriptions[0]).not.toHaveProperty('deadLetterTopicId'), /dead-letter topic/],
  ['suppressions for unknown targets dropped', (d) => (d.lint = { suppressions: [{ ruleId: 'outbox', targetId: 'ghost', reason: 'x' }, { ruleId: 'outbox', targetId: 'p1', reason: 'ok' }] }), (o) => expect(o.lint?.suppressions).toEqual([{ ruleId: 'outbox', targetId: 'p1', reason: 'ok' }]), /suppression/],
  ['unknown lint profile dropped (read as Review)', (d) => (d.lint = { profile: 'strict', rules: { outbox: 'off' } }), (o) => expect(o.lint).toEqual({ rules: { outbox: 'off' } }), /unknown profile/],
  ['invalid severities dropped', (d) => (d.lint = { rules: { outbox: 'fatal', 'orphan-topic': 'off' } }), (o) => expect(o.lint?.rules).toEqual({ 'orphan-topic': 'off' }), /rule severities entry "outbox"/],
  ['long names are cut to 200 characters', (d) => (d.services[0].name = 'x'.repeat(500)), (o) => expect(o.services[0].name).toHaveLength(200), /shortened name/],
  ['cut names stay unique within the cap', (d) => { d.services[0].name = 'y'.repeat(300); d.services[1].name = 'y'.repeat(250); }, (o) => { expect(o.services[1].name).toHaveLength(200); expect(o.services[1].name.endsWith(' 2')).toBe(true); }, /name already used/],
  ['lone surrogates replaced', (d) => (d.name = 'a\uD800b'), (o) => expect(o.name).toBe('a\uFFFDb'), /broken characters/],
  ['non-object list entries dropped', (d) => d.services.push('nope', null), (o) => expect(o.services).toHaveLength(2), /not an object/],
  ['a list that is not a list is ignored', (d) => (d.topics = 'orders'), (o) => { expect(o.topics).toEqual([]); expect(o.publications).toEqual([]); }, /topics was not a list/],
  ['servers without a host dropped', (d) => (d.servers = [{ id: 'a', broker: 'kafka' }, { id: 'b', broker: 'kafka', host: 'k:9092' }]), (o) => expect(o.servers).toEqual([{ id: 'b', broker: 'kafka', host: 'k:9092' }]), /no host/],
];

describe('restoreDesign: repairs', () => {
  it.each(cases)('%s', (_name, breakIt, check, message) => {
    const d = base() as any;
    breakIt(d);
    const r = expectIdempotent(file(d));
    check(r.file.design);
    expect(r.repairs.join('\n')).toMatch(message);
  });

  it('a file without format version is read as version 1', () => {
    const r = restoreDesign({ format: DESIGN_FORMAT, design: base() });
    expect(r.repairs).toEqual(['The file had no format version; read as version 1', 'Upgraded the design: topics and servers name their protocol (the one their broker implies); ids that were only a default follow their names']);
    const migrated = base();
    for (const t of migrated.topics) if (t.broker === 'kafka') t.protocol = 'kafka';
    expect(r.file.design).toEqual(migrated);
  });
  it('caps the repair list', () => {
    const d = base() as any;
    d.services = Array.from({ length: 300 }, () => ({}));
    const r = expectIdempotent(d);
    expect(r.repairs.length).toBe(101);
    expect(r.repairs.at(-1)).toMatch(/more repairs/);
  });
});

describe('restoreDesign: rejections', () => {
  const reject: [string, unknown, RegExp][] = [
    ['null', null, /not an Eventsmith design/],
    ['a string', 'design', /not an Eventsmith design/],
    ['an array', [base()], /a list/],
    ['an empty object', {}, /not an Eventsmith design/],
    ['an AsyncAPI document', { asyncapi: '3.0.0', info: {} }, /AsyncAPI document/],
    ['a wrong format', { format: 'excalidraw', formatVersion: 1, design: base() }, /format "excalidraw"/],
    ['a newer format version', { format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION + 1, design: base() }, /newer Eventsmith/],
    ['a fractional format version', { format: DESIGN_FORMAT, formatVersion: 1.5, design: base() }, /invalid format version/],
    ['a file without design', { format: DESIGN_FORMAT, formatVersion: 1 }, /holds no design/],
    ['too many entities', { ...base(), topics: Array.from({ length: 20_001 }, (_, i) => ({ id: `t${i}`, name: `t${i}` })) }, /too large/],
  ];
  it.each(reject)('rejects %s', (_name, input, message) => {
    expect(() => restoreDesign(input)).toThrow(RestoreError);
    expect(() => restoreDesign(input)).toThrow(message);
  });
  it('rejects nesting deeper than 64 levels', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const d = { ...base(), description: deep };
    expect(() => restoreDesign(d)).toThrow(/nested too deeply/);
  });
  it('rejects a huge array before walking it', () => {
    const d = { ...base(), services: new Array(3_000_000) };
    expect(() => restoreDesign(d)).toThrow(/too large/);
  });
  it('turns unforeseen failures (throwing getters) into RestoreError', () => {
    const d = base() as any;
    Object.defineProperty(d, 'name', { enumerable: true, get() { throw new Error('boom'); } });
    expect(() => restoreDesign(d)).toThrow(RestoreError);
  });
});

describe('restoreDesign: prototype pollution', () => {
  const attempts = [
    '{"__proto__": {"polluted": 1}, "services": []}',
    '{"format": "eventsmith-design", "formatVersion": 1, "design": {"services": [{"id": "a", "name": "A", "__proto__": {"polluted": 1}}], "layout": {"nodes": {"__proto__": {"x": 1, "y": 2, "polluted": 1}}}}}',
    '{"services": [], "constructor": {"prototype": {"polluted": 1}}, "lint": {"rules": {"__proto__": "off", "constructor": "off", "toString": "error"}}}',
    '{"services": [{"id": "__proto__", "name": "P"}], "layout": {"nodes": {"__proto__": {"x": 1, "y": 1}}}}',
  ];
  it.each(attempts)('ignores %s', (text) => {
    const r = parseDesignFileText(text);
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.file.design.layout.nodes)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.file.design)).toBe(Object.prototype);
    expect(JSON.stringify(r.file)).not.toMatch(/polluted|"__proto__"|"constructor"/);
    expect(restoreDesign(r.file).repairs).toEqual([]);
  });
  it('reports the dropped keys', () => {
    expect(parseDesignFileText(attempts[0]).repairs[0]).toMatch(/__proto__/);
  });
});

describe('parseDesignFileText', () => {
  it('reads the order saga text', () => {
    expect(parseDesignFileText(JSON.stringify(saga)).repairs).toEqual([]);
  });
  it('turns broken JSON into a clear RestoreError', () => {
    expect(() => parseDesignFileText('{"format": ')).toThrow(/JSON is broken/);
    expect(() => parseDesignFileText('   ')).toThrow(/empty/);
  });
});
