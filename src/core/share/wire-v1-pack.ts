import type { Design, EventType, Id, Publication, Server, Service, Subscription, Topic } from '../model/types';
import {
  BROKERS_V1, EVENT_FIELDS, EVENT_KINDS_V1, isAsciiName, packText, SCHEMA_FORMATS_V1, SERVICE_FIELDS, slugV1,
  SUBSCRIPTION_FIELDS, TOPIC_FIELDS, TOPIC_KINDS_V1,
} from './wire-v1-tables';

type Wire = unknown[];

/** Drops trailing elements equal to `0` or undefined (the decoder reads them as defaults). */
function trim(tuple: unknown[]): unknown[] {
  let end = tuple.length;
  while (end > 0 && (tuple[end - 1] === 0 || tuple[end - 1] === undefined)) end--;
  return tuple.slice(0, end).map((v) => (v === undefined ? 0 : v));
}

/**
 * The optional-details object of an entity. `carried` (codec v2 on): the entity's other optional
 * fields travel under their own names, so fields added after a codec version need no new version.
 */
function extras(entity: object, table: readonly (readonly [string, string])[], more: Record<string, unknown> = {}, carried?: readonly string[]): Record<string, unknown> | 0 {
  const out: Record<string, unknown> = {};
  for (const [wire, field] of table) {
    const value = (entity as Record<string, unknown>)[field];
    if (value !== undefined) out[wire] = value;
  }
  for (const [k, v] of Object.entries(more)) if (v !== undefined) out[k] = v;
  if (carried) {
    const known = new Set([...carried, ...table.map(([, field]) => field)]);
    for (const [k, v] of Object.entries(entity)) if (!known.has(k) && v !== undefined && k.length > 1) out[k] = v;
  }
  return Object.keys(out).length ? out : 0;
}

/** Fields of the design itself that the wire packs in its own way; any other travels by name in v2. */
const DESIGN_PACKED = new Set(['id', 'name', 'description', 'version', 'services', 'topics', 'events', 'publications', 'subscriptions', 'servers', 'layout', 'lint']);

function designExtras(design: Design): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(design)) if (!DESIGN_PACKED.has(k) && v !== undefined && k.length > 1) out[k] = v;
  return out;
}

/** 0 when the id is the one the decoder derives from the name. */
const nameId = (id: Id, name: string, fallback: string) => (isAsciiName(name) && slugV1(name, fallback) === id ? 0 : id);

/** Wire v1; with `carry` (v2), fields the v1 tables do not know travel by name (see `extras`). */
export function packV1(design: Design, carry = false): Wire {
  // Fields every version packs in its own way, per kind (only read when carrying).
  const own = (...fields: string[]) => (carry ? fields : undefined);
  const index = (list: { id: Id }[]) => new Map(list.map((item, i) => [item.id, i]));
  const services = index(design.services);
  const topics = index(design.topics);
  const events = index(design.events);
  const subs = index(design.subscriptions);
  const nodeIds = new Set([...design.services, ...design.topics].map((n) => n.id));

  const packService = (s: Service) => trim([s.name, nameId(s.id, s.name, 'service'), extras(s, SERVICE_FIELDS, {}, own('id', 'name'))]);
  const packTopic = (t: Topic) =>
    trim([t.name, BROKERS_V1.indexOf(t.broker) * 2 + TOPIC_KINDS_V1.indexOf(t.kind), nameId(t.id, t.name, 'topic'), extras(t, TOPIC_FIELDS, {}, own('id', 'name', 'broker', 'kind'))]);
  const packEvent = (e: EventType) =>
    trim([e.name, packText(e.schema), nameId(e.id, e.name, 'event'), EVENT_KINDS_V1.indexOf(e.kind) * 3 + SCHEMA_FORMATS_V1.indexOf(e.schemaFormat),
      e.version === '1.0.0' ? 0 : e.version,
      extras(e, EVENT_FIELDS, {
        h: e.headersSchema === undefined ? undefined : packText(e.headersSchema),
        x: e.examples?.map(packText),
        H: e.history?.map((h) => [h.version, packText(h.schema)]),
      }, own('id', 'name', 'kind', 'version', 'schemaFormat', 'schema', 'headersSchema', 'examples', 'history'))]);
  const packPub = (p: Publication) =>
    trim([services.get(p.serviceId), topics.get(p.topicId), p.eventIds.map((id) => events.get(id)),
      p.id === `${p.serviceId}-publishes-${p.topicId}` ? 0 : p.id,
      extras(carry ? p : {}, [], { o: p.viaOutbox, t: p.triggeredBy?.map((id) => subs.get(id)) }, own('id', 'serviceId', 'topicId', 'eventIds', 'viaOutbox', 'triggeredBy'))]);
  const packSub = (s: Subscription) =>
    trim([services.get(s.serviceId), topics.get(s.topicId), s.id === `${s.serviceId}-consumes-${s.topicId}` ? 0 : s.id,
      extras(s, SUBSCRIPTION_FIELDS, { e: s.eventIds?.map((id) => events.get(id)), l: s.deadLetterTopicId === undefined ? undefined : topics.get(s.deadLetterTopicId) },
        own('id', 'serviceId', 'topicId', 'eventIds', 'deadLetterTopicId'))]);
  const packServer = (s: Server) =>
    trim([BROKERS_V1.indexOf(s.broker), s.host, s.id, s.description, ...(carry ? [extras(s, [], {}, own('id', 'broker', 'host', 'description'))] : [])]);

  // Positions of services then topics, in list order: `x, y` or a single null when missing.
  const positions: (number | null)[] = [];
  for (const n of [...design.services, ...design.topics]) {
    const p = design.layout.nodes[n.id];
    if (p) positions.push(p.x, p.y);
    else positions.push(null);
  }
  while (positions.length && positions[positions.length - 1] === null) positions.pop();
  const otherNodes: Record<Id, [number, number]> = {};
  for (const [id, p] of Object.entries(design.layout.nodes)) if (!nodeIds.has(id)) otherNodes[id] = [p.x, p.y];
  const vp = design.layout.viewport;

  const rest = extras({}, [], {
    d: design.description,
    S: design.servers?.map(packServer),
    l: design.lint,
    n: Object.keys(otherNodes).length ? otherNodes : undefined,
    v: vp ? [vp.x, vp.y, vp.zoom] : undefined,
    // v2: the design's own optional fields the v1 wire does not know (`owner`, …) by name.
    ...(carry ? designExtras(design) : {}),
  });
  return trim([
    design.name, nameId(design.id, design.name, 'design'), design.version === '1.0.0' ? 0 : design.version,
    design.services.map(packService), design.topics.map(packTopic), design.events.map(packEvent),
    design.publications.map(packPub), design.subscriptions.map(packSub), positions, rest,
  ]);
}
