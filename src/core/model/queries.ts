import type { Design, EventType, Id, Publication, Service, Subscription, Topic } from './types';

/** Index of every entity by id: lints, exports and the UI look things up through it. */
export interface DesignIndex {
  services: Map<Id, Service>;
  topics: Map<Id, Topic>;
  events: Map<Id, EventType>;
  publications: Map<Id, Publication>;
  subscriptions: Map<Id, Subscription>;
  publicationsByTopic: Map<Id, Publication[]>;
  subscriptionsByTopic: Map<Id, Subscription[]>;
  publicationsByService: Map<Id, Publication[]>;
  subscriptionsByService: Map<Id, Subscription[]>;
}

function group<T>(items: readonly T[], key: (item: T) => Id): Map<Id, T[]> {
  const map = new Map<Id, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function indexDesign(design: Design): DesignIndex {
  return {
    services: new Map(design.services.map((s) => [s.id, s])),
    topics: new Map(design.topics.map((t) => [t.id, t])),
    events: new Map(design.events.map((e) => [e.id, e])),
    publications: new Map(design.publications.map((p) => [p.id, p])),
    subscriptions: new Map(design.subscriptions.map((s) => [s.id, s])),
    publicationsByTopic: group(design.publications, (p) => p.topicId),
    subscriptionsByTopic: group(design.subscriptions, (s) => s.topicId),
    publicationsByService: group(design.publications, (p) => p.serviceId),
    subscriptionsByService: group(design.subscriptions, (s) => s.serviceId),
  };
}

/** Events a subscription handles: its own list, or every event published on its topic. */
export function handledEventIds(design: Design, sub: Subscription, index = indexDesign(design)): Id[] {
  if (sub.eventIds) return sub.eventIds;
  const ids = new Set<Id>();
  for (const pub of index.publicationsByTopic.get(sub.topicId) ?? []) for (const e of pub.eventIds) ids.add(e);
  return [...ids];
}

/** Every id used anywhere in the design, for making new unique ids. */
export function allIds(design: Design): Set<Id> {
  const ids = new Set<Id>();
  for (const list of [design.services, design.topics, design.events, design.publications, design.subscriptions, design.servers ?? []])
    for (const item of list) ids.add(item.id);
  return ids;
}

/**
 * True when `b` is `a` with only the remembered viewport changed (a pan or zoom): derived views
 * (canvas nodes, lint findings) and other tabs need not react to it.
 */
export function differsOnlyInViewport(a: Design, b: Design): boolean {
  if (a === b || a.layout === b.layout || a.layout.nodes !== b.layout.nodes) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('layout');
  for (const k of keys) if ((a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k]) return false;
  return true;
}
