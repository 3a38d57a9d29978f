// PRODUCT.md §6 / issue 7 size goals, measured in the same run against the plain approach
// (JSON → deflate level 9 → base64url, as Mermaid's live editor) and lz-string's
// compressToEncodedURIComponent. Prints the table; timings are reported, not asserted.
import { deflateSync, strToU8 } from 'fflate';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import saga from '../../../examples/order-saga.json';
import type { DesignFile } from '../model/types';
import { toBase64Url } from './base64url';
import { decodeShare, encodeShare } from './codec';
import { generateSystem } from '../testing/sample-designs';

const designs: [string, DesignFile][] = [
  ['order saga', saga as DesignFile],
  ['10/10/10', generateSystem(10, 10, 10)],
  ['25/25/25', generateSystem(25, 25, 25)],
];

function median(fn: () => unknown, runs = 15): number {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

describe('share link size', () => {
  const rows = designs.map(([name, file]) => {
    const json = JSON.stringify(file);
    const ours = encodeShare(file);
    return {
      design: name,
      json: json.length,
      ours: ours.length,
      plain: `d=1.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`.length,
      lzString: `d=1.${LZString.compressToEncodedURIComponent(json)}`.length,
      encodeMs: Number(median(() => encodeShare(file)).toFixed(2)),
      decodeMs: Number(median(() => decodeShare(ours)).toFixed(2)),
    };
  });

  it('prints the table', () => {
    console.log('Share link length in characters (fragment content; `d=1.` counted for all three)');
    console.table(rows);
  });
  it.each(rows.map((r) => [r.design, r] as const))('%s: ours is shorter than plain deflate and lz-string', (_name, row) => {
    expect(row.ours).toBeLessThan(row.plain);
    expect(row.ours).toBeLessThan(row.lzString);
  });
  it('a 10/10/10 design fits in 4,000 characters', () => {
    expect(rows[1].ours).toBeLessThanOrEqual(4_000);
  });
  it('the generated systems have what the goal describes', () => {
    const { design } = generateSystem(10, 10, 10);
    expect(design.services).toHaveLength(20);
    expect(design.topics).toHaveLength(10);
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
