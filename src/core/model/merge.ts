import { uniqueId } from './ids';
import { allIds } from './queries';
import { appendParts, remapKept, remapPublication, remapSubscription, remapTopic } from './remap';
import type { Design, Id, Position, Server } from './types';

/**
 * Merges an imported design into the current one: services, topics and events with the same name
 * (topics: the same address) are the same thing; everything else is added with fresh ids.
 * Existing entities keep their fields; the import only adds what is new.
 */
export function mergeDesigns(base: Design, incoming: Design): { design: Design; added: Id[] } {
  const taken = allIds(base);
  const map = new Map<Id, Id>();
  const added: Id[] = [];
  const fresh = (id: Id) => {
    const next = uniqueId(id, taken);
    taken.add(next);
    map.set(id, next);
    return next;
  };
  const match = <T extends { id: Id; name: string }>(existing: T[], items: T[], key: (t: T) => string) => {
    const byKey = new Map(existing.map((e) => [key(e), e.id]));
    const out: T[] = [];
    for (const item of items) {
      const same = byKey.get(key(item));
      if (same) map.set(item.id, same);
      else {
        const id = fresh(item.id);
        out.push({ ...item, id });
        added.push(id);
      }
    }
    return out;
  };
  const services = match(base.services, incoming.services, (s) => s.name.toLowerCase());
  const topics = match(base.topics, incoming.topics, (t) => t.name);
  const events = match(base.events, incoming.events, (e) => e.name);
  const m = (id: Id) => map.get(id) ?? id;
  // Servers: one on a host the design already has is that server; the others are added under ids
  // free in the design. What the import kept names servers, topics and events by id: it follows.
  const serverMap = new Map<Id, Id>();
  const addedServers: Server[] = [];
  for (const s of incoming.servers ?? []) {
    const same = (base.servers ?? []).find((b) => b.host === s.host);
    if (same) serverMap.set(s.id, same.id);
    else {
      const id = taken.has(s.id) ? uniqueId(s.id, taken) : s.id;
      taken.add(id);
      serverMap.set(s.id, id);
      addedServers.push({ ...s, id });
    }
  }
  const ms = (id: Id) => serverMap.get(id);
  const withKept = <T extends { kept?: Design['services'][number]['kept'] }>(x: T): T => (x.kept ? { ...x, kept: remapKept(x.kept, m, ms) } : x);
  const addedServices = services.map(withKept);
  const addedTopics = topics.map((t) => withKept(remapTopic(t, t.id, m)));
  const pubKey = new Set(base.publications.map((p) => `${p.serviceId}>${p.topicId}`));
  const subKey = new Set(base.subscriptions.map((s) => `${s.topicId}>${s.serviceId}`));
  const subscriptions = incoming.subscriptions
    .filter((s) => !subKey.has(`${m(s.topicId)}>${m(s.serviceId)}`))
    .map((s) => withKept(remapSubscription(s, fresh(s.id), m)));
  const publications = incoming.publications
    .filter((p) => !pubKey.has(`${m(p.serviceId)}>${m(p.topicId)}`))
    .map((p) => withKept(remapPublication(p, fresh(p.id), m)));
  const positions: Record<Id, Position> = {};
  for (const [id, pos] of Object.entries(incoming.layout.nodes)) if (added.includes(m(id))) positions[m(id)] = pos;
  const design = appendParts(base, { services: addedServices, topics: addedTopics, events, publications, subscriptions }, positions);
  design.servers = base.servers || incoming.servers ? [...(base.servers ?? []), ...addedServers] : undefined;
  return { design, added };
}
