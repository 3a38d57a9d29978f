// Pure edit commands: (design, args) => design. The store calls only these, so undo is just the
// previous value and every edit is testable without a DOM.
import { slugify, uniqueId } from './ids';
import { publicationIdBase, subscriptionIdBase } from './id-follow';
import { newEvent, newService, newTopic } from './factories';
import { allIds } from './queries';
import { appendParts, remapKept, remapPublication, remapSubscription, remapTopic } from './remap';
import type { Design, EventType, Id, LintProfile, LintSettings, Position, Publication, Service, Subscription, Topic, TopicKind } from './types';

export type NodeKind = 'service' | 'topic';

function withPosition(design: Design, id: Id, position?: Position): Design['layout'] {
  return position ? { ...design.layout, nodes: { ...design.layout.nodes, [id]: roundPosition(position) } } : design.layout;
}

function roundPosition(p: Position): Position {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

export function addService(design: Design, position?: Position, name?: string): { design: Design; id: Id } {
  const service = newService(design, name);
  return { design: { ...design, services: [...design.services, service], layout: withPosition(design, service.id, position) }, id: service.id };
}

export function addTopic(design: Design, kind: TopicKind, position?: Position, name?: string): { design: Design; id: Id } {
  const topic = newTopic(design, kind, name);
  return { design: { ...design, topics: [...design.topics, topic], layout: withPosition(design, topic.id, position) }, id: topic.id };
}

export function addEvent(design: Design, name?: string): { design: Design; id: Id } {
  const event = newEvent(design, name);
  return { design: { ...design, events: [...design.events, event] }, id: event.id };
}

function patchIn<T extends { id: Id }>(list: T[], id: Id, patch: Partial<Omit<T, 'id'>>): T[] {
  return list.map((item) => (item.id === id ? dropUndefined({ ...item, ...patch } as T) : item));
}

/** Optional fields are absent, never `undefined`, so files and share links stay minimal. */
function dropUndefined<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as (keyof T)[]) if (out[key] === undefined) delete out[key];
  return out;
}

export const updateService = (d: Design, id: Id, patch: Partial<Omit<Service, 'id'>>): Design => ({ ...d, services: patchIn(d.services, id, patch) });
export const updateTopic = (d: Design, id: Id, patch: Partial<Omit<Topic, 'id'>>): Design => ({ ...d, topics: patchIn(d.topics, id, patch) });
export const updateEvent = (d: Design, id: Id, patch: Partial<Omit<EventType, 'id'>>): Design => ({ ...d, events: patchIn(d.events, id, patch) });
export const updatePublication = (d: Design, id: Id, patch: Partial<Omit<Publication, 'id'>>): Design => ({ ...d, publications: patchIn(d.publications, id, patch) });
export const updateSubscription = (d: Design, id: Id, patch: Partial<Omit<Subscription, 'id'>>): Design => ({ ...d, subscriptions: patchIn(d.subscriptions, id, patch) });
/** Sets the design's lint profile as one edit; Review, the default, is stored as no profile. */
export function setLintProfile(d: Design, profile: LintProfile): Design {
  const { profile: _previous, ...rest } = d.lint ?? {};
  const lint: LintSettings = profile === 'review' ? rest : { profile, ...rest };
  return updateDesignInfo(d, { lint: Object.keys(lint).length ? lint : undefined });
}

export const updateDesignInfo = (d: Design, patch: Partial<Pick<Design, 'name' | 'description' | 'owner' | 'version' | 'lint' | 'servers'>>): Design => dropUndefined({ ...d, ...patch });

export type ConnectResult = { design: Design; id: Id } | { error: string };

