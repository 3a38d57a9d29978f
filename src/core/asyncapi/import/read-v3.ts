// AsyncAPI 3.x → RawDoc. Operations name their channel and messages by `$ref`.
import { unescapePointerSegment } from '../vocabulary';
import { ImportError } from './errors';
import { messageName, namedMessage, type RawChannel, type RawDoc, type RawMessage, type RawOperation } from './raw';
import { isObj, safeDecode, type Obj, type Resolver } from './refs';

/** The key a `$ref` files its target under (`#/channels/a/messages/B` → `B`). */
export function lastSegment(ref: string): string {
  const pointer = ref.includes('#') ? ref.slice(ref.indexOf('#') + 1) : '';
  const segs = pointer.split('/').filter(Boolean);
  return segs.length ? unescapePointerSegment(safeDecode(segs[segs.length - 1])) : '';
}

/** `components.securitySchemes` with every `$ref` resolved. */
export function securitySchemesOf(doc: Obj, path: string, resolver: Resolver): Obj {
  const components = resolver.deref(doc.components, path);
  if (!isObj(components.value)) return {};
  const schemes = resolver.inline(components.value.securitySchemes, components.file);
  return isObj(schemes) ? schemes : {};
}

function entries(value: unknown): [string, unknown][] {
  return isObj(value) ? Object.entries(value) : [];
}

export function readV3(path: string, doc: Obj, resolver: Resolver): RawDoc {
  const info = isObj(doc.info) ? resolver.deref(doc.info, path).value : undefined;
  const raw: RawDoc = { path, major: 3, obj: doc, securitySchemes: securitySchemesOf(doc, path, resolver), info: isObj(info) ? info : {}, servers: [], channels: [], operations: [] };
  for (const [key, s] of entries(doc.servers)) {
    const server = resolver.deref(s, path).value;
    if (isObj(server)) raw.servers.push({ key, obj: server, file: resolver.deref(s, path).file });
  }
  const channelsByObject = new Map<unknown, RawChannel>();
  for (const [key, c] of entries(doc.channels)) {
    const { value, file } = resolver.deref(c, path);
    if (!isObj(value)) continue;
    const messages: RawMessage[] = [];
    for (const [mkey, m] of entries(value.messages)) {
      const t = resolver.deref(m, file);
      if (!isObj(t.value)) continue;
      const filedAs = isObj(m) && typeof m.$ref === 'string' ? lastSegment(m.$ref) || mkey : mkey;
      messages.push({ name: messageName(t.value, filedAs), obj: t.value, file: t.file, pointer: t.pointer || undefined, mapKey: mkey });
    }
    const address = typeof value.address === 'string' && value.address ? value.address : key;
    const serverKeys = Array.isArray(value.servers)
      ? value.servers.map((s) => (isObj(s) && typeof s.$ref === 'string' ? lastSegment(s.$ref) : '')).filter(Boolean)
      : undefined;
    const channel: RawChannel = { key, address, obj: value, file, messages, serverKeys };
    raw.channels.push(channel);
    channelsByObject.set(value, channel);
  }
  for (const [key, o] of entries(doc.operations)) {
    const { value: op, file } = resolver.deref(o, path);
    if (!isObj(op)) continue;
    if (op.action !== 'send' && op.action !== 'receive') throw new ImportError(`${path}: operation ${key} has no action send or receive`);
    const channelTarget = resolver.deref(op.channel, file);
    const channel = channelsByObject.get(channelTarget.value);
    if (!channel) throw new ImportError(`${path}: operation ${key} refers to a channel that is not in the document`);
    const operation: RawOperation = { key, action: op.action, channelKey: channel.key, obj: op, file };
    if (Array.isArray(op.messages)) {
      operation.messages = op.messages.map((m) => findMessage(m, channel, file, resolver));
    }
    raw.operations.push(operation);
  }
  return raw;
}

/** An operation's message is one of its channel's: match by the object it resolves to, else by key. */
function findMessage(ref: unknown, channel: RawChannel, file: string, resolver: Resolver): RawMessage {
  const t = resolver.deref(ref, file);
  const same = channel.messages.find((m) => m.obj === t.value);
  if (same) return same;
  const key = isObj(ref) && typeof ref.$ref === 'string' ? lastSegment(ref.$ref) : '';
  const byKey = channel.messages.find((m) => m.mapKey === key);
  if (byKey) return byKey;
  if (!isObj(t.value)) throw new ImportError(`${file}: an operation message on channel ${channel.key} is not a message`);
  const extra: RawMessage = { ...namedMessage(t.value as Obj, key || undefined, 'message'), obj: t.value as Obj, file: t.file };
  channel.messages.push(extra);
  return extra;
}
