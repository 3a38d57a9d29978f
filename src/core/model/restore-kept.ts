// What an element kept from an imported AsyncAPI document (types.ts `Kept`): JSON from a file,
// storage or a link, so hostile like the rest. The sanitised copy already holds only JSON values
// and no prototype keys; here each kept object is size-capped, its text made encodable, and it is
// copied again so no two elements share (and later mutate) one object.
import { fitText, isObj, LIMITS, own, type Obj, type RepairLog } from './restore-context';
import type { Json, Kept } from './types';

/** Characters of JSON one element may keep: a real channel, message or document needs a few KiB. */
export const MAX_KEPT_CHARS = 262_144;

/**
 * A service's document may say shared channels and messages in its own words (`channels` and
 * `messages`, by design id): each is one channel's or one message's worth, capped as that element
 * would be, not added to the document's own. Counted together, a document that says thirty shared
 * messages its way would lose everything it kept (its info, servers, security schemes) at once.
 * The whole input stays bounded by LIMITS.values.
 */
const PER_ELEMENT = ['channels', 'messages'] as const;

export function readKept(log: RepairLog, where: string, raw: Obj, perDocument = false): Kept | undefined {
  const value = own(raw, 'kept');
  if (value === undefined) return undefined;
  if (!isObj(value)) {
    log.add(`${where}: dropped what was kept from import (not an object)`);
    return undefined;
  }
  const split = perDocument ? PER_ELEMENT.filter((k) => isObj(own(value, k))) : [];
  const rest: Obj = {};
  for (const k of Object.keys(value)) if (!(split as string[]).includes(k)) rest[k] = value[k];
  const size = JSON.stringify(rest).length;
  if (size > MAX_KEPT_CHARS) {
    log.add(`${where}: dropped what was kept from import (${size.toLocaleString('en')} characters; at most ${MAX_KEPT_CHARS.toLocaleString('en')})`);
    return undefined;
  }
  const out: Kept = {};
  for (const k of Object.keys(value)) {
    if (!(split as string[]).includes(k)) {
      out[fitText(log, where, 'a kept key', k, LIMITS.name)] = copy(log, where, value[k]);
      continue;
    }
    const byId = value[k] as Obj;
    const entries: { [key: string]: Json } = {};
    for (const id of Object.keys(byId)) {
      const entry = JSON.stringify(byId[id]).length;
      if (entry > MAX_KEPT_CHARS) log.add(`${where}: dropped what its document said of ${k === 'channels' ? 'channel' : 'message'} "${id}" (${entry.toLocaleString('en')} characters; at most ${MAX_KEPT_CHARS.toLocaleString('en')})`);
      else entries[fitText(log, where, 'a kept key', id, LIMITS.name)] = copy(log, where, byId[id]);
    }
    out[k] = entries;
  }
  return out;
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
