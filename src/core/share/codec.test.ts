import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import saga from '../../../examples/order-saga.json';
import { restoreDesign } from '../model/restore';
import type { DesignFile } from '../model/types';
import golden from './__golden__/links.json';
import { toBase64Url } from './base64url';
import { cappedInflate, INFLATE_LIMITS } from './capped-inflate';
import { decodeShare, encodeShare, MAX_LINK_LENGTH, shareLink, ShareError } from './codec';
import { DICTIONARY_V1 } from './dictionary-v1';
import { generateSystem } from '../testing/sample-designs';
import { keptSaga } from '../testing/kept-design';

const sagaFile = saga as DesignFile;

/** A v1 fragment around arbitrary wire JSON text, made the way the encoder makes them. */
const v1 = (wireText: string) => `d=1.${toBase64Url(deflateSync(strToU8(wireText), { level: 9, dictionary: strToU8(DICTIONARY_V1) }))}`;

describe('share codec', () => {
  it('round-trips the order saga exactly, with no repairs', () => {
    const back = decodeShare(encodeShare(sagaFile));
    expect(back.repairs).toEqual([]);
    expect(back.file).toEqual(sagaFile);
  });

  it.each([[1, 1, 1], [10, 10, 10], [25, 25, 25], [0, 0, 0], [3, 0, 2]])('round-trips a generated %i/%i/%i system', (p, t, c) => {
    const file = generateSystem(p, t, c);
    expect(decodeShare(encodeShare(file)).file).toEqual(restoreDesign(file).file);
  });

  it('v2 carries what an import kept, protocols and declared events, exactly', () => {
    const file = keptSaga();
    const fragment = encodeShare(file);
    expect(fragment.startsWith('d=2.')).toBe(true);
    const back = decodeShare(fragment);
    expect(back.repairs).toEqual([]);
    expect(back.file).toEqual(restoreDesign(file).file);
    expect(back.file.design.topics[0].kept).toEqual(file.design.topics[0].kept);
  });

  it('v2 carries ids that follow names and the design owner (issue 16)', () => {
    const file = generateSystem(3, 3, 3);
    const design = { ...file.design, owner: 'Sales' };
    for (const list of [design.services, design.topics, design.events, design.publications, design.subscriptions] as { idFollowsName?: true }[][])
      list.forEach((x, i) => { if (i % 2 === 0) x.idFollowsName = true; });
    const back = decodeShare(encodeShare({ ...file, design }));
    expect(back.repairs).toEqual([]);
    expect(back.file.design).toEqual(design);
  });

  it('a v1 link with the ids the palette gave opens with them made from the names (through the 1 → 2 migration)', () => {
    // A v1 wire as the released encoder wrote it: services "Checkout" (id producer) and "Billing"
    // (id consumer), topic "orders" (id topic), event OrderPlaced (id something-happened); the
    // connections' ids were derived, so they are left out.
    const wire = JSON.stringify([
      'Shop', 0, 0,
      [['Checkout', 'producer'], ['Billing', 'consumer']], [['orders', 0, 'topic']],
      [['OrderPlaced', '{}', 'something-happened']],
      [[0, 0, [0]]], [[1, 0, 0, { g: 'consumer' }]], [0, 0, 200, 0, 100, 0],
    ]);
    const back = decodeShare(v1(wire));
    const d = back.file.design;
    expect(d.services.map((s) => [s.id, s.idFollowsName])).toEqual([['checkout', true], ['billing', true]]);
    expect(d.topics[0].id).toBe('orders');
    expect(d.events[0].id).toBe('order-placed');
    expect(d.publications[0]).toMatchObject({ id: 'checkout-publishes-orders', serviceId: 'checkout', topicId: 'orders', eventIds: ['order-placed'] });
    expect(d.subscriptions[0]).toMatchObject({ id: 'billing-consumes-orders', consumerGroup: 'billing' });
    expect(Object.keys(d.layout.nodes)).toEqual(['checkout', 'billing', 'orders']);
  });

  it('v2 carries the optional fields of issue 16 by name: the lint profile, external topics, invented names', () => {
    const file = structuredClone(sagaFile);
    file.design.lint = { ...file.design.lint, profile: 'production' };
    file.design.topics[0].external = true;
    file.design.events[0].inventedName = file.design.events[0].name;
    const back = decodeShare(encodeShare(file));
    expect(back.repairs).toEqual([]);
    expect(back.file).toEqual(file);
    expect(back.file.design.lint?.profile).toBe('production');
  });

  it('reads a full URL, #d=… and d=…', () => {
    const link = shareLink(sagaFile, 'https://eventsmith.example/app/');
    expect(link.startsWith('https://eventsmith.example/app/#d=2.')).toBe(true);
    const fragment = link.slice(link.indexOf('#'));
    for (const form of [link, fragment, fragment.slice(1), `  ${link}\n`, `${link.replace('#', '#x=1&')}`]) expect(decodeShare(form).file).toEqual(sagaFile);
  });

  it('replaces a fragment already on the base URL', () => {
    expect(shareLink(sagaFile, 'http://localhost:5173/#d=1.old').startsWith('http://localhost:5173/#d=2.')).toBe(true);
    expect(shareLink(sagaFile, 'http://localhost:5173/#d=1.old')).not.toContain('old');
  });

  it('keeps schema text exactly as typed, whatever its formatting', () => {
    const file = structuredClone(sagaFile);
    file.design.events[0].schema = '{"type":"object",\r\n\t"properties" : { }  }\n\n';
    file.design.events[1].schema = JSON.stringify(JSON.parse(file.design.events[1].schema), null, 4);
    const back = decodeShare(encodeShare(file)).file.design.events;
    expect(back[0].schema).toBe(file.design.events[0].schema);
    expect(back[1].schema).toBe(file.design.events[1].schema);
  });

  it('keeps a schema with a "__proto__" property as text, and it still round-trips', () => {
    const file = structuredClone(sagaFile);
    file.design.events[0].schema = JSON.stringify({ type: 'object', properties: { ['__proto__']: { type: 'string' } } }, null, 2).replace('"properties": {}', '"properties": { "__proto__": {} }');
    expect(decodeShare(encodeShare(file)).file.design.events[0].schema).toBe(file.design.events[0].schema);
  });
});

