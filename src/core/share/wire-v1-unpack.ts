// Wire v1 → a design-shaped object for restoreDesign. The wire comes from a link, so every
// element is type-checked and every index bounds-checked; anything off is a damaged link.
import { damaged } from './errors';
import { isObject } from '../json';
import {
  BROKERS_V1, EVENT_FIELDS, EVENT_KINDS_V1, SCHEMA_FORMATS_V1, SERVICE_FIELDS, slugV1, SUBSCRIPTION_FIELDS, TOPIC_FIELDS,
  TOPIC_KINDS_V1, unpackText,
} from './wire-v1-tables';

type Obj = Record<string, unknown>;

const isObj: (v: unknown) => v is Obj = isObject;
const list = (v: unknown, what: string): unknown[] => (v === undefined || v === 0 ? [] : Array.isArray(v) ? v : damaged(`${what} is not a list`));
const text = (v: unknown, what: string): string => (typeof v === 'string' ? v : damaged(`${what} is not text`));
const small = (v: unknown, max: number, what: string): number =>
  v === undefined ? 0 : Number.isInteger(v) && (v as number) >= 0 && (v as number) < max ? (v as number) : damaged(`${what} is out of range`);
/** 0 or absent → the derived id; a string → itself. */
const idOr = (v: unknown, derived: () => string, what: string): string => (v === undefined || v === 0 ? derived() : text(v, what));

/** Reads an entity's optional details; `carry` (v2): keys of two or more letters are fields by their own name. */
function fields(target: Obj, wire: unknown, table: readonly (readonly [string, string])[], what: string, carry = false): Obj {
  if (wire === undefined || wire === 0) return {};
  if (!isObj(wire)) damaged(`${what} has broken details`);
  for (const [key, field] of table) if (Object.prototype.hasOwnProperty.call(wire, key)) target[field] = wire[key];
  // restoreDesign reads only the fields it knows, each checked; the rest is ignored there.
  if (carry) for (const key of Object.keys(wire)) if (key.length > 1 && !Object.prototype.hasOwnProperty.call(target, key)) target[key] = wire[key];
  return wire;
}

function ref<T>(items: T[], v: unknown, what: string): T {
  return items[small(v, items.length, what)];
}