/** service → topic makes a publication, topic → service a subscription; anything else is refused. */
export function connect(design: Design, sourceId: Id, targetId: Id): ConnectResult {
  const service = (id: Id) => design.services.find((s) => s.id === id);
  const topic = (id: Id) => design.topics.find((t) => t.id === id);
  if (service(sourceId) && topic(targetId)) {
    if (design.publications.some((p) => p.serviceId === sourceId && p.topicId === targetId))
      return { error: 'This service already publishes to that topic.' };
    const id = uniqueId(publicationIdBase(sourceId, targetId), allIds(design));
    const publication: Publication = { id, idFollowsName: true, serviceId: sourceId, topicId: targetId, eventIds: [] };
    return { design: { ...design, publications: [...design.publications, publication] }, id };
  }
  if (topic(sourceId) && service(targetId)) {
    if (design.subscriptions.some((s) => s.topicId === sourceId && s.serviceId === targetId))
      return { error: 'This service already consumes that topic.' };
    const id = uniqueId(subscriptionIdBase(targetId, sourceId), allIds(design));
    const subscription: Subscription = { id, idFollowsName: true, topicId: sourceId, serviceId: targetId, consumerGroup: targetId };
    return { design: { ...design, subscriptions: [...design.subscriptions, subscription] }, id };
  }
  if (service(sourceId) && service(targetId)) return { error: 'Services talk through topics: connect the service to a topic, then the topic to the other service.' };
  if (topic(sourceId) && topic(targetId)) return { error: 'A topic cannot feed another topic: put a service between them.' };
  return { error: 'Connect a service to a topic, or a topic to a service.' };
}

/** Removes entities by id and everything that points at them, so no reference dangles. */
export function removeEntities(design: Design, ids: Iterable<Id>): Design {
  const gone = new Set(ids);
  const services = design.services.filter((s) => !gone.has(s.id));
  const topics = design.topics.filter((t) => !gone.has(t.id));
  const events = design.events.filter((e) => !gone.has(e.id));
  const alive = (serviceId: Id, topicId: Id) => !gone.has(serviceId) && !gone.has(topicId);
  const subscriptions = design.subscriptions
    .filter((s) => !gone.has(s.id) && alive(s.serviceId, s.topicId))
    .map((s) => {
      let next = s;
      if (s.deadLetterTopicId && gone.has(s.deadLetterTopicId)) next = dropUndefined({ ...next, deadLetterTopicId: undefined });
      if (s.eventIds?.some((e) => gone.has(e))) next = { ...next, eventIds: s.eventIds.filter((e) => !gone.has(e)) };
      return next;
    });
  const subIds = new Set(subscriptions.map((s) => s.id));
  const publications = design.publications
    .filter((p) => !gone.has(p.id) && alive(p.serviceId, p.topicId))
    .map((p) => {
      let next = p;
      if (p.eventIds.some((e) => gone.has(e))) next = { ...next, eventIds: p.eventIds.filter((e) => !gone.has(e)) };
      if (p.triggeredBy?.some((t) => !subIds.has(t))) next = { ...next, triggeredBy: p.triggeredBy.filter((t) => subIds.has(t)) };
      return next;
    });
  const nodes: Design['layout']['nodes'] = {};
  for (const [id, pos] of Object.entries(design.layout.nodes)) if (!gone.has(id)) nodes[id] = pos;
  const lint = design.lint?.suppressions?.some((s) => gone.has(s.targetId))
    ? { ...design.lint, suppressions: design.lint.suppressions.filter((s) => !gone.has(s.targetId)) }
    : design.lint;
  return dropUndefined({ ...design, services, topics, events, publications, subscriptions, layout: { ...design.layout, nodes }, lint });
}

/** Where an event is used: publications and subscriptions that name it. */
export function eventUsage(design: Design, eventId: Id): { publications: Publication[]; subscriptions: Subscription[] } {
  return {
    publications: design.publications.filter((p) => p.eventIds.includes(eventId)),
    // A subscription without a list takes every event on its topic: it uses the ones published there.
    subscriptions: design.subscriptions.filter((s) => (s.eventIds ? s.eventIds.includes(eventId) : design.publications.some((p) => p.topicId === s.topicId && p.eventIds.includes(eventId)))),
  };
}

export function moveNodes(design: Design, positions: Record<Id, Position>): Design {
  const nodes = { ...design.layout.nodes };
  for (const [id, p] of Object.entries(positions)) if (Number.isFinite(p.x) && Number.isFinite(p.y)) nodes[id] = roundPosition(p);
  return { ...design, layout: { ...design.layout, nodes } };
}

/** A copied piece of a design: nodes plus the edges and events among them. */
export interface Clipboard {
  kind: 'eventsmith-clipboard';
  services: Service[];
  topics: Topic[];
  events: EventType[];
  publications: Publication[];
  subscriptions: Subscription[];
  positions: Record<Id, Position>;
}