describe('golden links (frozen: every version must decode these forever)', () => {
  it.each(golden.links.map((l) => [l.name, l] as const))('%s', (_name, entry) => {
    // A link opens as its design file would: an older link is upgraded like an older file.
    const back = decodeShare(entry.fragment);
    const asFile = restoreDesign(entry.design);
    expect(back.repairs).toEqual(asFile.repairs.filter((r) => r.startsWith('Upgraded the design')));
    expect(back.file).toEqual(asFile.file);
  });
});

describe('hostile and broken links', () => {
  const broken: [string, string, RegExp][] = [
    ['no fragment', 'https://example.com/', /no shared design/],
    ['no d= part', '#x=1', /no shared design/],
    ['plain text', 'hello', /not an Eventsmith share link/],
    ['no version', 'd=abc', /no version/],
    ['an unknown version', 'd=zz.abc', /unknown link version/],
    ['a newer version', 'd=9.abc', /newer Eventsmith/],
    ['a prototype name as version', 'd=constructor.abc', /unknown link version/],
    ['bad base64 characters', 'd=1.ab+/cd', /unexpected character/],
    ['an impossible base64 length', 'd=1.abcde', /length is impossible/],
    ['garbage deflate', 'd=1.____________', /compressed data is broken|cut off/],
    ['a cut-off payload', `d=1.${encodeShare(sagaFile).slice(4, 400)}`, /damaged/],
    ['an empty payload', 'd=1.', /damaged/],
    ['JSON that is not the wire form', v1('{"a": 1}'), /damaged/],
    ['an index out of range', v1('["x",0,0,[["A"]],[["t"]],[],[[5,0,[]]]]'), /out of range/],
    ['a __proto__ key', v1('["x",0,0,[["A",0,{"__proto__":{"polluted":1}}]]]'), /"__proto__"/],
    ['a constructor key', v1('["x",0,0,[],[],[],[],[],[],{"l":{"rules":{"constructor":"off"}}}]'), /"constructor"/],
    ['deep nesting', v1(`["x",0,0,${'['.repeat(200)}${']'.repeat(200)}]`), /nested more than 64/],
    ['invalid UTF-8', `d=1.${toBase64Url(deflateSync(new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), { dictionary: strToU8(DICTIONARY_V1) }))}`, /UTF-8/],
  ];
  it.each(broken)('refuses %s with a clear ShareError', (_name, link, message) => {
    let error: unknown;
    try {
      decodeShare(link);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ShareError);
    expect((error as Error).message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses links over 1,000,000 characters before decoding', () => {
    expect(() => decodeShare(`d=1.${'A'.repeat(MAX_LINK_LENGTH)}`)).toThrow(/too long/);
  });

  it('repairs a decodable but inconsistent wire design through restoreDesign', () => {
    const r = decodeShare(v1('["x",0,0,[["A"],["a"]],[],[]]'));
    expect(r.file.design.services.map((s) => s.name)).toEqual(['A', 'a 2']);
    expect(r.repairs.join('\n')).toMatch(/name already used/);
  });

  it('stops a deflate bomb (50 MB of zeros) at the cap, early', () => {
    const packed = deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 9 });
    const bomb = `d=1.${toBase64Url(packed)}`;
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => decodeShare(bomb)).toThrow(/unpacks to more than 10 MiB|packed suspiciously tightly/);
    // Early, shown without a clock: the first 4 KiB of the ~50 KB input are already refused as a bomb
    // (were the whole input needed, a prefix would be refused as cut off instead).
    expect(packed.length).toBeGreaterThan(40 * 1024);
    expect(() => cappedInflate(packed.subarray(0, 4 * 1024))).toThrow(/packed suspiciously tightly/);
  });

  it('stops inflating at the 10 MiB size cap even when the ratio looks normal', () => {
    // Pseudo-random letters compress about 2:1, far under the ratio cap: only the size cap stops them.
    let seed = 7;
    const text = new Uint8Array(12 * 1024 * 1024).map(() => 97 + (((seed = (seed * 1103515245 + 12345) >>> 0) >>> 27) % 16));
    const packed = deflateSync(text, { level: 1 });
    expect(packed.length * INFLATE_LIMITS.maxRatio).toBeGreaterThan(text.length);
    expect(() => cappedInflate(packed)).toThrow(/more than 10 MiB/);
    expect(cappedInflate(deflateSync(text.subarray(0, 1024)))).toEqual(text.subarray(0, 1024));
  });
});

describe('hostile ids in a well-formed link', () => {
  it('an explicit id "__proto__" never reaches a prototype and is replaced by restore', () => {
    const wire = '["x",0,0,[["A","__proto__"]],[],[],[],[],[1,2]]';
    const link = `d=1.${toBase64Url(deflateSync(strToU8(wire), { level: 9, dictionary: strToU8(DICTIONARY_V1) }))}`;
    const r = decodeShare(link);
    expect(r.file.design.services[0].id).toBe('a');
    expect(Object.getPrototypeOf(r.file.design.layout.nodes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
