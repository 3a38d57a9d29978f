// Issue 7 Done-when: decode(encode(d)) deep-equals restoreDesign(d).file for ≥ 1,000 random designs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designFileArb } from '../testing/arbitrary';
import { assertProperty } from '../testing/property';
import { restoreDesign } from '../model/restore';
import type { DesignFile } from '../model/types';
import { decodeShare, encodeShare } from './codec';

const roundTrips = (file: DesignFile) => {
  const expected = restoreDesign(file).file;
  const back = decodeShare(encodeShare(file));
  expect(back.file).toEqual(expected);
  expect(back.repairs).toEqual([]);
};

/** Any text at all (lone surrogates, control characters, JSON-looking text) in the free-text fields. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.json().map((j) => JSON.stringify(JSON.parse(j), null, 2)), fc.json());
const withOddTexts = fc.tuple(designFileArb({ maxServices: 3, maxTopics: 3, maxEvents: 3 }), fc.array(fc.tuple(fc.nat(), fc.nat(), anyText), { maxLength: 6 }), fc.array(fc.double(), { maxLength: 4 }))
  .map(([file, edits, numbers]) => {
    const d = structuredClone(file.design) as any;
    const slots: [any, string][] = [[d, 'name'], [d, 'description'], ...d.services.flatMap((s: any) => [[s, 'name'], [s, 'description'], [s, 'owner']]),
      ...d.topics.flatMap((t: any) => [[t, 'name'], [t, 'partitionKey']]), ...d.events.flatMap((e: any) => [[e, 'name'], [e, 'schema'], [e, 'headersSchema'], [e, 'version']]),
      ...d.subscriptions.flatMap((s: any) => [[s, 'consumerGroup'], [s, 'id']])];
    for (const [pick, , text] of edits) {
      const [obj, key] = slots[pick % slots.length];
      obj[key] = text;
    }
    const nodes = Object.values(d.layout.nodes) as { x: number; y: number }[];
    numbers.forEach((n, i) => nodes.length && (nodes[i % nodes.length].x = n));
    return restoreDesign({ ...file, design: d }).file;
  });

describe('share codec round trip (property)', () => {
  it('1,000 random designs', () => {
    assertProperty(fc.property(designFileArb(), roundTrips), { numRuns: 1_000 });
  });
  it('300 designs with arbitrary text, ids and numbers in their fields', () => {
    assertProperty(fc.property(withOddTexts, roundTrips), { numRuns: 300 });
  });
});
