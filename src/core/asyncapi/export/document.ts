// One service → one AsyncAPI 3.0 document (PRODUCT.md §4.1). Keys are emitted in a fixed order
// and every map is sorted, so the same design always gives the same document.
import { handledEventIds, type DesignIndex } from '../../model/queries';
import type { Design, EventType, Id, Publication, Service, Subscription, Topic } from '../../model/types';
import { messageComponent } from './messages';
import { channelObject } from './channels';
import { ASYNCAPI_VERSION, pointerSegment, PROTOCOL, X } from '../vocabulary';
import { kafkaOperationBindings, keptValue, sameJson, structuredCloneJson, withKept } from './kept';
import type { Kept, Server } from '../../model/types';

type Json = unknown;
type Obj = Record<string, Json>;

export interface ExportContext {
  design: Design;
  index: DesignIndex;
  messageKeys: Map<Id, string>;
  messages: Map<Id, Obj>;
}

const byId = <T extends { id: Id }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function info(ctx: ExportContext, service: Service): Obj {
  const { design } = ctx;
  const keptInfo = keptValue(service.kept, 'info');
  const kept = keptInfo !== null && typeof keptInfo === 'object' && !Array.isArray(keptInfo) ? (keptInfo as Kept) : undefined;
  const i: Obj = { title: service.name, version: service.version ?? design.version };
  // Only what the user wrote: no description is made up for a service without one (issue 16).
  if (service.description) i.description = service.description;
  // Kept tags (with their descriptions and links) while their names are the service's tags.
  const keptTags = keptValue(kept, 'tags');
  const tagNames = Array.isArray(keptTags) ? keptTags.map((t) => (t !== null && typeof t === 'object' && !Array.isArray(t) ? t.name : undefined)) : undefined;
  if (keptTags && sameJson(tagNames, service.tags ?? [])) {
    if (service.tags?.length) i.tags = structuredCloneJson(keptTags);
  } else if (service.tags?.length) i.tags = service.tags.map((name) => ({ name }));
  withKept(i, kept, ['tags']);
  if (service.kept) i[X.kept] = true;
  i[X.id] = service.id;
  if (service.owner !== undefined) i[X.owner] = service.owner;
  if (service.domain !== undefined) i[X.domain] = service.domain;
  if (service.ownsState !== undefined) i[X.ownsState] = service.ownsState;
  const d: Obj = { id: design.id, name: design.name, version: design.version };
  if (design.description !== undefined) d.description = design.description;
  i[X.design] = d;
  return i;
}

/** The ids of the operations this document writes, with dead-letter sends kept clear of the others. */
function deadLetterOperationIds(ctx: ExportContext, subs: Subscription[], pubs: Publication[]): Map<Id, string> {
  const taken = new Set<string>([...subs.map((s) => s.id), ...pubs.map((p) => p.id)]);
  const result = new Map<Id, string>();
  for (const sub of subs) {
    if (!sub.deadLetterTopicId || !ctx.index.topics.has(sub.deadLetterTopicId)) continue;
    let key = `${sub.id}-dead-letter`;
    for (let n = 2; taken.has(key); n++) key = `${sub.id}-dead-letter-${n}`;
    taken.add(key);
    result.set(sub.id, key);
  }
  return result;
}

