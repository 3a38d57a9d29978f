// Part of the 1 → 2 migration (issue 16): the ids Eventsmith gave by default — a kind's word,
// maybe numbered (`producer`, `consumer2`, `topic-2`, `something-happened-3`, `server`), and a
// connection's `<service>-publishes-<topic>` / `<service>-consumes-<topic>` — are made again from
// the names and follow them from now on; every id a person chose stays as it is (pinned).
// Runs on the raw JSON before repairs: nothing is assumed about types, and an id that is not a
// valid, unique id is left for restore to repair.
import { uniqueId, slugify } from './ids';
import { isObj, RESERVED_KEYS, type Obj } from './restore-context';
import { ID_PATTERN, type Id } from './types';
import { publicationIdBase, subscriptionIdBase } from './id-follow';

/** The words default ids were made of, per list (factories.ts, the palette, restore's fallbacks). */
const DEFAULT_WORDS: Record<'services' | 'topics' | 'events' | 'servers', readonly string[]> = {
  services: ['producer', 'consumer', 'new-service', 'service', 'untitled-service'],
  topics: ['topic', 'dead-letter', 'untitled-topic'],
  events: ['something-happened', 'event', 'untitled-event'],
  servers: ['server'],
};

/** `word`, `word2` or `word-2` for one of the words. */
function isDefault(id: string, words: readonly string[]): boolean {
  return words.some((w) => id === w || (id.startsWith(w) && /^-?[1-9][0-9]*$/.test(id.slice(w.length))));
}

/** `base` or `base-<n>`: an edge id the app derived from its ends. */
function isDerived(id: string, base: string): boolean {
  return id === base || (id.startsWith(`${base}-`) && /^[1-9][0-9]*$/.test(id.slice(base.length + 1)));
}

const objectsOf = (design: Obj, key: string): Obj[] => (Array.isArray(design[key]) ? (design[key] as unknown[]).filter(isObj) : []);

export function followDefaultIds(design: Obj): Obj {
  // Ids written exactly once, valid: the only ones safe to move (restore sorts out the rest).
  const counts = new Map<unknown, number>();
  for (const key of ['services', 'topics', 'events', 'publications', 'subscriptions', 'servers'])
    for (const x of objectsOf(design, key)) counts.set(x.id, (counts.get(x.id) ?? 0) + 1);
  const movable = (x: Obj): x is Obj & { id: Id } =>
    typeof x.id === 'string' && ID_PATTERN.test(x.id) && !RESERVED_KEYS.has(x.id) && counts.get(x.id) === 1;

  const following = new Set<Obj>();
  const nodes: [Obj & { id: Id }, string][] = [];
  for (const key of ['services', 'topics', 'events', 'servers'] as const) {
    const field = key === 'servers' ? 'host' : 'name';
    const kind = key === 'servers' ? 'server' : key.slice(0, -1);
    for (const x of objectsOf(design, key)) {
      const text = x[field];
      if (movable(x) && typeof text === 'string' && text.trim() !== '' && isDefault(x.id, DEFAULT_WORDS[key])) nodes.push([x, slugify(text, kind)]);
    }
  }
  const edges: [Obj & { id: Id }, 'publications' | 'subscriptions'][] = [];
  for (const key of ['publications', 'subscriptions'] as const)
    for (const x of objectsOf(design, key)) {
      if (!movable(x) || typeof x.serviceId !== 'string' || typeof x.topicId !== 'string') continue;
      const base = key === 'publications' ? publicationIdBase(x.serviceId, x.topicId) : subscriptionIdBase(x.serviceId, x.topicId);
      if (isDerived(x.id, base)) edges.push([x, key]);
    }
  if (nodes.length === 0 && edges.length === 0) return design;

  // Pinned ids keep theirs; the moved ones take their new ids in list order, then the edges.
  const taken = new Set<string>(RESERVED_KEYS);
  for (const id of counts.keys()) if (typeof id === 'string') taken.add(id);
  for (const [x] of [...nodes, ...edges]) taken.delete(x.id);
  const renames = new Map<Id, Id>();
  for (const [x, base] of nodes) {
    const id = uniqueId(base, taken);
    taken.add(id);
    following.add(x);
    if (id !== x.id) renames.set(x.id, id);
  }
  const r = (v: unknown) => (typeof v === 'string' ? renames.get(v) ?? v : v);
  for (const [x, key] of edges) {
    const service = r(x.serviceId) as string;
    const topic = r(x.topicId) as string;
    const id = uniqueId(key === 'publications' ? publicationIdBase(service, topic) : subscriptionIdBase(service, topic), taken);
    taken.add(id);
    following.add(x);
    if (id !== x.id) renames.set(x.id, id);
  }

  const has = (x: Obj, key: string) => Object.hasOwn(x, key);
  const refs = (v: unknown) => (Array.isArray(v) ? v.map(r) : v);
  const lift = (x: Obj, extra: (x: Obj) => Obj = () => ({})): Obj => {
    const out: Obj = { ...x, ...(has(x, 'id') && { id: r(x.id) }), ...extra(x) };
    if (following.has(x)) out.idFollowsName = true;
    return out;
  };
  const listed = (key: string, extra?: (x: Obj) => Obj) =>
    Array.isArray(design[key]) ? (design[key] as unknown[]).map((x) => (isObj(x) ? lift(x, extra) : x)) : design[key];
  const out: Obj = { ...design };
  for (const key of ['services', 'events', 'servers']) if (has(design, key)) out[key] = listed(key);
  if (has(design, 'topics')) out.topics = listed('topics', (t) => (has(t, 'declaredEventIds') ? { declaredEventIds: refs(t.declaredEventIds) } : {}));
  if (has(design, 'publications'))
    out.publications = listed('publications', (p) => ({
      ...(has(p, 'serviceId') && { serviceId: r(p.serviceId) }),
      ...(has(p, 'topicId') && { topicId: r(p.topicId) }),
      ...(has(p, 'eventIds') && { eventIds: refs(p.eventIds) }),
      ...(has(p, 'triggeredBy') && { triggeredBy: refs(p.triggeredBy) }),
    }));
  if (has(design, 'subscriptions'))
    out.subscriptions = listed('subscriptions', (s) => ({
      ...(has(s, 'serviceId') && { serviceId: r(s.serviceId) }),
      ...(has(s, 'topicId') && { topicId: r(s.topicId) }),
      ...(has(s, 'eventIds') && { eventIds: refs(s.eventIds) }),
      ...(has(s, 'deadLetterTopicId') && { deadLetterTopicId: r(s.deadLetterTopicId) }),
      // The default consumer group was the service's id: it follows the service with the subscription.
      ...(following.has(s) && typeof s.consumerGroup === 'string' && s.consumerGroup === s.serviceId && { consumerGroup: r(s.serviceId) }),
    }));
  if (isObj(design.layout) && isObj(design.layout.nodes)) {
    const newIds = new Set(renames.values());
    const nodesOut: Obj = {};
    for (const [id, p] of Object.entries(design.layout.nodes)) {
      if (newIds.has(id) && !renames.has(id)) continue; // a stale position where a moved id now lives
      nodesOut[r(id) as string] = p;
    }
    out.layout = { ...design.layout, nodes: nodesOut };
  }
  if (isObj(design.lint) && Array.isArray(design.lint.suppressions))
    out.lint = { ...design.lint, suppressions: design.lint.suppressions.map((s) => (isObj(s) && has(s, 'targetId') ? { ...s, targetId: r(s.targetId) } : s)) };
  return out;
}
