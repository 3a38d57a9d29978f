// Builds small designs tersely for rule tests:
//   design({ services: ['orders'], topics: ['t'], events: ['OrderPlaced'],
//            pubs: [['orders', 't', ['OrderPlaced']]], subs: [['t', 'billing', { idempotencyKey: 'eventId' }]] })
// Ids are the names as given; a service, topic or event named only in an edge is created.
import { lintDesign } from '../lint/engine';
import type { Design, EventType, Publication, Service, Subscription, Topic } from '../model/types';
import type { ValidationResults } from '../validate/types';
import type { Finding, Rule, Target } from '../lint/types';

export const GOOD_SCHEMA = JSON.stringify({
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    eventId: { type: 'string', format: 'uuid' },
    eventType: { type: 'string' },
    occurredAt: { type: 'string', format: 'date-time' },
    source: { type: 'string' },
    schemaVersion: { type: 'string' },
    orderId: { type: 'string' },
  },
  required: ['eventId', 'eventType', 'occurredAt', 'source', 'schemaVersion', 'orderId'],
});

type Partial1<T> = Partial<Omit<T, 'id'>>;
export interface DesignSpec {
  services?: (string | [string, Partial1<Service>])[];
  topics?: (string | [string, Partial1<Topic>])[];
  events?: (string | [string, Partial1<EventType>])[];
  /** [service, topic, events, extra] */
  pubs?: [string, string, string[], Partial1<Publication>?][];
  /** [topic, service, extra]; id `<service>-consumes-<topic>` unless extra.id is given. */
  subs?: [string, string, (Partial1<Subscription> & { id?: string })?][];
  lint?: Design['lint'];
}

function named<T>(entry: string | [string, T]): [string, T | undefined] {
  return typeof entry === 'string' ? [entry, undefined] : entry;
}

export function design(spec: DesignSpec): Design {
  const services = new Map<string, Service>();
  const topics = new Map<string, Topic>();
  const events = new Map<string, EventType>();
  const addService = (id: string, extra?: Partial1<Service>) => services.set(id, { ...services.get(id), id, name: id, ...extra });
  const addTopic = (id: string, extra?: Partial1<Topic>) => topics.set(id, { ...topics.get(id), id, name: id, broker: 'kafka', kind: 'stream', partitionKey: 'orderId', ...extra });
  const addEvent = (id: string, extra?: Partial1<EventType>) =>
    events.set(id, { ...events.get(id), id, name: id, kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: GOOD_SCHEMA, ...extra });
  for (const e of spec.services ?? []) addService(...named(e));
  for (const e of spec.topics ?? []) addTopic(...named(e));
  for (const e of spec.events ?? []) addEvent(...named(e));
  const publications: Publication[] = (spec.pubs ?? []).map(([s, t, evs, extra]) => {
    if (!services.has(s)) addService(s);
    if (!topics.has(t)) addTopic(t);
    for (const e of evs) if (!events.has(e)) addEvent(e);
    return { id: `${s}-publishes-${t}`, serviceId: s, topicId: t, eventIds: evs, ...extra };
  });
  const subscriptions: Subscription[] = (spec.subs ?? []).map(([t, s, extra]) => {
    if (!services.has(s)) addService(s);
    if (!topics.has(t)) addTopic(t);
    for (const e of extra?.eventIds ?? []) if (!events.has(e)) addEvent(e);
    return { id: `${s}-consumes-${t}`, topicId: t, serviceId: s, ...extra };
  });
  const d: Design = {
    id: 'test', name: 'Test', version: '1.0.0',
    services: [...services.values()], topics: [...topics.values()], events: [...events.values()],
    publications, subscriptions, layout: { nodes: {} },
  };
  if (spec.lint) d.lint = spec.lint;
  return d;
}

/** Findings of one rule, open ones only. */
export function run(rule: Rule, d: Design, validation?: ValidationResults): Finding[] {
  return lintDesign(d, { rules: [rule], validation }).filter((f) => !f.suppressed);
}

/** A finding as rule tests compare it, whole: its quick fix (a function) stands as its title. */
export interface Reported extends Omit<Finding, 'fix' | 'suppressed'> {
  fix?: string;
}

/** Open findings of one rule as rule tests compare them exactly (`toEqual`). */
export function reported(rule: Rule, d: Design, validation?: ValidationResults): Reported[] {
  return run(rule, d, validation).map(({ fix, suppressed: _, ...f }) => (fix ? { ...f, fix: fix.title } : f));
}

/** Targets as the builder above names things (ids are the names as given). */
export const at = {
  service: (id: string): Target => ({ kind: 'service', id, name: id }),
  topic: (id: string): Target => ({ kind: 'topic', id, name: id }),
  event: (id: string): Target => ({ kind: 'event', id, name: id }),
  pub: (service: string, topic: string): Target => ({ kind: 'publication', id: `${service}-publishes-${topic}`, name: `${service} → ${topic}` }),
  sub: (topic: string, service: string): Target => ({ kind: 'subscription', id: `${service}-consumes-${topic}`, name: `${topic} → ${service}` }),
};