export function serviceDocument(ctx: ExportContext, service: Service): Obj {
  const { design, index } = ctx;
  const pubs = [...(index.publicationsByService.get(service.id) ?? [])].filter((p) => index.topics.has(p.topicId)).sort(byId);
  const subs = [...(index.subscriptionsByService.get(service.id) ?? [])].filter((s) => index.topics.has(s.topicId)).sort(byId);
  const dlqOps = deadLetterOperationIds(ctx, subs, pubs);

  // Which messages each channel of this document must list.
  const channelEvents = new Map<Id, Set<Id>>();
  const addEvents = (topicId: Id, ids: Id[]) => {
    const set = channelEvents.get(topicId) ?? new Set<Id>();
    for (const id of ids) if (index.events.has(id)) set.add(id);
    channelEvents.set(topicId, set);
  };
  for (const p of pubs) addEvents(p.topicId, p.eventIds);
  for (const s of subs) {
    const handled = handledEventIds(design, s, index);
    addEvents(s.topicId, handled);
    if (dlqOps.has(s.id)) addEvents(s.deadLetterTopicId!, handled);
  }

  // Reply channels of imported request/reply operations are part of the document too.
  for (const op of [...pubs, ...subs]) {
    const reply = replyTarget(op.kept, index);
    if (reply) addEvents(reply.topicId, []);
  }
  // Channels the document declared with no operation of its own on them.
  const declared = keptValue(service.kept, X.declaredChannels);
  if (Array.isArray(declared)) for (const id of declared) if (typeof id === 'string' && index.topics.has(id)) addEvents(id, []);
  // A channel lists the messages its document declared, whoever publishes them.
  for (const topicId of [...channelEvents.keys()]) addEvents(topicId, index.topics.get(topicId)!.declaredEventIds ?? []);

  const topics = [...channelEvents.keys()].map((id) => index.topics.get(id)!).sort(byId);
  const { servers, keyOf: serverKey } = documentServers(design, service, topics);

  const doc: Obj = { asyncapi: ASYNCAPI_VERSION };
  const keptId = keptValue(service.kept, 'id');
  if (typeof keptId === 'string') doc.id = keptId;
  doc.info = info(ctx, service);
  if (servers.length) {
    const out: Obj = {};
    for (const [key, s] of servers) Object.defineProperty(out, key, { value: serverObject(s), enumerable: true, writable: true, configurable: true });
    doc.servers = out;
  }
  const keptContentType = keptValue(service.kept, 'defaultContentType');
  // An imported document without a default content type gets none.
  if (typeof keptContentType === 'string') doc.defaultContentType = keptContentType;
  else if (!service.kept) doc.defaultContentType = 'application/json';

  const msgKey = (eventId: Id) => ctx.messageKeys.get(eventId)!;
  const channels: Obj = {};
  const usedEvents = new Set<Id>();
  for (const shared of topics) {
    const topic = asThisDocumentSaysIt(service.kept, 'channels', shared);
    const eventIds = [...channelEvents.get(topic.id)!].sort((a, b) => (msgKey(a) < msgKey(b) ? -1 : 1));
    const messageRefs: Obj = {};
    for (const id of eventIds) {
      messageRefs[msgKey(id)] = { $ref: `#/components/messages/${pointerSegment(msgKey(id))}` };
      usedEvents.add(id);
    }
    const keptServers = keptValue(topic.kept, 'servers');
    const serverKeys = topic.kept
      ? (Array.isArray(keptServers) ? keptServers : []).map((id) => (typeof id === 'string' ? serverKey.get(id) : undefined)).filter((k): k is string => k !== undefined)
      : servers.filter(([, s]) => serves(s, topic)).map(([key]) => key);
    const serverRefs = [...new Set(serverKeys)].map((key) => ({ $ref: `#/servers/${pointerSegment(key)}` }));
    channels[topic.id] = channelObject({ topic, messageRefs, serverRefs, subscriptions: subs, topicById: (id) => index.topics.get(id) });
  }
  if (topics.length) doc.channels = channels;

  const refsOf = (topic: Topic, ids: Id[]) =>
    ids.filter((id) => index.events.has(id)).map((id) => ({ $ref: `#/channels/${topic.id}/messages/${pointerSegment(msgKey(id))}` }));
  const operations: Obj = {};
  const ops: [string, Obj][] = [];
  for (const p of pubs) {
    const topic = index.topics.get(p.topicId)!;
    // No summary or description is written for the user: the operation's id and fields say it all.
    const op: Obj = { action: 'send', channel: { $ref: `#/channels/${topic.id}` } };
    // An imported operation that named no messages (all of its channel's) still names none.
    const every = keptValue(p.kept, X.everyMessage) === true && sameJson([...p.eventIds].sort(), [...(topic.declaredEventIds ?? [])].sort());
    if (!every) op.messages = refsOf(topic, p.eventIds);
    keptOperation(op, p.kept, undefined, false);
    if (!every) delete op[X.everyMessage];
    if (p.viaOutbox !== undefined) op[X.outbox] = p.viaOutbox;
    if (p.triggeredBy !== undefined) op[X.triggeredBy] = [...p.triggeredBy];
    ops.push([p.id, op]);
  }
  for (const s of subs) {
    const topic = index.topics.get(s.topicId)!;
    const dlq = s.deadLetterTopicId ? index.topics.get(s.deadLetterTopicId) : undefined;
    const handled = handledEventIds(design, s, index);
    const op: Obj = { action: 'receive', channel: { $ref: `#/channels/${topic.id}` } };
    // No `messages` = every message of the channel: the design's "absent = every event on the topic".
    if (s.eventIds) op.messages = refsOf(topic, s.eventIds);
    if (s.kept) keptOperation(op, s.kept, topic.broker === 'kafka' ? s.consumerGroup : undefined, true);
    else if (s.consumerGroup !== undefined && topic.broker === 'kafka')
      op.bindings = { kafka: { groupId: { type: 'string', enum: [s.consumerGroup] }, bindingVersion: '0.5.0' } };
    else if (topic.broker === 'rabbitmq') op.bindings = { amqp: { ack: true, bindingVersion: '0.3.0' } };
    if (s.consumerGroup !== undefined && topic.broker !== 'kafka') op[X.consumerGroup] = s.consumerGroup;
    if (s.idempotencyKey !== undefined) op[X.idempotencyKey] = s.idempotencyKey;
    if (s.maxRetries !== undefined) op[X.maxRetries] = s.maxRetries;
    if (dlq) op[X.deadLetterChannel] = dlq.id;
    ops.push([s.id, op]);
    if (dlq) {
      const dlqOp: Obj = {
        action: 'send',
        channel: { $ref: `#/channels/${dlq.id}` },
        messages: refsOf(dlq, handled),
      };
      dlqOp[X.deadLetterOf] = s.id;
      ops.push([dlqOps.get(s.id)!, dlqOp]);
    }
  }
  ops.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [key, op] of ops) operations[key] = op;
  if (ops.length) doc.operations = operations;

  // Reply channel and messages: the ids the importer wrote, pointed at what this document writes.
  for (const [key, op] of ops) {
    const reply = op.reply;
    if (reply === null || typeof reply !== 'object' || Array.isArray(reply)) continue;
    const own = [...pubs, ...subs].find((x) => x.id === key);
    const target = replyTarget(own?.kept, index);
    const r = reply as Obj;
    delete r.channel;
    delete r.messages;
    if (target) {
      r.channel = { $ref: `#/channels/${target.topicId}` };
      if (target.eventIds) r.messages = target.eventIds.filter((id) => usedEvents.has(id)).map((id) => ({ $ref: `#/channels/${target.topicId}/messages/${pointerSegment(msgKey(id))}` }));
    }
  }

  const components: Obj = {};
  const keptComponents = keptValue(service.kept, 'components');
  if (keptComponents !== null && typeof keptComponents === 'object' && !Array.isArray(keptComponents)) withKept(components, keptComponents as Kept);
  const messages: Obj = {};
  for (const id of [...usedEvents].sort((a, b) => (msgKey(a) < msgKey(b) ? -1 : 1))) {
    const event = index.events.get(id)!;
    const own = asThisDocumentSaysIt(service.kept, 'messages', event);
    messages[msgKey(id)] = own === event ? ctx.messages.get(id)! : messageComponent(design, own, msgKey(id)).component;
  }
  if (usedEvents.size) components.messages = messages;
  if (Object.keys(components).length) doc.components = components;
  withKept(doc, service.kept, ['servers', 'components', 'channels', 'messages', X.declaredChannels]);
  referToSchemes(doc, components.securitySchemes);
  return doc;
}

