// Which Y.Text of a room holds one of an event's texts (its schema, headers schema or an example):
// what an editor bound to the room (y-monaco) types into. Null while the room has no such text.
import * as Y from 'yjs';
import type { SharedTextRef } from './text-key';

export { sharedTextKey, type SharedTextRef } from './text-key';

export function sharedTextOf(doc: Y.Doc, ref: SharedTextRef): Y.Text | null {
  const entry = doc.getMap('events').get(ref.event);
  if (!(entry instanceof Y.Map)) return null;
  const value: unknown = entry.get(ref.field);
  if (ref.field !== 'examples') return value instanceof Y.Text ? value : null;
  if (!(value instanceof Y.Array) || ref.index < 0 || ref.index >= value.length) return null;
  const text: unknown = value.get(ref.index);
  return text instanceof Y.Text ? text : null;
}
