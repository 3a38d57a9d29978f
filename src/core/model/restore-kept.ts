// What an element kept from an imported AsyncAPI document (types.ts `Kept`): JSON from a file,
// storage or a link, so hostile like the rest. The sanitised copy already holds only JSON values
// and no prototype keys; here each kept object is size-capped, its text made encodable, and it is
// copied again so no two elements share (and later mutate) one object.
import { fitText, isObj, LIMITS, own, type Obj, type RepairLog } from './restore-context';
import type { Json, Kept } from './types';

/** Characters of JSON one element may keep: a real channel, message or document needs a few KiB. */
export const MAX_KEPT_CHARS = 262_144;

export function readKept(log: RepairLog, where: string, raw: Obj): Kept | undefined {
  const value = own(raw, 'kept');
  if (value === undefined) return undefined;
  if (!isObj(value)) {
    log.add(`${where}: dropped what was kept from import (not an object)`);
    return undefined;
  }
  const size = JSON.stringify(value).length;
  if (size > MAX_KEPT_CHARS) {
    log.add(`${where}: dropped what was kept from import (${size.toLocaleString('en')} characters; at most ${MAX_KEPT_CHARS.toLocaleString('en')})`);
    return undefined;
  }
  return copy(log, where, value) as Kept;
}

function copy(log: RepairLog, where: string, value: unknown): Json {
  if (typeof value === 'string') return fitText(log, where, 'a kept text', value, LIMITS.schema);
  if (Array.isArray(value)) return value.map((v) => copy(log, where, v));
  if (isObj(value)) {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value)) out[fitText(log, where, 'a kept key', key, LIMITS.name)] = copy(log, where, value[key]);
    return out;
  }
  return value as Json;
}
