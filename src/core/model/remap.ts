// Adding one piece of design to another (paste, merge of an import): the piece's ids are renamed
// to fresh ones, its edges follow the renames, and everything is appended.
import type { Design, Id, Position, Publication, Subscription, Topic } from './types';

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
