// A version-neutral view of one AsyncAPI document: what the 2.x and 3.x readers produce and the
// design builder consumes. Objects are dereferenced one level; `file` says where their own
// nested `$ref`s resolve from.
import type { Obj } from './refs';

export interface RawMessage {
  name: string;
  obj: Obj;
  file: string;
  /** Where the message object sits in `file`, when known (it was reached through a `$ref`). */
  pointer?: string;
  /** The key the channel files it under (3.x). */
  mapKey?: string;
  /** 2.x: the document's `defaultSchemaFormat`-less default is AsyncAPI schema; kept per message. */
  defaultFormat?: string;
  /** The document gave the message no name and filed it under no key: `name` was made up here. */
  invented?: true;
}
export interface RawChannel { key: string; address: string; obj: Obj; file: string; messages: RawMessage[]; serverKeys?: string[] }
export interface RawOperation {
  key: string;
  action: 'send' | 'receive';
  channelKey: string;
  /** undefined = every message of the channel. */
  messages?: RawMessage[];
  obj: Obj;
  file: string;
}
export interface RawServer { key: string; obj: Obj; file: string }
export interface RawDoc {
  path: string;
  major: 2 | 3;
  /** The whole document, for what it says outside servers, channels and operations. */
  obj: Obj;
  /** `components.securitySchemes`, resolved (2.x security requirements name them). */
  securitySchemes: Obj;
  info: Obj;
  servers: RawServer[];
  channels: RawChannel[];
  operations: RawOperation[];
}

/** The name a message gives itself: its `name`, `messageId` or `title`. */
function ownName(obj: Obj): string | undefined {
  for (const key of ['name', 'messageId', 'title']) {
    const v = obj[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

/** The name that identifies a message across documents: its `name`, else the key it is filed under. */
export function messageName(obj: Obj, fallback: string): string {
  return ownName(obj) ?? fallback;
}

/**
 * A message's name and whether it was invented: the reader had to make one up because the
 * document gave none and filed it under no key (`filedAs` undefined), e.g. `animalsMessage`.
 */
export function namedMessage(obj: Obj, filedAs: string | undefined, madeUp: string): { name: string; invented?: true } {
  const own = ownName(obj) ?? filedAs;
  return own !== undefined ? { name: own } : { name: madeUp, invented: true };
}
