// Ids follow names (issue 16). An element made in the app has `idFollowsName: true`: its id is the
// slug of its name (a server's: of its host; a publication's or subscription's: made from its
// service's and topic's ids) and moves when the name does, every reference with it, so files,
// channels and folders read like the design. Editing the id by hand pins it (the flag goes);
// imported elements and every file written before the flag existed are pinned already.
import { ID_BASE_LENGTH, slugify, uniqueId } from './ids';
import { allIds } from './queries';
import { remapKept } from './remap';
import { ID_PATTERN, type Design, type Id, type Kept, type Publication, type Subscription } from './types';

export type Renames = ReadonlyMap<Id, Id>;
export type ElementKind = 'service' | 'topic' | 'event' | 'publication' | 'subscription' | 'server';

const LISTS = { service: 'services', topic: 'topics', event: 'events', publication: 'publications', subscription: 'subscriptions', server: 'servers' } as const;
const KINDS = Object.keys(LISTS) as ElementKind[];

interface Element { id: Id; idFollowsName?: true; name?: string; host?: string }

function listOf(design: Design, kind: ElementKind): Element[] {
  return (design[LISTS[kind]] ?? []) as Element[];
}

/** The kind of the element with this id, if any. */
export function kindOfId(design: Design, id: Id): ElementKind | undefined {
  return KINDS.find((kind) => listOf(design, kind).some((x) => x.id === id));
}

/** What a following id is made from, before a `-<n>` suffix makes it unique. */
export const publicationIdBase = (serviceId: Id, topicId: Id) => `${serviceId}-publishes-${topicId}`.slice(0, ID_BASE_LENGTH);
export const subscriptionIdBase = (serviceId: Id, topicId: Id) => `${serviceId}-consumes-${topicId}`.slice(0, ID_BASE_LENGTH);

function nodeIdBase(kind: ElementKind, x: Element): Id {
  return kind === 'server' ? slugify(x.host ?? '', 'server') : slugify(x.name ?? '', kind);
}

/** The design with each id in `renames` changed, and every reference to it (edges, lists, layout, suppressions). */
export function renameIds(design: Design, renames: Renames): Design {
  if (renames.size === 0) return design;
  const r = (id: Id) => renames.get(id) ?? id;
  const touched = (ids: readonly Id[] | undefined) => ids?.some((id) => renames.has(id)) ?? false;
  // What an element kept from an import names elements by id (a reply's channel, servers, a
  // service's per-document words and declared channels): it follows, as in a merge or a paste.
  // An element whose kept names none of the renamed ids stays the same object.
  const keptFollows = <T extends { kept?: Kept }>(x: T): T => {
    if (!x.kept) return x;
    let hit = false;
    const probe = (id: Id) => {
      const next = renames.get(id);
      if (next !== undefined) hit = true;
      return next;
    };
    const kept = remapKept(x.kept, probe, probe);
    return hit ? { ...x, kept } : x;
  };
  const renamed = <T extends { id: Id; kept?: Kept }>(x: T): T => {
    const next = keptFollows(x);
    return renames.has(x.id) ? { ...next, id: r(x.id) } : next;
  };
  const out: Design = {
    ...design,
    services: design.services.map(renamed),
    topics: design.topics.map((t) => {
      const next = renamed(t);
      return touched(t.declaredEventIds) ? { ...next, declaredEventIds: t.declaredEventIds!.map(r) } : next;
    }),
    events: design.events.map(renamed),
    publications: design.publications.map(keptFollows).map((p) => {
      if (!renames.has(p.id) && !renames.has(p.serviceId) && !renames.has(p.topicId) && !touched(p.eventIds) && !touched(p.triggeredBy)) return p;
      const next: Publication = { ...p, id: r(p.id), serviceId: r(p.serviceId), topicId: r(p.topicId), eventIds: p.eventIds.map(r) };
      if (p.triggeredBy) next.triggeredBy = p.triggeredBy.map(r);
      return next;
    }),
    subscriptions: design.subscriptions.map(keptFollows).map((s) => {
      const dl = s.deadLetterTopicId;
      if (!renames.has(s.id) && !renames.has(s.serviceId) && !renames.has(s.topicId) && !touched(s.eventIds) && !(dl && renames.has(dl))) return s;
      const next: Subscription = { ...s, id: r(s.id), serviceId: r(s.serviceId), topicId: r(s.topicId) };
      if (s.eventIds) next.eventIds = s.eventIds.map(r);
      if (dl) next.deadLetterTopicId = r(dl);
      return next;
    }),
  };
  if (design.servers) out.servers = design.servers.map(renamed);
  if (Object.keys(design.layout.nodes).some((id) => renames.has(id))) {
    const nodes: Design['layout']['nodes'] = {};
    for (const [id, p] of Object.entries(design.layout.nodes)) nodes[r(id)] = p;
    out.layout = { ...design.layout, nodes };
  }
  const suppressions = design.lint?.suppressions;
  if (suppressions?.some((s) => renames.has(s.targetId)))
    out.lint = { ...design.lint, suppressions: suppressions.map((s) => (renames.has(s.targetId) ? { ...s, targetId: r(s.targetId) } : s)) };
  return out;
}

/**
 * Gives the following elements among `ids` the id their name makes (the next free `-<n>` when
 * another element holds it), then the following publications and subscriptions of any node whose
 * id moved. A subscription whose consumer group was its service's old id (the default) keeps
 * matching the service. Deterministic: same design, same ids.
 */
