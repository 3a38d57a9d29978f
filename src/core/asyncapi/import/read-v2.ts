// AsyncAPI 2.x → RawDoc. The channel name is its address; from the application's view
// `subscribe` means it sends and `publish` means it receives.
import { ImportError } from './errors';
import { namedMessage, type RawDoc, type RawMessage, type RawOperation } from './raw';
import { isObj, type Obj, type Resolver } from './refs';
import { lastSegment, securitySchemesOf } from './read-v3';

export function readV2(path: string, doc: Obj, resolver: Resolver): RawDoc {
  const info = isObj(doc.info) ? resolver.deref(doc.info, path).value : undefined;
  const raw: RawDoc = { path, major: 2, obj: doc, securitySchemes: securitySchemesOf(doc, path, resolver), info: isObj(info) ? info : {}, servers: [], channels: [], operations: [] };
  for (const [key, s] of Object.entries(isObj(doc.servers) ? doc.servers : {})) {
    const server = resolver.deref(s, path).value;
    if (isObj(server)) raw.servers.push({ key, obj: { ...server, host: server.url }, file: resolver.deref(s, path).file });
  }
  for (const [name, c] of Object.entries(isObj(doc.channels) ? doc.channels : {})) {
    const { value: item, file } = resolver.deref(c, path);
    if (!isObj(item)) continue;
    const channelMessages: RawMessage[] = [];
    const operations: RawOperation[] = [];
    for (const [verb, action] of [['subscribe', 'send'], ['publish', 'receive']] as const) {
      if (item[verb] === undefined) continue;
      const t = resolver.deref(item[verb], file);
      if (!isObj(t.value)) throw new ImportError(`${path}: channel ${name}: ${verb} is not an operation`);
      const op = t.value;
      const messages = readMessages(op.message, t.file, resolver, `${name}Message`);
      for (const m of messages) if (!channelMessages.some((x) => x.obj === m.obj)) channelMessages.push(m);
      const key = typeof op.operationId === 'string' && op.operationId ? op.operationId : `${action}-${name}`;
      operations.push({ key, action, channelKey: name, messages: op.message === undefined ? undefined : messages, obj: op, file: t.file });
    }
    const serverKeys = Array.isArray(item.servers) ? item.servers.filter((s): s is string => typeof s === 'string') : undefined;
    raw.channels.push({ key: name, address: name, obj: item, file, messages: channelMessages, serverKeys });
    raw.operations.push(...operations);
  }
  const defaultFormat = typeof doc.defaultSchemaFormat === 'string' ? doc.defaultSchemaFormat : undefined;
  if (defaultFormat) for (const ch of raw.channels) for (const m of ch.messages) m.defaultFormat ??= defaultFormat;
  return raw;
}

/** A 2.x operation's `message`: one message or `oneOf` a list of them. */
function readMessages(node: unknown, file: string, resolver: Resolver, fallback: string): RawMessage[] {
  if (node === undefined) return [];
  const t = resolver.deref(node, file);
  if (!isObj(t.value)) return [];
  if (Array.isArray(t.value.oneOf)) {
    return t.value.oneOf.flatMap((m, i) => readMessages(m, t.file, resolver, `${fallback}${i + 1}`));
  }
  const filedAs = isObj(node) && typeof node.$ref === 'string' ? lastSegment(node.$ref) || undefined : undefined;
  return [{ ...namedMessage(t.value, filedAs, fallback), obj: t.value, file: t.file, pointer: t.pointer || undefined }];
}
