// A cheap fingerprint of what validation reads, so a result can be matched to the inputs it was
// computed from (the UI drops results whose key is no longer the event's key).

import type { EventType } from '../model/types';

export type ValidationInput = Pick<EventType, 'id' | 'schemaFormat' | 'schema' | 'headersSchema' | 'examples'>;

/** Two FNV-1a 32-bit hashes with different offsets, plus the length: collisions are negligible. */
function fnv(parts: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  let length = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193);
    }
    // A separator no text can forge: the part's own length.
    h1 = Math.imul(h1 ^ (part.length & 0xffff), 0x01000193);
    h2 = Math.imul(h2 ^ (part.length >>> 16), 0x01000193);
    length += part.length;
  }
  return `${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}-${length.toString(36)}`;
}

const memo = new WeakMap<object, string>();

/** Design objects are immutable (edits make new ones), so the key is remembered per object. */
export function validationKey(event: ValidationInput): string {
  const hit = memo.get(event);
  if (hit !== undefined) return hit;
  const examples = event.examples ?? [];
  const key = fnv([
    event.schemaFormat,
    event.schema,
    event.headersSchema === undefined ? '\u0000none' : event.headersSchema,
    String(examples.length),
    ...examples,
  ]);
  memo.set(event, key);
  return key;
}
