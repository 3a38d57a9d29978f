// One service → one AsyncAPI 3.0 document (PRODUCT.md §4.1). Keys are emitted in a fixed order
// and every map is sorted, so the same design always gives the same document.
import { handledEventIds, type DesignIndex } from '../../model/queries';
import type { Design, Id, Publication, Service, Subscription, Topic } from '../../model/types';
import { channelObject } from './channels';
import { ASYNCAPI_VERSION, pointerSegment, PROTOCOL, X } from '../vocabulary';

type Json = unknown;
type Obj = Record<string, Json>;

export interface ExportContext {
  design: Design;
  index: DesignIndex;
  messageKeys: Map<Id, string>;
  messages: Map<Id, Obj>;
}

const byId = <T extends { id: Id }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function names(ctx: ExportContext, eventIds: Id[]): string {
  const list = eventIds.map((id) => ctx.index.events.get(id)?.name).filter(Boolean) as string[];
  return list.length ? list.join(', ') : 'no events';
}

function info(ctx: ExportContext, service: Service): Obj {
  const { design } = ctx;
  const i: Obj = { title: service.name, version: service.version ?? design.version };
  if (service.description) i.description = service.description;
  else {
    i.description = `${service.name}, a service of the ${design.name} design.`;
    i[X.generatedDescription] = true;
  }
  if (service.tags?.length) i.tags = service.tags.map((name) => ({ name }));
  i[X.id] = service.id;
  if (service.owner !== undefined) i[X.owner] = service.owner;
  if (service.domain !== undefined) i[X.domain] = service.domain;
  if (service.ownsState !== undefined) i[X.ownsState] = service.ownsState;
  const d: Obj = { id: design.id, name: design.name, version: design.version };
  if (design.description !== undefined) d.description = design.description;
  i[X.design] = d;
  return i;
}

/** The ids of the operations this document writes, with dead-letter sends kept clear of the others. */
function deadLetterOperationIds(ctx: ExportContext, subs: Subscription[], pubs: Publication[]): Map<Id, string> {
  const taken = new Set<string>([...subs.map((s) => s.id), ...pubs.map((p) => p.id)]);
  const result = new Map<Id, string>();
  for (const sub of subs) {
    if (!sub.deadLetterTopicId || !ctx.index.topics.has(sub.deadLetterTopicId)) continue;
    let key = `${sub.id}-dead-letter`;
    for (let n = 2; taken.has(key); n++) key = `${sub.id}-dead-letter-${n}`;
    taken.add(key);
    result.set(sub.id, key);
  }
  return result;
}