export function copySelection(design: Design, nodeIds: Iterable<Id>): Clipboard {
  const ids = new Set(nodeIds);
  const services = design.services.filter((s) => ids.has(s.id));
  const topics = design.topics.filter((t) => ids.has(t.id));
  const publications = design.publications.filter((p) => ids.has(p.serviceId) && ids.has(p.topicId));
  const subscriptions = design.subscriptions.filter((s) => ids.has(s.serviceId) && ids.has(s.topicId));
  // With the events a copied topic declares (a reply message no publication carries), or the copy's topic loses them.
  const eventIds = new Set([...publications.flatMap((p) => p.eventIds), ...subscriptions.flatMap((s) => s.eventIds ?? []), ...topics.flatMap((t) => t.declaredEventIds ?? [])]);
  const positions: Record<Id, Position> = {};
  for (const id of ids) if (design.layout.nodes[id]) positions[id] = design.layout.nodes[id];
  return { kind: 'eventsmith-clipboard', services, topics, events: design.events.filter((e) => eventIds.has(e.id)), publications, subscriptions, positions };
}

/**
 * Pastes a clipboard as new nodes (fresh ids, names suffixed when taken), offset so the copy is
 * visible. Events already in the design (same name) are reused rather than duplicated.
 */
export function paste(design: Design, clip: Clipboard, offset: Position = { x: 40, y: 40 }): { design: Design; ids: Id[] } {
  const taken = allIds(design);
  const rename = new Map<Id, Id>();
  const fresh = (oldId: Id, name: string) => {
    const id = uniqueId(slugify(name), taken);
    taken.add(id);
    rename.set(oldId, id);
    return id;
  };
  const serviceNames = new Set(design.services.map((s) => s.name.toLowerCase()));
  const topicNames = new Set(design.topics.map((t) => t.name.toLowerCase()));
  const suffix = (name: string, names: Set<string>) => {
    let candidate = name;
    for (let n = 2; names.has(candidate.toLowerCase()); n++) candidate = `${name}${n}`;
    names.add(candidate.toLowerCase());
    return candidate;
  };
  const services = clip.services.map((s) => {
    const name = suffix(s.name, serviceNames);
    return { ...s, id: fresh(s.id, name), name };
  });
  const topics = clip.topics.map((t) => {
    const name = suffix(t.name, topicNames);
    return { ...t, id: fresh(t.id, name), name };
  });
  const byName = new Map(design.events.map((e) => [e.name, e.id]));
  const events: EventType[] = [];
  for (const e of clip.events) {
    const existing = byName.get(e.name);
    if (existing) rename.set(e.id, existing);
    else events.push({ ...e, id: fresh(e.id, e.name) });
  }
  const map = (id: Id) => rename.get(id) ?? id;
  // Edges of the copy point only at copied nodes: a dead-letter topic or trigger left behind is dropped.
  const inCopy = (id: Id) => rename.get(id);
  const subscriptions = clip.subscriptions.map((s) => remapSubscription(s, fresh(s.id, `${map(s.serviceId)}-consumes-${map(s.topicId)}`), inCopy));
  const publications = clip.publications.map((p) => remapPublication(p, fresh(p.id, `${map(p.serviceId)}-publishes-${map(p.topicId)}`), inCopy));
  const positions: Record<Id, Position> = {};
  for (const [oldId, p] of Object.entries(clip.positions)) {
    const id = rename.get(oldId);
    if (id) positions[id] = roundPosition({ x: p.x + offset.x, y: p.y + offset.y });
  }
  const ids = [...services, ...topics].map((n) => n.id);
  // What the copies kept from an import names elements by id (a reply's channel, a service's own
  // words for its channels): the copies' ids where those were copied too, as merge does. Servers
  // are not copied: the copy shares the design's.
  const kept = <T extends { kept?: Service['kept'] }>(x: T): T => (x.kept ? { ...x, kept: remapKept(x.kept, inCopy, () => undefined) } : x);
  const parts = {
    services: services.map(kept),
    topics: topics.map((t) => kept(remapTopic(t, t.id, inCopy))),
    events: events.map(kept),
    publications: publications.map(kept),
    subscriptions: subscriptions.map(kept),
  };
  return { design: appendParts(design, parts, positions), ids };
}

export function isClipboard(value: unknown): value is Clipboard {
  return typeof value === 'object' && value !== null && (value as Clipboard).kind === 'eventsmith-clipboard';
}

export { followIds, kindOfId, pinAllIds, renameElement, renameIds, setElementId } from './id-follow';
