// What an AsyncAPI document says, element by element, in 3.0 terms and with every `$ref`
// resolved, so an original 2.x/3.x document and its export can be compared. Written apart from
// the importer (it shares only the `$ref` resolver): it reads the specification's fields, not the
// design's. Elements are keyed by what identifies them for a reader: channels by address,
// messages by name, operations by action and channel, servers by host and path.
//
// The 2.x → 3.0 conversions it applies (the only changes an export may make):
// - a server `url` is `host` + `pathname`; a security requirement `{ name: [scopes] }` is the
//   named security scheme object (with `scopes` when it lists any);
// - OAuth flow `scopes` are `availableScopes`;
// - a channel parameter's `schema` gives `enum`, `default` and `examples`;
// - top-level `tags` and `externalDocs` belong to `info`;
// - `messageId` is gone (3.0 names messages by their key), a message `schemaFormat` goes with the payload;
// - traits are applied, the element's own fields winning (both sides);
// - a message example written as a one-key map of its name (`- laurent: { summary, payload }`,
//   Microcks' own way to name examples; no version's schema accepts it, 2.1 gave examples a `name`)
//   is the Message Example Object `{ name: laurent, summary, payload }`, field for field.
// What the export adds and the view ignores: our `x-eventsmith-*` and `x-eventcatalog-message-*`
// extensions, the message `name` (it is how messages are matched), a payload's `schemaFormat`
// wrapper (the schema is compared; its format family must be the same).
import { formatOfMediaType } from '../asyncapi/vocabulary';
import { convertParameters, convertScheme, convertSecurity, mergeTrait, splitUrl } from '../asyncapi/import/keep';
import { isObj, type Obj, type Resolver } from '../asyncapi/import/refs';
import { remoteRefs } from '../schema/remote-refs';

const ours = (k: string) => k.startsWith('x-eventsmith-') || k === 'x-eventcatalog-message-type' || k === 'x-eventcatalog-message-version';

/** The object without the given keys, without our extensions, with `$ref`s resolved. */
function rest(obj: Obj, drop: string[]): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) if (!drop.includes(k) && !ours(k) && v !== undefined) out[k] = v;
  return out;
}

function traited(obj: Obj): Obj {
  if (!Array.isArray(obj.traits)) return obj;
  let merged: unknown = {};
  for (const t of obj.traits) merged = mergeTrait(merged, t);
  const { traits: _t, ...own } = obj;
  return mergeTrait(merged, own) as Obj;
}

function namedExample(e: unknown): unknown {
  if (!isObj(e)) return e;
  const [key, ...more] = Object.keys(e);
  const inner = e[key];
  const fields = ['summary', 'headers', 'payload'];
  if (more.length || key === 'name' || fields.includes(key) || !isObj(inner) || !Object.keys(inner).every((k) => fields.includes(k))) return e;
  return { name: key, ...inner };
}

export interface DocumentView {
  title: string;
  document: Obj;
  servers: Record<string, Obj>;
  channels: Record<string, Obj>;
  messages: Record<string, Obj>;
  operations: Record<string, Obj>;
}

const nameOf = (m: Obj, key: string) => (['name', 'messageId', 'title'].map((k) => m[k]).find((v) => typeof v === 'string' && v.trim()) as string | undefined)?.trim() ?? key;