export function followIds(design: Design, ids: Iterable<Id>): { design: Design; renames: Map<Id, Id> } {
  const renames = new Map<Id, Id>();
  const wanted = new Set(ids);
  const nodes: [ElementKind, Element][] = [];
  for (const kind of ['service', 'topic', 'event', 'server'] as const)
    for (const x of listOf(design, kind)) if (x.idFollowsName && wanted.has(x.id)) nodes.push([kind, x]);
  const taken = allIds(design);
  for (const [, x] of nodes) taken.delete(x.id);
  for (const [kind, x] of nodes) {
    const id = uniqueId(nodeIdBase(kind, x), taken);
    taken.add(id);
    if (id !== x.id) renames.set(x.id, id);
  }
  const r = (id: Id) => renames.get(id) ?? id;
  const edges = [
    ...design.publications.map((p) => ['publication', p] as const),
    ...design.subscriptions.map((s) => ['subscription', s] as const),
  ].filter(([, e]) => e.idFollowsName && (wanted.has(e.id) || renames.has(e.serviceId) || renames.has(e.topicId)));
  for (const [, e] of edges) taken.delete(e.id);
  for (const [kind, e] of edges) {
    const base = kind === 'publication' ? publicationIdBase(r(e.serviceId), r(e.topicId)) : subscriptionIdBase(r(e.serviceId), r(e.topicId));
    const id = uniqueId(base, taken);
    taken.add(id);
    if (id !== e.id) renames.set(e.id, id);
  }
  let next = renameIds(design, renames);
  const groups = design.subscriptions.filter((s) => s.idFollowsName && renames.has(s.serviceId) && s.consumerGroup === s.serviceId);
  if (groups.length) {
    const moved = new Set(groups.map((s) => r(s.id)));
    next = { ...next, subscriptions: next.subscriptions.map((s) => (moved.has(s.id) ? { ...s, consumerGroup: s.serviceId } : s)) };
  }
  return { design: next, renames };
}

/** Renames a service, topic or event (a server: its host); a following id moves with the name. */
export function renameElement(design: Design, id: Id, name: string): { design: Design; renames: Map<Id, Id> } {
  const kind = kindOfId(design, id);
  if (!kind || kind === 'publication' || kind === 'subscription') return { design, renames: new Map() };
  const field = kind === 'server' ? 'host' : 'name';
  const list = listOf(design, kind);
  if (list.find((x) => x.id === id)![field] === name) return { design, renames: new Map() };
  const patched = { ...design, [LISTS[kind]]: list.map((x) => (x.id === id ? { ...x, [field]: name } : x)) } as Design;
  return followIds(patched, [id]);
}

export type SetIdResult = { design: Design; renames: Map<Id, Id> } | { error: string };

const KIND_LABEL: Record<ElementKind, string> = { service: 'service', topic: 'topic', event: 'event', publication: 'publication', subscription: 'subscription', server: 'server' };

/**
 * Sets an element's id by hand, which pins it. Never overwrites: an id another element holds, or
 * one that is not an id, is refused with a message saying why. Following publications and
 * subscriptions of a node move with it.
 */
export function setElementId(design: Design, id: Id, wanted: string): SetIdResult {
  const kind = kindOfId(design, id);
  if (!kind) return { error: `Nothing has the id "${id}".` };
  const next = wanted.trim();
  if (!ID_PATTERN.test(next)) return { error: 'An id is 1 to 64 letters, digits, "-" or "_".' };
  if (next !== id) {
    const holder = kindOfId(design, next);
    if (holder) {
      const other = listOf(design, holder).find((x) => x.id === next)!;
      return { error: `"${next}" is already the id of the ${KIND_LABEL[holder]}${other.name ? ` ${other.name}` : other.host ? ` ${other.host}` : ''}: choose another.` };
    }
    if (next === '__proto__' || next === 'prototype' || next in Object.prototype) return { error: `"${next}" cannot be an id: choose another.` };
  }
  const pinned = { ...design, [LISTS[kind]]: listOf(design, kind).map((x) => (x.id === id ? withoutFollow(x) : x)) } as Design;
  const renames = new Map<Id, Id>(next === id ? [] : [[id, next]]);
  const renamed = renameIds(pinned, renames);
  if (kind === 'publication' || kind === 'subscription' || next === id) return { design: renamed, renames };
  // The node's edges that follow it are re-made from its new id.
  const edgeIds = [...renamed.publications, ...renamed.subscriptions].filter((e) => e.idFollowsName && (e.serviceId === next || e.topicId === next)).map((e) => e.id);
  const followed = followIds(renamed, edgeIds);
  for (const [from, to] of followed.renames) renames.set(from, to);
  return { design: followed.design, renames };
}

function withoutFollow<T extends Element>(x: T): T {
  if (!x.idFollowsName) return x;
  const { idFollowsName: _, ...rest } = x;
  return rest as T;
}

/**
 * Every id pinned: a live room keys each element by its id, so an id that moved with a rename
 * would be a delete and an add to everyone else (losing their concurrent edits to it).
 */
export function pinAllIds(design: Design): Design {
  const all = [design.services, design.topics, design.events, design.publications, design.subscriptions, design.servers ?? []] as Element[][];
  if (!all.some((list) => list.some((x) => x.idFollowsName))) return design;
  const out: Design = {
    ...design,
    services: design.services.map(withoutFollow),
    topics: design.topics.map(withoutFollow),
    events: design.events.map(withoutFollow),
    publications: design.publications.map(withoutFollow),
    subscriptions: design.subscriptions.map(withoutFollow),
  };
  if (design.servers) out.servers = design.servers.map(withoutFollow);
  return out;
}
