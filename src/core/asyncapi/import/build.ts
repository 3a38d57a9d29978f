// RawDocs → one design: services from `info.title`, topics merged on channel address, events on
// message name, operations become publications and subscriptions (§4.1).
import { X } from '../vocabulary';
import { slugify, uniqueId } from '../../model/ids';
import { ID_PATTERN, type Json, type Kept, type Design, type EventType, type Id, type Publication, type Server, type Service, type Subscription, type Topic } from '../../model/types';
import { eventOf, hasKafkaKey } from './event';
import { linkDeadLetters } from './dead-letters';
import type { RawChannel, RawDoc, RawMessage, RawOperation } from './raw';
import { isObj, type Resolver } from './refs';
import { isOurs, keeps, serversOf, topicOf, type ServerDraft } from './topics';
import { convertScheme, keepBindings, convertSecurity, INFO_MODELLED, keepOf, OPERATION_MODELLED, withTraits } from './keep';
import { lastSegment } from './read-v3';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Fills what `into` lacks from `from`: later documents complete, never overwrite, earlier ones. */
function fill<T extends object>(into: T, from: T): void {
  for (const [k, v] of Object.entries(from)) if ((into as Record<string, unknown>)[k] === undefined && v !== undefined) (into as Record<string, unknown>)[k] = v;
}

class Ids {
  taken = new Set<Id>();
  /** The preferred id when it is a valid, free id; else a unique one derived from it or the name. */
  take(preferred: string | undefined, name: string, fallback: string): Id {
    let id: Id;
    if (preferred && ID_PATTERN.test(preferred) && !this.taken.has(preferred)) id = preferred;
    else id = uniqueId(preferred && ID_PATTERN.test(preferred) ? preferred : slugify(name, fallback), this.taken);
    this.taken.add(id);
    return id;
  }
}

function serviceOf(doc: RawDoc, resolver?: Resolver): Omit<Service, 'id'> & { preferredId?: string } {
  const info = doc.info;
  const name = str(info.title)?.trim() || doc.path.split('/').pop()!.replace(/\.[^.]+$/, '');
  const service: Omit<Service, 'id'> & { preferredId?: string } = { name };
  if (str(info[X.id])) service.preferredId = info[X.id] as string;
  if (str(info.description) !== undefined && info[X.generatedDescription] !== true) service.description = info.description as string;
  if (str(info[X.owner]) !== undefined) service.owner = info[X.owner] as string;
  if (str(info[X.domain]) !== undefined) service.domain = info[X.domain] as string;
  if (str(info.version) !== undefined) service.version = info.version as string;
  if (typeof info[X.ownsState] === 'boolean') service.ownsState = info[X.ownsState] as boolean;
  if (resolver && keeps(doc, info)) service.kept = documentKept(doc, resolver);
  const tagList = Array.isArray(info.tags) ? info.tags : doc.major === 2 && Array.isArray(doc.obj.tags) ? doc.obj.tags : undefined;
  if (tagList) {
    const tags = tagList.map((t) => (isObj(t) ? str(t.name) : undefined)).filter((t): t is string => !!t);
    if (tags.length) service.tags = [...new Set(tags)];
  }
  return service;
}

/** What the document says beyond its servers, channels and operations (kept by its service). */
function documentKept(doc: RawDoc, resolver: Resolver): Kept {
  const top = keepOf(doc.obj, ['asyncapi', 'info', 'servers', 'channels', 'operations', 'components', 'tags', 'externalDocs']);
  const info = keepOf(resolver.inline(doc.info, doc.path) as Record<string, unknown>, INFO_MODELLED);
  // 2.x keeps tags and externalDocs at the top; 3.0 moved them into info.
  if (doc.major === 2) for (const k of ['tags', 'externalDocs']) if (doc.obj[k] !== undefined) info[k] = resolver.inline(doc.obj[k], doc.path) as Json;
  const kept: Kept = { ...top };
  if (Object.keys(info).length) kept.info = info;
  const schemes = Object.entries(doc.securitySchemes);
  if (schemes.length) kept.components = { securitySchemes: Object.fromEntries(schemes.map(([k, v]) => [k, (doc.major === 2 ? convertScheme(v) : v) as Json])) };
  return kept;
}

