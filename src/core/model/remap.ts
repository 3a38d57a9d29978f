// Adding one piece of design to another (paste, merge of an import): the piece's ids are renamed
// to fresh ones, its edges follow the renames, and everything is appended.
import { DECLARED_CHANNELS, type Design, type Id, type Json, type Kept, type Position, type Publication, type Subscription, type Topic } from './types';

/** What a rename map says of an id: its new id, or undefined when it points outside the piece. */
export type Rename = (id: Id) => Id | undefined;

/** A topic's declared events follow renames; events outside the piece are dropped from it. */
export function remapTopic(t: Topic, id: Id, rename: Rename): Topic {
  const out: Topic = { ...t, id };
  const declared = t.declaredEventIds?.map(rename).filter((e): e is Id => e !== undefined);
  if (declared === undefined) delete out.declaredEventIds;
  else out.declaredEventIds = declared;
  return out;
}

export function remapSubscription(s: Subscription, id: Id, rename: Rename): Subscription {
  const out: Subscription = { ...s, id, serviceId: rename(s.serviceId) ?? s.serviceId, topicId: rename(s.topicId) ?? s.topicId };
  if (s.eventIds) out.eventIds = s.eventIds.map((e) => rename(e) ?? e);
  const deadLetter = s.deadLetterTopicId === undefined ? undefined : rename(s.deadLetterTopicId);
  if (deadLetter === undefined) delete out.deadLetterTopicId;
  else out.deadLetterTopicId = deadLetter;
  return out;
}

export function remapPublication(p: Publication, id: Id, rename: Rename): Publication {
  const out: Publication = { ...p, id, serviceId: rename(p.serviceId) ?? p.serviceId, topicId: rename(p.topicId) ?? p.topicId, eventIds: p.eventIds.map((e) => rename(e) ?? e) };
  const triggeredBy = p.triggeredBy?.map(rename).filter((t): t is Id => t !== undefined);
  if (triggeredBy === undefined) delete out.triggeredBy;
  else out.triggeredBy = triggeredBy;
  return out;
}

export type Parts = Pick<Design, 'services' | 'topics' | 'events' | 'publications' | 'subscriptions'>;

/** The design with the parts appended and the new nodes placed. */
export function appendParts(design: Design, parts: Parts, positions: Record<Id, Position>): Design {
  return {
    ...design,
    services: [...design.services, ...parts.services],
    topics: [...design.topics, ...parts.topics],
    events: [...design.events, ...parts.events],
    publications: [...design.publications, ...parts.publications],
    subscriptions: [...design.subscriptions, ...parts.subscriptions],
    layout: { ...design.layout, nodes: { ...design.layout.nodes, ...positions } },
  };
}

/**
 * What an element kept from an imported AsyncAPI document names design elements by id (types.ts
 * `Kept`): a reply's channel and messages (`#/channels/<topic>`, `#/channels/<topic>/messages/<event>`),
 * the servers of a channel (a list of server ids) or of a document (its keys → server ids), and a
 * service's own words for shared channels and messages (by topic and event id), the channels its
 * document declared without an operation (DECLARED_CHANNELS). A copy with those
 * ids renamed; ids the rename does not know stay as they were (export ignores what is gone).
 */
export function remapKept(kept: Kept | undefined, rename: Rename, renameServer: Rename): Kept | undefined {
  if (!kept) return kept;
  const out: Kept = { ...kept };
  const r = (id: string) => rename(id) ?? id;
  const rs = (id: Json) => (typeof id === 'string' ? renameServer(id) ?? id : id);
  const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
  const reply = Object.hasOwn(kept, 'reply') ? kept.reply : undefined;
  if (isObject(reply)) {
    const ref = (v: Json) => (isObject(v) && typeof v.$ref === 'string' ? v.$ref : undefined);
    const next: { [key: string]: Json } = { ...reply };
    const channel = ref(reply.channel ?? null)?.match(/^#\/channels\/([^/]+)$/);
    if (channel) next.channel = { $ref: `#/channels/${r(channel[1])}` };
    if (Array.isArray(reply.messages))
      next.messages = reply.messages.map((m) => {
        const parts = ref(m)?.match(/^#\/channels\/([^/]+)\/messages\/([^/]+)$/);
        return parts ? { $ref: `#/channels/${r(parts[1])}/messages/${r(parts[2])}` } : m;
      });
    out.reply = next;
  }
  const servers = Object.hasOwn(kept, 'servers') ? kept.servers : undefined;
  if (Array.isArray(servers)) out.servers = servers.map(rs);
  else if (isObject(servers)) out.servers = Object.fromEntries(Object.entries(servers).map(([k, id]) => [k, rs(id)]));
  for (const key of ['channels', 'messages'] as const) {
    const byId = Object.hasOwn(kept, key) ? kept[key] : undefined;
    if (isObject(byId)) out[key] = Object.fromEntries(Object.entries(byId).map(([id, v]) => [r(id), v]));
  }
  const declared = Object.hasOwn(kept, DECLARED_CHANNELS) ? kept[DECLARED_CHANNELS] : undefined;
  if (Array.isArray(declared)) out[DECLARED_CHANNELS] = declared.map((id) => (typeof id === 'string' ? r(id) : id));
  return out;
}