/**
 * Security requirements that are exactly one of the document's security schemes are written as a
 * `$ref` to it, as documents say them (import keeps them resolved); one with its own `scopes`
 * (a 2.x requirement with scopes, or written inline) stays inline, as the official converter does.
 */
function referToSchemes(doc: Obj, schemes: Json): void {
  if (schemes === null || typeof schemes !== 'object' || Array.isArray(schemes)) return;
  const named = Object.entries(schemes as Obj);
  if (!named.length) return;
  const refer = (holder: Json) => {
    if (holder === null || typeof holder !== 'object' || Array.isArray(holder)) return;
    const h = holder as Obj;
    if (!Array.isArray(h.security)) return;
    h.security = h.security.map((requirement) => {
      const name = named.find(([, scheme]) => sameJson(scheme, requirement))?.[0];
      return name === undefined ? requirement : { $ref: `#/components/securitySchemes/${pointerSegment(name)}` };
    });
  };
  for (const group of [doc.servers, doc.operations]) if (group !== null && typeof group === 'object') for (const element of Object.values(group as Obj)) refer(element);
}

/**
 * A shared channel or message as this service's document said it, when it said it differently from
 * the design's (imported from several documents): its description and kept fields are the
 * document's own (import keeps them by design id in the service's `channels` / `messages`).
 */