/** An operation's own words, bindings, security… (traits applied); its channel, messages and reply are the design's. */
function operationKept(op: RawOperation, doc: RawDoc, resolver: Resolver, warnings: string[]): Kept {
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(op.obj)) if (!['message', 'messages', 'channel', 'reply'].includes(k)) rest[k] = v;
  const effective = withTraits(rest, op.file, resolver);
  const kept = keepOf(effective, OPERATION_MODELLED);
  keepBindings(kept, effective, `${op.file}: operation ${op.key}`, warnings);
  if (op.action === 'send' && op.messages === undefined && op.obj[X.everyMessage] !== false) kept[X.everyMessage] = true;
  if (doc.major === 2 && effective.security !== undefined) {
    const security = convertSecurity(effective.security, doc.securitySchemes);
    if (security) kept.security = security;
  }
  return kept;
}

function designMeta(docs: RawDoc[]): Pick<Design, 'id' | 'name' | 'version' | 'description'> {
  const own = docs.map((d) => d.info[X.design]).find(isObj);
  if (own && str(own.name)) {
    const meta: Pick<Design, 'id' | 'name' | 'version' | 'description'> = {
      id: str(own.id) && ID_PATTERN.test(own.id as string) ? (own.id as string) : slugify(own.name as string, 'design'),
      name: own.name as string,
      version: str(own.version) ?? '1.0.0',
    };
    if (str(own.description) !== undefined) meta.description = own.description as string;
    return meta;
  }
  const name = docs.length === 1 ? str(docs[0].info.title)?.trim() || 'Imported system' : 'Imported system';
  const version = docs.length === 1 ? str(docs[0].info.version) ?? '1.0.0' : '1.0.0';
  return { id: slugify(name, 'design'), name, version };
}

/**
 * Which topic a channel is: channels of several documents with one address are one topic; several
 * channels with one address in one document (Kraken's `/`, one per message kind) are one topic each.
 */
function topicKeys(docs: RawDoc[]): Map<RawChannel, string> {
  const keys = new Map<RawChannel, string>();
  for (const doc of docs) {
    const count = new Map<string, number>();
    for (const ch of doc.channels) count.set(ch.address, (count.get(ch.address) ?? 0) + 1);
    for (const ch of doc.channels) keys.set(ch, count.get(ch.address)! > 1 ? `${ch.address}\u0000${ch.key}` : ch.address);
  }
  return keys;
}

/** A channel or message as one document says it: its description and what it keeps. */
interface OwnView { description?: string; kept?: Kept }
const sameView = (a: OwnView, b: OwnView) => a.description === b.description && JSON.stringify(a.kept ?? null) === JSON.stringify(b.kept ?? null);
/** What a service keeps for a channel or message its document says differently: the kept fields and the description. */
const overrideOf = (own: OwnView): Kept => ({ ...(own.kept ?? {}), ...(own.description !== undefined ? { description: own.description } : {}) });