export function serviceDocument(ctx: ExportContext, service: Service): Obj {
  const { design, index } = ctx;
  const pubs = [...(index.publicationsByService.get(service.id) ?? [])].filter((p) => index.topics.has(p.topicId)).sort(byId);
  const subs = [...(index.subscriptionsByService.get(service.id) ?? [])].filter((s) => index.topics.has(s.topicId)).sort(byId);
  const dlqOps = deadLetterOperationIds(ctx, subs, pubs);

  // Which messages each channel of this document must list.
  const channelEvents = new Map<Id, Set<Id>>();
  const addEvents = (topicId: Id, ids: Id[]) => {
    const set = channelEvents.get(topicId) ?? new Set<Id>();
    for (const id of ids) if (index.events.has(id)) set.add(id);
    channelEvents.set(topicId, set);
  };
  for (const p of pubs) addEvents(p.topicId, p.eventIds);
  for (const s of subs) {
    const handled = handledEventIds(design, s, index);
    addEvents(s.topicId, handled);
    if (dlqOps.has(s.id)) addEvents(s.deadLetterTopicId!, handled);
  }

  const topics = [...channelEvents.keys()].map((id) => index.topics.get(id)!).sort(byId);
  const brokers = new Set(topics.map((t) => t.broker));
  const servers = (design.servers ?? []).filter((s) => brokers.has(s.broker) && s.host).sort(byId);

  const doc: Obj = { asyncapi: ASYNCAPI_VERSION, info: info(ctx, service) };
  if (servers.length) {
    const out: Obj = {};
    for (const s of servers) {
      const server: Obj = { host: s.host, protocol: PROTOCOL[s.broker] };
      if (s.description) server.description = s.description;
      server[X.broker] = s.broker;
      out[s.id] = server;
    }
    doc.servers = out;
  }
  doc.defaultContentType = 'application/json';

  const msgKey = (eventId: Id) => ctx.messageKeys.get(eventId)!;
  const channels: Obj = {};
  const usedEvents = new Set<Id>();
  for (const topic of topics) {
    const eventIds = [...channelEvents.get(topic.id)!].sort((a, b) => (msgKey(a) < msgKey(b) ? -1 : 1));
    const messageRefs: Obj = {};
    for (const id of eventIds) {
      messageRefs[msgKey(id)] = { $ref: `#/components/messages/${pointerSegment(msgKey(id))}` };
      usedEvents.add(id);
    }
    const serverRefs = servers.filter((s) => s.broker === topic.broker).map((s) => ({ $ref: `#/servers/${s.id}` }));
    channels[topic.id] = channelObject({ topic, messageRefs, serverRefs, subscriptions: subs, topicById: (id) => index.topics.get(id) });
  }
  if (topics.length) doc.channels = channels;

  const refsOf = (topic: Topic, ids: Id[]) =>
    ids.filter((id) => index.events.has(id)).map((id) => ({ $ref: `#/channels/${topic.id}/messages/${pointerSegment(msgKey(id))}` }));
  const operations: Obj = {};
  const ops: [string, Obj][] = [];
  for (const p of pubs) {
    const topic = index.topics.get(p.topicId)!;
    const op: Obj = {
      action: 'send',
      channel: { $ref: `#/channels/${topic.id}` },
      summary: `${service.name} publishes to ${topic.name}.`,
      description: `${service.name} publishes ${names(ctx, p.eventIds)} to ${topic.name}${p.viaOutbox ? ' through a transactional outbox' : ''}.`,
      messages: refsOf(topic, p.eventIds),
    };
    if (p.viaOutbox !== undefined) op[X.outbox] = p.viaOutbox;
    if (p.triggeredBy !== undefined) op[X.triggeredBy] = [...p.triggeredBy];
    ops.push([p.id, op]);
  }
  for (const s of subs) {
    const topic = index.topics.get(s.topicId)!;
    const dlq = s.deadLetterTopicId ? index.topics.get(s.deadLetterTopicId) : undefined;
    const handled = handledEventIds(design, s, index);
    const op: Obj = {
      action: 'receive',
      channel: { $ref: `#/channels/${topic.id}` },
      summary: `${service.name} consumes from ${topic.name}.`,
      description:
        `${service.name} consumes ${s.eventIds ? names(ctx, s.eventIds) : 'every event'} from ${topic.name}` +
        (s.consumerGroup ? ` in consumer group ${s.consumerGroup}` : '') +
        (dlq ? `; messages it cannot process go to ${dlq.name}` : '') + '.',
    };
    // No `messages` = every message of the channel: the design's "absent = every event on the topic".
    if (s.eventIds) op.messages = refsOf(topic, s.eventIds);
    if (s.consumerGroup !== undefined && topic.broker === 'kafka')
      op.bindings = { kafka: { groupId: { type: 'string', enum: [s.consumerGroup] }, bindingVersion: '0.5.0' } };
    else if (topic.broker === 'rabbitmq') op.bindings = { amqp: { ack: true, bindingVersion: '0.3.0' } };
    if (s.consumerGroup !== undefined && topic.broker !== 'kafka') op[X.consumerGroup] = s.consumerGroup;
    if (s.idempotencyKey !== undefined) op[X.idempotencyKey] = s.idempotencyKey;
    if (s.maxRetries !== undefined) op[X.maxRetries] = s.maxRetries;
    if (dlq) op[X.deadLetterChannel] = dlq.id;
    ops.push([s.id, op]);
    if (dlq) {
      const dlqOp: Obj = {
        action: 'send',
        channel: { $ref: `#/channels/${dlq.id}` },
        summary: `${service.name} dead-letters what it cannot process from ${topic.name}.`,
        description: `Messages from ${topic.name} that ${service.name} fails to process${s.maxRetries !== undefined ? ` after ${s.maxRetries} retries` : ''} go to ${dlq.name}.`,
        messages: refsOf(dlq, handled),
      };
      dlqOp[X.deadLetterOf] = s.id;
      ops.push([dlqOps.get(s.id)!, dlqOp]);
    }
  }
  ops.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [key, op] of ops) operations[key] = op;
  if (ops.length) doc.operations = operations;

  const messages: Obj = {};
  for (const id of [...usedEvents].sort((a, b) => (msgKey(a) < msgKey(b) ? -1 : 1))) messages[msgKey(id)] = ctx.messages.get(id)!;
  if (usedEvents.size) doc.components = { messages };
  return doc;
}