function asThisDocumentSaysIt<T extends Topic | EventType>(kept: Kept | undefined, where: 'channels' | 'messages', element: T): T {
  const all = keptValue(kept, where);
  if (all === null || typeof all !== 'object' || Array.isArray(all) || !Object.hasOwn(all, element.id)) return element;
  const own = all[element.id];
  if (own === null || typeof own !== 'object' || Array.isArray(own)) return element;
  const { description, ...rest } = own;
  return { ...element, description: typeof description === 'string' ? description : undefined, kept: rest };
}

/** What an operation kept: its own words, security, tags, bindings (with the design's consumer group) and reply. */
function keptOperation(op: Obj, kept: Kept | undefined, group: string | undefined, receive: boolean): void {
  if (!kept) return;
  const bindings = keptValue(kept, 'bindings');
  const isObject = bindings !== null && typeof bindings === 'object' && !Array.isArray(bindings);
  if (receive && (isObject || group !== undefined)) {
    const b = kafkaOperationBindings(isObject ? (bindings as Obj) : {}, group);
    if (Object.keys(b).length) op.bindings = b;
  }
  withKept(op, kept);
  op[X.kept] = true;
}

/** The reply channel (a topic id) and messages (event ids) an imported operation kept, if they still exist. */
function replyTarget(kept: Kept | undefined, index: DesignIndex): { topicId: Id; eventIds?: Id[] } | undefined {
  const reply = keptValue(kept, 'reply');
  if (reply === null || typeof reply !== 'object' || Array.isArray(reply)) return undefined;
  const ref = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as Obj).$ref === 'string' ? ((v as Obj).$ref as string) : '');
  const channel = /^#\/channels\/([^/]+)$/.exec(ref(reply.channel));
  if (!channel || !index.topics.has(channel[1])) return undefined;
  const topicId = channel[1];
  if (!Array.isArray(reply.messages)) return { topicId };
  const eventIds = reply.messages.map((m) => /^#\/channels\/[^/]+\/messages\/([^/]+)$/.exec(ref(m))?.[1]).filter((id): id is Id => !!id && index.events.has(id));
  return { topicId, eventIds };
}

const protocolOf = (x: { protocol?: string; broker: Server['broker'] }) => x.protocol ?? PROTOCOL[x.broker];

/** A server serves a topic when they speak the same protocol (or, without one, use the same broker). */
function serves(server: Server, topic: Topic): boolean {
  return protocolOf(server) === protocolOf(topic) || (server.broker === topic.broker && server.broker !== 'generic');
}

/**
 * The servers of a document, by the keys it writes them under: the ones its import kept (under the
 * document's own keys; an older design kept a list of ids, written under the ids), else those
 * serving its topics. Servers that say the same (merged services often share one) are written
 * once: the parser refuses duplicates. `keyOf` gives every design server id its key here.
 */
function documentServers(design: Design, service: Service, topics: Topic[]): { servers: [string, Server][]; keyOf: Map<Id, string> } {
  const kept = keptValue(service.kept, 'servers');
  const all = new Map((design.servers ?? []).filter((s) => s.host).map((s) => [s.id, s]));
  let chosen: [string, Server][];
  if (Array.isArray(kept)) chosen = kept.filter((id): id is string => typeof id === 'string' && all.has(id)).map((id) => [id, all.get(id)!]);
  else if (kept !== null && typeof kept === 'object') chosen = Object.keys(kept).filter((k) => typeof kept[k] === 'string' && all.has(kept[k] as string)).map((k) => [k, all.get(kept[k] as string)!]);
  else chosen = [...all.values()].filter((s) => topics.some((t) => serves(s, t))).map((s) => [s.id, s]);
  chosen.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const written = new Map<string, string>();
  const keyOf = new Map<Id, string>();
  const servers: [string, Server][] = [];
  for (const [key, s] of chosen) {
    const same = written.get(JSON.stringify(serverObject(s)));
    if (same !== undefined || keyOf.has(s.id)) {
      if (!keyOf.has(s.id)) keyOf.set(s.id, same!);
      continue;
    }
    written.set(JSON.stringify(serverObject(s)), key);
    keyOf.set(s.id, key);
    servers.push([key, s]);
  }
  return { servers, keyOf };
}

function serverObject(s: Server): Obj {
  const server: Obj = { host: s.host, protocol: protocolOf(s) };
  if (s.protocolVersion !== undefined) server.protocolVersion = s.protocolVersion;
  if (s.description) server.description = s.description;
  withKept(server, s.kept);
  if (s.kept) server[X.kept] = true;
  server[X.broker] = s.broker;
  return server;
}
