// Issue 7 Done-when: ≥ 10,000 mutated, truncated and random payloads. Decoding never throws
// anything but ShareError, never touches Object.prototype, and each ends in a clear error or a
// valid design (one that restoreDesign accepts unchanged).
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../testing/property';
import saga from '../../../examples/order-saga.json';
import { designFileArb } from '../testing/arbitrary';
import { restoreDesign } from '../model/restore';
import type { DesignFile } from '../model/types';
import { toBase64Url } from './base64url';
import { decodeShare, encodeShare, ShareError } from './codec';
import { DICTIONARY_V1 } from './dictionary-v1';
import { packV1 } from './wire-v1-pack';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function check(link: string): void {
  let result;
  try {
    result = decodeShare(link);
  } catch (e) {
    expect(e).toBeInstanceOf(ShareError);
    expect((e as Error).message.length).toBeGreaterThan(10);
    return;
  } finally {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }
  const again = restoreDesign(result.file);
  expect(again.repairs).toEqual([]);
  expect(again.file).toEqual(result.file);
}

const seeds: string[] = [encodeShare(saga as DesignFile), ...fc.sample(designFileArb({ maxServices: 3, maxTopics: 3, maxEvents: 3 }), { numRuns: 20, seed: 42 }).map(encodeShare)];
const wires: string[] = [JSON.stringify(packV1((saga as DesignFile).design)), ...fc.sample(designFileArb(), { numRuns: 20, seed: 7 }).map((f) => JSON.stringify(packV1(restoreDesign(f).file.design)))];
const dictionary = strToU8(DICTIONARY_V1);
const packWire = (text: string) => `d=1.${toBase64Url(deflateSync(strToU8(text), { level: 6, dictionary }))}`;

/** Edits of a real link's payload: flipped, dropped, inserted characters; cuts; swaps. */
const mutatedLink = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.constantFrom('flip', 'drop', 'insert', 'cut', 'version'), fc.nat(), fc.constantFrom(...ALPHABET, '.', '=', '%', ' ', 'é')), { minLength: 1, maxLength: 3 }))
  .map(([link, edits]) => {
    let s = link;
    for (const [op, at, ch] of edits) {
      const i = 4 + (at % Math.max(1, s.length - 4));
      if (op === 'flip') s = s.slice(0, i) + ch + s.slice(i + 1);
      else if (op === 'drop') s = s.slice(0, i) + s.slice(i + 1);
      else if (op === 'insert') s = s.slice(0, i) + ch + s.slice(i);
      else if (op === 'cut') s = s.slice(0, i);
      else s = `d=${ch}${s.slice(3)}`;
    }
    return s;
  });

/** Edits of the wire JSON before compression: the decoder then sees well-formed deflate of hostile JSON. */
const mutatedWire = fc.tuple(fc.constantFrom(...wires), fc.array(fc.tuple(fc.nat(), fc.constantFrom('0', '-1', '99999', 'null', '"x"', '[]', '{}', '1e308', 'true', '{"__proto__":{"polluted":1}}', '{"constructor":1}', '"toString"', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]')), { minLength: 1, maxLength: 3 }))
  .map(([wire, edits]) => {
    // Replace a whole JSON value token (number, string, 0) at a chosen place, keeping the text parseable most of the time.
    let s = wire;
    for (const [at, value] of edits) {
      const tokens = [...s.matchAll(/-?\d+(\.\d+)?|"(?:[^"\\]|\\.)*"|\[\]|\{\}/g)];
      if (!tokens.length) break;
      const t = tokens[at % tokens.length];
      s = s.slice(0, t.index) + value + s.slice(t.index! + t[0].length);
    }
    return packWire(s);
  });

const randomLink = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 400 }).map((p) => `d=1.${p}`),
  fc.uint8Array({ maxLength: 300 }).map((b) => `d=1.${toBase64Url(b)}`),
  fc.uint8Array({ maxLength: 300 }).map((b) => `d=1.${toBase64Url(deflateSync(b, { dictionary }))}`),
  fc.json().map(packWire),
  fc.tuple(fc.constantFrom('https://x.test/#', '#', '', 'https://x.test/?d=1.#', '#a=b&'), fc.constantFrom(...seeds)).map(([a, b]) => a + b),
);

describe('share link fuzz', () => {
  it('4,000 mutated links', () => assertProperty(fc.property(mutatedLink, check), { numRuns: 4_000 }));
  it('3,000 mutated wire payloads', () => assertProperty(fc.property(mutatedWire, check), { numRuns: 3_000 }));
  it('3,000 random links and payloads', () => assertProperty(fc.property(randomLink, check), { numRuns: 3_000 }));
  it('every truncation of the order saga link is refused or valid', () => {
    const link = seeds[0];
    for (let n = 0; n < link.length; n += 3) check(link.slice(0, n));
  });
});