export function buildDesign(docs: RawDoc[], resolver: Resolver, warnings: string[]): Design {
  const ids = new Ids();
  const topicKey = topicKeys(docs);
  // Pass 1: entities, merged across documents.
  const services = new Map<string, ReturnType<typeof serviceOf>>();
  const topics = new Map<string, Omit<Topic, 'id'> & { preferredId: string }>();
  const events = new Map<string, ReturnType<typeof eventOf>>();
  const servers: ServerDraft[] = [];
  const serverDrafts = new Map<RawDoc, Map<string, ServerDraft>>();
  const channelViews = new Map<RawChannel, OwnView>();
  const messageViews = new Map<RawMessage, OwnView>();
  const messageDrafts = new Map<unknown, { keep: boolean; draft: ReturnType<typeof eventOf> }>();
  for (const doc of docs) {
    const s = serviceOf(doc, resolver);
    const key = s.name.toLowerCase();
    if (services.has(key)) fill(services.get(key)!, s);
    else services.set(key, s);
    for (const ch of doc.channels) {
      const t = { ...topicOf(ch, doc, resolver), preferredId: ch.key };
      // A channel that shares its address in its document is named by its key; the address is kept.
      if (topicKey.get(ch) !== ch.address) {
        t.name = ch.key;
        t.kept = { ...(t.kept ?? {}), address: ch.address };
      }
      channelViews.set(ch, { description: t.description, kept: t.kept ? { ...t.kept } : undefined });
      const existing = topics.get(topicKey.get(ch)!);
      if (!existing) topics.set(topicKey.get(ch)!, t);
      else {
        fill(existing, t);
        if (t.kind === 'dead-letter') existing.kind = 'dead-letter';
      }
      for (const m of ch.messages) {
        const keep = keeps(doc, m.obj);
        const known = messageDrafts.get(m.obj);
        // One message object (a shared file's) is read once; the same message written again in another document is read again.
        const draft = known && known.keep === keep ? known.draft : eventOf(m, resolver, warnings, keep);
        if (!known) messageDrafts.set(m.obj, { keep, draft });
        messageViews.set(m, { description: draft.description, kept: draft.kept });
        if (!events.has(m.name)) events.set(m.name, draft);
      }
    }
    // Documents of one system often repeat the same server: it is one server when it says the same.
    const keyOf = (x: ServerDraft) => JSON.stringify([x.host, x.protocol ?? x.broker, x.protocolVersion, x.description, x.kept ?? null]);
    const mine = new Map<string, ServerDraft>();
    for (const server of serversOf(doc, resolver)) {
      const same = servers.find((x) => keyOf(x) === keyOf(server));
      if (!same) servers.push(server);
      mine.set(server.key, same ?? server);
    }
    serverDrafts.set(doc, mine);
  }

  const serviceList: Service[] = [...services.values()].map(({ preferredId, ...s }) => ({ id: ids.take(preferredId, s.name, 'service'), ...s }));
  const topicByAddress = new Map<string, Topic>();
  for (const [key, { preferredId, ...t }] of topics) topicByAddress.set(key, { id: ids.take(preferredId, t.name, 'topic'), ...t });
  const eventByName = new Map<string, EventType>();
  for (const [name, { preferredId, ...e }] of events) eventByName.set(name, { id: ids.take(preferredId, e.name, 'event'), ...e });
  const serverIds = new Map<ServerDraft, Id>();
  const serverList: Server[] = servers.map((draft) => {
    const { key, pathname: _pathname, ...s } = draft;
    const server = { id: ids.take(key, key, 'server'), ...s };
    serverIds.set(draft, server.id);
    return server;
  });
  const serverIdsOf = (doc: RawDoc, keys: string[]) =>
    [...new Set(keys.map((k) => serverDrafts.get(doc)!.get(k)).filter((d): d is ServerDraft => !!d).map((d) => serverIds.get(d)!))];
  // What each topic, service and server keeps refers to design ids, known only now. A service keeps
  // its document's servers by the document's own keys: one design server may have a different key
  // in each document, and servers renamed apart in the design keep their key in their document.
  for (const doc of docs) {
    const service = services.get(serviceOf(doc).name.toLowerCase())!;
    if (service.kept && service.kept.servers === undefined) {
      const mine = serverDrafts.get(doc)!;
      // (fromEntries: a key such as `__proto__` stays a key.)
      service.kept.servers = Object.fromEntries(doc.servers.filter((s) => mine.has(s.key)).map((s) => [s.key, serverIds.get(mine.get(s.key)!)!]));
    }
    for (const ch of doc.channels) {
      const topic = topicByAddress.get(topicKey.get(ch)!)!;
      if (!keeps(doc, ch.obj)) continue;
      const view = channelViews.get(ch)!;
      if (ch.serverKeys) view.kept = { ...(view.kept ?? {}), servers: serverIdsOf(doc, ch.serverKeys) };
      if (topic.kept && ch.serverKeys && topic.kept.servers === undefined) topic.kept.servers = serverIdsOf(doc, ch.serverKeys);
      const declared = new Set(topic.declaredEventIds ?? []);
      for (const m of ch.messages) declared.add(eventByName.get(m.name)!.id);
      if (declared.size) topic.declaredEventIds = [...declared];
    }
  }
  // Documents that say a shared channel or message differently (each from its service's side):
  // the design holds one; each other document's words are kept by its service and written back
  // into its document (export: `channels` and `messages`, by design id).
  for (const doc of docs) {
    const service = services.get(serviceOf(doc).name.toLowerCase())!;
    if (!service.kept) continue;
    const channels: [string, Kept][] = [];
    const messages: [string, Kept][] = [];
    for (const ch of doc.channels) {
      const topic = topicByAddress.get(topicKey.get(ch)!)!;
      const view = channelViews.get(ch)!;
      if (keeps(doc, ch.obj) && !sameView(view, topic)) channels.push([topic.id, overrideOf(view)]);
      for (const m of ch.messages) {
        const event = eventByName.get(m.name)!;
        const mine = messageViews.get(m)!;
        if (keeps(doc, m.obj) && !sameView(mine, event) && !messages.some(([id]) => id === event.id)) messages.push([event.id, overrideOf(mine)]);
      }
    }
    if (channels.length && service.kept.channels === undefined) service.kept.channels = Object.fromEntries(channels);
    if (messages.length && service.kept.messages === undefined) service.kept.messages = Object.fromEntries(messages);
  }

  // Pass 2: operations, per document (their references are local to it).
  const publications: Publication[] = [];
  const subscriptions: Subscription[] = [];
  for (const doc of docs) {
    const service = serviceList.find((s) => s.name.toLowerCase() === serviceOf(doc).name.toLowerCase())!;
    const topicOfKey = new Map(doc.channels.map((c) => [c.key, topicByAddress.get(topicKey.get(c)!)!]));
    const eventIdsOf = (op: RawOperation) => {
      const list = op.messages ?? doc.channels.find((c) => c.key === op.channelKey)!.messages;
      return [...new Set(list.map((m) => eventByName.get(m.name)!.id))];
    };
    const receives = doc.operations.filter((o) => o.action === 'receive');
    const deadLetterSends = new Map<RawOperation, RawOperation>();
    for (const op of doc.operations) {
      if (op.action !== 'send') continue;
      const of = str(op.obj[X.deadLetterOf]);
      const recv = receives.find((r) => r.key === of) ?? receives.find((r) => op.key === `${r.key}-dead-letter`);
      if (recv) deadLetterSends.set(op, recv);
    }
    const subOfKey = new Map<string, Subscription>();
    for (const op of receives) {
      const topic = topicOfKey.get(op.channelKey)!;
      const sub: Subscription = { id: ids.take(op.key, `${service.id}-consumes-${topic.id}`, 'subscription'), topicId: topic.id, serviceId: service.id };
      if (op.messages) sub.eventIds = eventIdsOf(op);
      const group = consumerGroupOf(op, resolver);
      if (group !== undefined) sub.consumerGroup = group;
      if (str(op.obj[X.idempotencyKey]) !== undefined) sub.idempotencyKey = op.obj[X.idempotencyKey] as string;
      if (typeof op.obj[X.maxRetries] === 'number') sub.maxRetries = op.obj[X.maxRetries] as number;
      if (keeps(doc, op.obj)) sub.kept = { ...operationKept(op, doc, resolver, warnings), ...replyOf(op, doc, resolver, topicOfKey, eventByName) };
      subscriptions.push(sub);
      subOfKey.set(op.key, sub);
    }
    for (const op of doc.operations) {
      if (op.action !== 'send' || deadLetterSends.has(op)) continue;
      const topic = topicOfKey.get(op.channelKey)!;
      const pub: Publication = { id: ids.take(op.key, `${service.id}-publishes-${topic.id}`, 'publication'), serviceId: service.id, topicId: topic.id, eventIds: eventIdsOf(op) };
      if (typeof op.obj[X.outbox] === 'boolean') pub.viaOutbox = op.obj[X.outbox] as boolean;
      if (keeps(doc, op.obj)) pub.kept = { ...operationKept(op, doc, resolver, warnings), ...replyOf(op, doc, resolver, topicOfKey, eventByName) };
      const triggers = op.obj[X.triggeredBy];
      if (Array.isArray(triggers)) {
        pub.triggeredBy = triggers
          .map((t) => (typeof t === 'string' ? t : isObj(t) && typeof t.$ref === 'string' ? lastSegment(t.$ref) : ''))
          .map((k) => subOfKey.get(k)?.id)
          .filter((id): id is Id => !!id);
      }
      publications.push(pub);
    }
    linkDeadLetters({ doc, receives, subOfKey, deadLetterSends, topicOfKey, topicByAddress, ids, resolver });
  }

  // A channel its document declares with no operation of the document on it is still that
  // document's: its service lists the topic, and export writes the channel back into it.
  for (const doc of docs) {
    const service = serviceList.find((s) => s.name.toLowerCase() === serviceOf(doc).name.toLowerCase())!;
    if (!service.kept) continue;
    const used = new Set<Id>();
    for (const e of [...publications, ...subscriptions]) {
      if (e.serviceId !== service.id) continue;
      used.add(e.topicId);
      const reply = e.kept?.reply;
      const channel = isObj(reply) && isObj(reply.channel) && typeof reply.channel.$ref === 'string' ? reply.channel.$ref.match(/^#\/channels\/([^/]+)$/) : null;
      if (channel) used.add(channel[1]);
    }
    const listed = service.kept[X.declaredChannels];
    const declared = new Set<Id>(Array.isArray(listed) ? (listed as Id[]) : []);
    for (const ch of doc.channels) {
      const id = topicByAddress.get(topicKey.get(ch)!)!.id;
      if (!used.has(id)) declared.add(id);
    }
    if (declared.size) service.kept[X.declaredChannels] = [...declared];
  }

  // A Kafka message key alone marks the topics carrying it as keyed (documents not written by us).
  for (const doc of docs)
    for (const ch of doc.channels) {
      const topic = topicByAddress.get(topicKey.get(ch)!)!;
      if (ch.obj[X.broker] !== undefined || topic.broker !== 'kafka' || topic.partitionKey) continue;
      if (ch.messages.some((m) => hasKafkaKey(m, resolver))) topic.keyedByMessageKey = true;
    }

  markExternal(docs, (ch) => topicByAddress.get(topicKey.get(ch)!)!, publications, subscriptions);

  const topicList = [...topicByAddress.values()];
  const layout: Design['layout'] = { nodes: {} };
  serviceList.forEach((s, i) => (layout.nodes[s.id] = { x: 0, y: i * 140 }));
  topicList.filter((t) => t.kind === 'stream').forEach((t, i) => (layout.nodes[t.id] = { x: 360, y: i * 140 }));
  topicList.filter((t) => t.kind === 'dead-letter').forEach((t, i) => (layout.nodes[t.id] = { x: 720, y: i * 140 }));

  const design: Design = {
    ...designMeta(docs),
    services: serviceList,
    topics: topicList,
    events: [...eventByName.values()],
    publications,
    subscriptions,
    layout,
  };
  if (serverList.length) design.servers = serverList;
  return design;
}

/**
 * An AsyncAPI document describes one application. A channel that only one of the imported
 * services uses leads out of the imported system: whoever is on its other side is described
 * elsewhere (or nowhere), so the topic is marked external and its unconsumed / unproduced events
 * are info, not warnings. Our own documents say which topics are external themselves
 * (`x-eventsmith-external`), so a design comes back from its export as it was.
 */
function markExternal(docs: RawDoc[], topicOf: (ch: RawChannel) => Topic, publications: Publication[], subscriptions: Subscription[]): void {
  const ours = new Set<Topic>();
  const foreign = new Set<Topic>();
  for (const doc of docs) for (const ch of doc.channels) (isOurs(doc) ? ours : foreign).add(topicOf(ch));
  const users = new Map<Id, Set<Id>>();
  for (const edge of [...publications, ...subscriptions]) {
    const set = users.get(edge.topicId) ?? new Set<Id>();
    set.add(edge.serviceId);
    users.set(edge.topicId, set);
  }
  for (const topic of foreign) {
    if (ours.has(topic) || topic.kind !== 'stream') continue;
    if (users.get(topic.id)?.size === 1) topic.external = true;
  }
}

/**
 * A 3.x `reply`, its channel and messages pointing at design ids (`#/channels/<topic id>`,
 * `#/channels/<topic id>/messages/<event id>`); export points them at what it writes.
 */
function replyOf(op: RawOperation, doc: RawDoc, resolver: Resolver, topicOfKey: Map<string, Topic>, eventByName: Map<string, EventType>): Kept {
  const target = resolver.deref(op.obj.reply, op.file);
  if (!isObj(target.value)) return {};
  const { channel, messages, ...rest } = target.value;
  const reply = keepOf(resolver.inline(rest, target.file) as Record<string, unknown>, []);
  const ch = channel === undefined ? undefined : resolver.deref(channel, target.file).value;
  const raw = doc.channels.find((c) => c.obj === ch);
  const topic = raw ? topicOfKey.get(raw.key) : undefined;
  if (topic) {
    reply.channel = { $ref: `#/channels/${topic.id}` };
    if (Array.isArray(messages)) {
      const refs: Json[] = [];
      for (const m of messages) {
        const value = resolver.deref(m, target.file).value;
        const msg = raw!.messages.find((x) => x.obj === value);
        const event = msg ? eventByName.get(msg.name) : undefined;
        if (event) refs.push({ $ref: `#/channels/${topic.id}/messages/${event.id}` });
      }
      reply.messages = refs;
    }
  }
  return { reply };
}

/** Kafka `groupId` (a schema: its enum, const or default names the group), or our extension. */
function consumerGroupOf(op: RawOperation, resolver: Resolver): string | undefined {
  const bindings = resolver.deref(op.obj.bindings, op.file).value;
  const kafka = isObj(bindings) ? resolver.deref(bindings.kafka, op.file).value : undefined;
  if (isObj(kafka) && kafka.groupId !== undefined) {
    const g = resolver.deref(kafka.groupId, op.file).value;
    if (typeof g === 'string') return g;
    if (isObj(g)) {
      const candidate = Array.isArray(g.enum) ? g.enum[0] : g.const ?? g.default ?? (Array.isArray(g.examples) ? g.examples[0] : undefined);
      if (typeof candidate === 'string') return candidate;
    }
  }
  return str(op.obj[X.consumerGroup]);
}
