// PRODUCT.md §6 / issue 7 size goals, against the plain approach (JSON → deflate level 9 →
// base64url, as Mermaid's live editor) and lz-string's compressToEncodedURIComponent.
// Lengths only: encode/decode speed is measured in bench/share.bench.ts, not here.
// At the time of writing (characters): order saga 1,694 / plain 2,735 / lz-string 5,792;
// 10/10/10 2,467 / 4,006 / 11,695; 25/25/25 5,146 / 7,912 / 23,571.
import { deflateSync, strToU8 } from 'fflate';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import saga from '../../../examples/order-saga.json';
import type { DesignFile } from '../model/types';
import { toBase64Url } from './base64url';
import { decodeShare, encodeShare } from './codec';
import { generateSystem } from '../testing/sample-designs';

const designs: [string, () => DesignFile][] = [
  ['order saga', () => saga as DesignFile],
  ['10/10/10', () => generateSystem(10, 10, 10)],
  ['25/25/25', () => generateSystem(25, 25, 25)],
];

describe('share link size', () => {
  it.each(designs)('%s: ours is shorter than plain deflate and lz-string, and decodes to the same design', (_name, make) => {
    const file = make();
    const json = JSON.stringify(file);
    const ours = encodeShare(file);
    // `d=<version>.` counted for all three, so only the payloads differ.
    const plain = `d=1.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
    const lzString = `d=1.${LZString.compressToEncodedURIComponent(json)}`;
    expect(ours).toMatch(/^d=2\./);
    expect(ours.length).toBeLessThan(plain.length);
    expect(ours.length).toBeLessThan(lzString.length);
    const decoded = decodeShare(ours);
    expect(decoded.file).toEqual(file);
  });

  it('a 10/10/10 design fits in 4,000 characters', () => {
    expect(encodeShare(generateSystem(10, 10, 10)).length).toBeLessThanOrEqual(4_000);
  });

  it('a 10/10/10 design drawn in the app (every id following its name) fits in 4,000 characters', () => {
    const { design, ...file } = generateSystem(10, 10, 10);
    const following = { ...design, owner: 'Sales' };
    for (const list of [following.services, following.topics, following.events, following.publications, following.subscriptions] as { idFollowsName?: true }[][])
      for (const x of list) x.idFollowsName = true;
    const link = encodeShare({ ...file, design: following });
    expect(link.length).toBeLessThanOrEqual(4_000);
    expect(decodeShare(link).file.design).toEqual(following);
  });

  it('the generated systems have what the goal describes', () => {
    const { design } = generateSystem(10, 10, 10);
    expect(design.services).toHaveLength(20);
    expect(design.topics).toHaveLength(10);
    expect(design.events).toHaveLength(10);
    for (const e of design.events) {
      const schema = JSON.parse(e.schema);
      for (const f of ['eventId', 'eventType', 'occurredAt', 'source', 'schemaVersion']) expect(schema.properties).toHaveProperty(f);
      expect(schema.properties.eventId.format).toBe('uuid');
      expect(schema.properties.occurredAt.format).toBe('date-time');
      const payload = Object.entries(schema.properties).filter(([k]) => !['eventId', 'eventType', 'occurredAt', 'source', 'schemaVersion'].includes(k));
      expect(payload).toHaveLength(5);
      for (const [, p] of payload) expect((p as { description?: string }).description).toBeTruthy();
    }
  });
});