/** Wire v1 → design; with `carry` (v2), named optional fields too (see wire-v1-pack `extras`). */
export function unpackV1(wire: unknown, carry = false): Obj {
  const top = list(wire, 'the design');
  const name = text(top[0], 'the design name');
  const services = list(top[3], 'services').map((w, i) => {
    const t = list(w, `service ${i + 1}`);
    const n = text(t[0], `service ${i + 1} name`);
    const s: Obj = { id: idOr(t[1], () => slugV1(n, 'service'), 'a service id'), name: n };
    fields(s, t[2], SERVICE_FIELDS, `service ${i + 1}`, carry);
    return s;
  });
  const topics = list(top[4], 'topics').map((w, i) => {
    const t = list(w, `topic ${i + 1}`);
    const n = text(t[0], `topic ${i + 1} name`);
    const code = small(t[1], BROKERS_V1.length * 2, `topic ${i + 1} broker`);
    const topic: Obj = { id: idOr(t[2], () => slugV1(n, 'topic'), 'a topic id'), name: n, broker: BROKERS_V1[code >> 1], kind: TOPIC_KINDS_V1[code & 1] };
    fields(topic, t[3], TOPIC_FIELDS, `topic ${i + 1}`, carry);
    return topic;
  });
  const events = list(top[5], 'events').map((w, i) => {
    const t = list(w, `event ${i + 1}`);
    const n = text(t[0], `event ${i + 1} name`);
    const code = small(t[3], EVENT_KINDS_V1.length * 3, `event ${i + 1} kind`);
    const e: Obj = {
      id: idOr(t[2], () => slugV1(n, 'event'), 'an event id'), name: n, kind: EVENT_KINDS_V1[Math.floor(code / 3)],
      version: t[4] === undefined || t[4] === 0 ? '1.0.0' : text(t[4], 'an event version'), schemaFormat: SCHEMA_FORMATS_V1[code % 3],
      schema: text(unpackText(t[1] ?? ''), `event ${i + 1} schema`),
    };
    const more = fields(e, t[5], EVENT_FIELDS, `event ${i + 1}`, carry);
    if (more.h !== undefined) e.headersSchema = unpackText(more.h);
    if (more.x !== undefined) e.examples = list(more.x, 'examples').map(unpackText);
    if (more.H !== undefined) e.history = list(more.H, 'history').map((h) => {
      const pair = list(h, 'a history entry');
      return { version: pair[0], schema: unpackText(pair[1]) };
    });
    return e;
  });
  const subscriptions = list(top[7], 'subscriptions').map((w, i) => {
    const t = list(w, `subscription ${i + 1}`);
    const serviceId = ref(services, t[0], 'a subscription service').id as string;
    const topicId = ref(topics, t[1], 'a subscription topic').id as string;
    const s: Obj = { id: idOr(t[2], () => `${serviceId}-consumes-${topicId}`, 'a subscription id'), topicId, serviceId };
    const more = fields(s, t[3], SUBSCRIPTION_FIELDS, `subscription ${i + 1}`, carry);
    if (more.e !== undefined) s.eventIds = list(more.e, 'subscription events').map((v) => ref(events, v, 'a subscription event').id);
    if (more.l !== undefined) s.deadLetterTopicId = ref(topics, more.l, 'a dead-letter topic').id;
    return s;
  });
  const publications = list(top[6], 'publications').map((w, i) => {
    const t = list(w, `publication ${i + 1}`);
    const serviceId = ref(services, t[0], 'a publication service').id as string;
    const topicId = ref(topics, t[1], 'a publication topic').id as string;
    const p: Obj = {
      id: idOr(t[3], () => `${serviceId}-publishes-${topicId}`, 'a publication id'), serviceId, topicId,
      eventIds: list(t[2], 'publication events').map((v) => ref(events, v, 'a publication event').id),
    };
    const more = fields(p, t[4], [['o', 'viaOutbox']], `publication ${i + 1}`, carry);
    if (more.t !== undefined) p.triggeredBy = list(more.t, 'triggeredBy').map((v) => ref(subscriptions, v, 'a trigger').id);
    return p;
  });

  // No prototype: an explicit id such as "__proto__" from a hostile link stays a plain key.
  const nodes: Obj = Object.create(null);
  const positions = list(top[8], 'positions');
  let at = 0;
  for (const n of [...services, ...topics]) {
    if (at >= positions.length) break;
    if (positions[at] === null) {
      at++;
      continue;
    }
    nodes[n.id as string] = { x: positions[at], y: positions[at + 1] };
    at += 2;
  }
  if (at < positions.length) damaged('it has more positions than nodes');

  const rest = top[9] === undefined || top[9] === 0 ? {} : isObj(top[9]) ? top[9] : damaged('its details are broken');
  const design: Obj = {
    id: idOr(top[1], () => slugV1(name, 'design'), 'the design id'), name,
    version: top[2] === undefined || top[2] === 0 ? '1.0.0' : text(top[2], 'the design version'),
    services, topics, events, publications, subscriptions, layout: { nodes },
  };
  if (rest.d !== undefined) design.description = rest.d;
  if (rest.S !== undefined) design.servers = list(rest.S, 'servers').map((w) => {
    const t = list(w, 'a server');
    const s: Obj = { id: t[2], broker: BROKERS_V1[small(t[0], BROKERS_V1.length, 'a server broker')], host: t[1] };
    if (t[3] !== undefined && t[3] !== 0) s.description = t[3];
    fields(s, t[4], [], 'a server', carry);
    return s;
  });
  if (rest.n !== undefined) {
    if (!isObj(rest.n)) damaged('its layout is broken');
    for (const [id, p] of Object.entries(rest.n)) nodes[id] = Array.isArray(p) ? { x: p[0], y: p[1] } : damaged('its layout is broken');
  }
  if (rest.v !== undefined) {
    const v = list(rest.v, 'the viewport');
    (design.layout as Obj).viewport = { x: v[0], y: v[1], zoom: v[2] };
  }
  if (rest.l !== undefined) design.lint = rest.l;
  // v2: the design's other optional fields by name (one-letter keys are the wire's own).
  if (carry) for (const key of Object.keys(rest)) if (key.length > 1 && !Object.hasOwn(design, key) && key !== '__proto__') design[key] = rest[key];
  return design;
}
