// Keys written twice in one JSON object. JSON.parse keeps the last one and drops the first without
// a word, so a schema with two "required" arrays silently loses one: the lints make it an error
// and the editor marks it. One linear, iterative pass (no recursion to overflow on deep nesting),
// run only on text JSON.parse has accepted, so the scanner need not handle syntax errors.

import { escapePointerToken } from '../json';

export interface DuplicateKey {
  /** The key as JSON reads it (escapes decoded). */
  key: string;
  /** JSON pointer to the key's value as JSON.parse keeps it (the last one wins). */
  pointer: string;
  /** Where the repeated key's string token starts (its opening quote) and how long it is. */
  offset: number;
  length: number;
  /** Where the first occurrence of the key starts in the same object. */
  firstOffset: number;
}

/** Past this many, the rest are not listed: one finding per duplicate is plenty to act on. */
export const MAX_DUPLICATE_KEYS = 50;

type Frame = { object: true; keys: Map<string, number>; key: string; expectKey: boolean } | { object: false; index: number };

function pointerOf(stack: readonly Frame[], key: string): string {
  let pointer = '';
  for (let f = 0; f < stack.length - 1; f++) {
    const frame = stack[f];
    pointer += '/' + (frame.object ? escapePointerToken(frame.key) : String(frame.index));
  }
  return pointer + '/' + escapePointerToken(key);
}

/** Every key that repeats one earlier in the same object, in text order. Valid JSON only (else []). */
export function duplicateKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x7b /* { */) {
      stack.push({ object: true, keys: new Map(), key: '', expectKey: true });
      i++;
    } else if (c === 0x5b /* [ */) {
      stack.push({ object: false, index: 0 });
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      if (top?.object) top.expectKey = true;
      else if (top) top.index++;
      i++;
    } else if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      i++;
      while (i < n && text.charCodeAt(i) !== 0x22) {
        if (text.charCodeAt(i) === 0x5c) {
          escaped = true;
          i++;
        }
        i++;
      }
      i++; // closing quote
      if (top?.object && top.expectKey) {
        top.expectKey = false;
        const token = text.slice(start, i);
        let key: string;
        try {
          key = escaped ? (JSON.parse(token) as string) : token.slice(1, -1);
        } catch {
          return []; // not valid JSON after all: JSON.parse's own error says what is wrong
        }
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, start);
        else if (out.length < MAX_DUPLICATE_KEYS) out.push({ key, pointer: pointerOf(stack, key), offset: start, length: i - start, firstOffset: first });
        top.key = key;
      }
    } else {
      i++; // whitespace, ':', numbers, true/false/null
    }
  }
  return out;
}