export function viewOf(path: string, resolver: Resolver): DocumentView {
  const doc = resolver.inline(resolver.resolve('', path).value, path) as Obj;
  const v2 = String(doc.asyncapi).startsWith('2.');
  const info = rest(isObj(doc.info) ? doc.info : {}, []);
  if (v2) for (const k of ['tags', 'externalDocs']) if (doc[k] !== undefined) info[k] = doc[k];
  const components = isObj(doc.components) ? doc.components : {};
  const schemes = isObj(components.securitySchemes) ? components.securitySchemes : {};
  // (`definitions` at the top is where resolving puts self-referring schemas, not the document's.)
  const document: Obj = { ...rest(doc, ['asyncapi', 'info', 'servers', 'channels', 'operations', 'components', 'tags', 'externalDocs', 'definitions']), info };
  if (Object.keys(schemes).length) document.securitySchemes = v2 ? Object.fromEntries(Object.entries(schemes).map(([k, s]) => [k, convertScheme(s)])) : schemes;
  const defaultContentType = typeof doc.defaultContentType === 'string' ? doc.defaultContentType : undefined;

  const servers: Record<string, Obj> = {};
  const serverName = new Map<string, string>();
  for (const [key, s] of Object.entries(isObj(doc.servers) ? doc.servers : {})) {
    if (!isObj(s)) continue;
    const { host, pathname } = v2 ? splitUrl(String(s.url)) : { host: String(s.host), pathname: s.pathname as string | undefined };
    const view: Obj = { ...rest(s, ['url', 'host', 'pathname', 'security']) };
    if (pathname !== undefined) view.pathname = pathname;
    const security = v2 ? convertSecurity(s.security, schemes) : s.security;
    if (security !== undefined) view.security = security;
    view.host = host;
    servers[key] = view;
    serverName.set(key, key);
  }

  const channels: Record<string, Obj> = {};
  const messages: Record<string, Obj> = {};
  const operations: Record<string, Obj> = {};
  const readMessage = (m: unknown, key: string): string | undefined => {
    if (!isObj(m)) return undefined;
    const msg = traited(m);
    const name = nameOf(msg, key);
    const view: Obj = rest(msg, ['name', 'messageId', 'payload', 'schemaFormat', 'contentType']);
    let payload = msg.payload;
    let format = typeof msg.schemaFormat === 'string' ? msg.schemaFormat : undefined;
    if (isObj(payload) && typeof payload.schemaFormat === 'string' && 'schema' in payload) {
      format = payload.schemaFormat;
      payload = payload.schema;
    }
    // A schema that refers to itself cannot be resolved to a tree: its properties are compared, and
    // the references to the network it makes (never fetched, so they must come back as they were).
    const text = JSON.stringify(payload);
    if (payload !== undefined) {
      view.payload = text.includes('"$ref"') || text.includes('"definitions"')
        ? { properties: Object.keys(isObj(payload) && isObj(payload.properties) ? payload.properties : {}).sort(), remote: [...new Set(remoteRefs(payload).map((r) => r.ref))].sort() }
        : payload;
    }
    view.payloadFormat = format ? formatOfMediaType(format) ?? format : 'json-schema';
    const contentType = msg.contentType ?? defaultContentType;
    if (contentType !== undefined) view.contentType = contentType;
    if (Array.isArray(view.examples)) view.examples = view.examples.map(namedExample);
    if (isObj(view.headers) && typeof view.headers.schemaFormat === 'string' && 'schema' in view.headers) view.headers = view.headers.schema;
    messages[name] ??= view;
    return name;
  };
  const opKey = (action: string, address: string, names: string[] | undefined) => `${action} ${address}${names ? ` [${[...names].sort().join(', ')}]` : ''}`;
  const readOperation = (op: Obj, action: string, address: string, names: string[] | undefined, drop: string[]) => {
    const o = traited(op);
    const view: Obj = rest(o, ['operationId', 'message', 'messages', 'channel', 'action', 'security', ...drop]);
    const security = v2 ? convertSecurity(o.security, schemes) : o.security;
    if (security !== undefined) view.security = security;
    let key = opKey(action, address, names);
    for (let n = 2; operations[key]; n++) key = `${opKey(action, address, names)} #${n}`;
    operations[key] = view;
  };

  // Identity of channels and messages is taken on the documents as written (before resolving),
  // where a `$ref` and its target are the same object.
  const raw = resolver.resolve('', path).value as Obj;
  const addressOfChannel = new Map<unknown, string>();
  const messageNameOf = new Map<unknown, string>();
  for (const [key, rc] of Object.entries(isObj(raw.channels) ? raw.channels : {})) {
    const target = resolver.deref(rc, path);
    const c = resolver.inline(target.value, target.file);
    if (!isObj(c) || !isObj(target.value)) continue;
    const address = v2 ? key : typeof c.address === 'string' && c.address ? c.address : key;
    const view: Obj = rest(c, ['address', 'messages', 'subscribe', 'publish', 'parameters', 'servers']);
    const params = v2 ? convertParameters(c.parameters) : c.parameters;
    if (params !== undefined) view.parameters = params;
    const rawServers = isObj(target.value) ? target.value.servers : undefined;
    if (Array.isArray(rawServers)) view.servers = rawServers.map((s) => (v2 ? serverName.get(String(s)) : isObj(s) && typeof s.$ref === 'string' ? s.$ref.split('/').pop() : '?')).sort();
    const names = new Set<string>();
    if (v2) {
      for (const [verb, action] of [['subscribe', 'send'], ['publish', 'receive']] as const) {
        const op = c[verb];
        if (!isObj(op)) continue;
        const list = op.message === undefined ? [] : isObj(op.message) && Array.isArray(op.message.oneOf) ? op.message.oneOf : [op.message];
        const rawOp = resolver.deref(target.value[verb], target.file);
        const rawMessage = isObj(rawOp.value) ? rawOp.value.message : undefined;
        const rawList = isObj(rawMessage) && Array.isArray(rawMessage.oneOf) ? rawMessage.oneOf : [rawMessage];
        const opNames: string[] = [];
        list.forEach((m, i) => {
          const r = rawList[i];
          const filed = isObj(r) && typeof r.$ref === 'string' ? r.$ref.split('/').pop()! : `${address}Message${list.length > 1 ? i + 1 : ''}`;
          const name = readMessage(m, filed);
          if (name) opNames.push(name);
        });
        opNames.forEach((n) => names.add(n));
        readOperation(op, action, address, op.message === undefined ? undefined : opNames, []);
      }
    } else {
      const rawMessages = target.value.messages;
      for (const [mkey, m] of Object.entries(isObj(c.messages) ? c.messages : {})) {
        const rm = isObj(rawMessages) ? rawMessages[mkey] : undefined;
        const filed = isObj(rm) && typeof rm.$ref === 'string' ? rm.$ref.split('/').pop()! : mkey;
        const name = readMessage(m, filed);
        if (!name) continue;
        names.add(name);
        if (isObj(rawMessages)) messageNameOf.set(resolver.deref(rm, target.file).value, name);
      }
    }
    view.messages = [...names].sort();
    channels[address] = view;
    addressOfChannel.set(target.value, address);
  }
  if (!v2) {
    for (const ro of Object.values(isObj(raw.operations) ? raw.operations : {})) {
      const t = resolver.deref(ro, path);
      if (!isObj(t.value)) continue;
      const o = resolver.inline(t.value, t.file) as Obj;
      const channelOf = (ref: unknown, file: string) => addressOfChannel.get(resolver.deref(ref, file).value) ?? '?';
      const namesOf = (list: unknown, file: string) => (Array.isArray(list) ? list.map((m) => messageNameOf.get(resolver.deref(m, file).value) ?? '?') : undefined);
      const address = channelOf(t.value.channel, t.file);
      readOperation(o, String(o.action), address, namesOf(t.value.messages, t.file), ['reply']);
      const key = Object.keys(operations).at(-1)!;
      const rr = resolver.deref(t.value.reply, t.file);
      if (isObj(rr.value) && isObj(o.reply)) {
        const reply: Obj = rest(o.reply, ['channel', 'messages']);
        if (rr.value.channel !== undefined) reply.channel = channelOf(rr.value.channel, rr.file);
        if (Array.isArray(rr.value.messages)) reply.messages = namesOf(rr.value.messages, rr.file)!.sort();
        operations[key].reply = reply;
      }
    }
  }
  return { title: String(isObj(doc.info) ? doc.info.title : path), document, servers, channels, messages, operations };
}
