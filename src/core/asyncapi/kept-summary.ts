// What an element kept from an import, said in a few words for the inspector:
// "3 bindings, 2 headers, security, title". Pure: shared by the browser and tests.
import type { Kept } from '../model/types';

export { ASYNCAPI_PROTOCOLS, protocolLabel } from '../model/protocols';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A short list of what was kept; [] when nothing. */
export function keptSummary(kept: Kept | undefined): string[] {
  if (!kept) return [];
  const parts: string[] = [];
  for (const key of Object.keys(kept)) {
    const v = kept[key];
    if (key === 'bindings' && isObject(v)) parts.push(count(Object.keys(v).length, 'binding'));
    else if (key === 'headers' && isObject(v)) parts.push(count(isObject(v.properties) ? Object.keys(v.properties).length : 1, 'header'));
    else if (key === 'examples' && Array.isArray(v)) parts.push(count(v.length, 'named example'));
    else if (key === 'tags' && Array.isArray(v)) parts.push(count(v.length, 'tag'));
    else if (key === 'servers' && (Array.isArray(v) || isObject(v))) parts.push(count(Array.isArray(v) ? v.length : Object.keys(v).length, 'server'));
    else if (key === 'info' && isObject(v)) parts.push(...Object.keys(v).map((k) => (k === 'tags' && Array.isArray(v.tags) ? count(v.tags.length, 'tag') : k)));
    else if (key === 'components' && isObject(v) && isObject(v.securitySchemes)) parts.push(count(Object.keys(v.securitySchemes).length, 'security scheme'));
    else if (key === 'security' && Array.isArray(v)) parts.push('security');
    // A service's own words for channels and messages its document says differently from the design's.
    else if ((key === 'channels' || key === 'messages') && isObject(v)) parts.push(`${count(Object.keys(v).length, key.slice(0, -1))} as its document says ${Object.keys(v).length === 1 ? 'it' : 'them'}`);
    // 2.x bindings 3.0 has no place for, and channels the document declared without an operation
    // (vocabulary.ts X.otherBindings, X.declaredChannels; spelled out: this file is in the app's first load).
    else if (key === 'x-eventsmith-2x-bindings' && isObject(v)) parts.push(`${count(Object.keys(v).length, '2.x binding')} (${Object.keys(v).join(', ')})`);
    else if (key === 'x-eventsmith-declared-channels' && Array.isArray(v)) parts.push(count(v.length, 'channel without an operation', 'channels without an operation'));
    else if (key.startsWith('x-eventsmith-')) continue;
    else parts.push(key);
  }
  return parts;
}
