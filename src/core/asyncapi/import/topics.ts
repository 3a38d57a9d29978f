// Channels → topics and servers (§4.1 "topic", "server"): broker, bindings, our extensions.
import { BROKER_OF_BINDING, brokerOfProtocol, DAY_MS, PROTOCOL, X } from '../vocabulary';
import { BROKERS, PROTOCOL_OF_BROKER, type Broker, type Json, type Server, type Topic } from '../../model/types';
import { CHANNEL_MODELLED, convertParameters, convertSecurity, keepOf, SERVER_MODELLED, splitUrl } from './keep';
import type { RawChannel, RawDoc, RawServer } from './raw';
import { isObj, type Obj, type Resolver } from './refs';

export type TopicDraft = Omit<Topic, 'id'>;

function bindingsOf(obj: Obj, file: string, resolver: Resolver): Obj {
  const b = resolver.deref(obj.bindings, file).value;
  return isObj(b) ? b : {};
}

function brokerOf(channel: RawChannel, doc: RawDoc, bindings: Obj): Broker {
  const own = BROKERS.find((b) => b === channel.obj[X.broker]);
  if (own) return own;
  for (const key of Object.keys(bindings)) if (BROKER_OF_BINDING[key]) return BROKER_OF_BINDING[key];
  const servers = channel.serverKeys ? doc.servers.filter((s) => channel.serverKeys!.includes(s.key)) : doc.servers;
  const brokers = new Set(servers.map((s) => BROKERS.find((b) => b === s.obj[X.broker]) ?? brokerOfProtocol(s.obj.protocol)));
  return brokers.size === 1 ? ([...brokers][0] ?? 'generic') : 'generic';
}

const posInt = (v: unknown) => (Number.isInteger(v) && (v as number) >= 1 ? (v as number) : undefined);

export function topicOf(channel: RawChannel, doc: RawDoc, resolver: Resolver): TopicDraft {
  const c = channel.obj;
  const bindings = bindingsOf(c, channel.file, resolver);
  const broker = brokerOf(channel, doc, bindings);
  const topic: TopicDraft = { name: channel.address, broker, kind: c[X.deadLetterFor] !== undefined ? 'dead-letter' : 'stream' };
  if (typeof c.description === 'string') topic.description = c.description;
  const kafka = resolver.deref(bindings.kafka, channel.file).value;
  if (isObj(kafka)) {
    const partitions = posInt(kafka.partitions);
    if (partitions) topic.partitions = partitions;
    const config = kafka.topicConfiguration;
    if (isObj(config)) {
      const ms = config['retention.ms'];
      if (ms === -1) topic.retention = 'infinite';
      else if (typeof ms === 'number' && ms > 0) topic.retention = { days: ms / DAY_MS };
      const policy = config['cleanup.policy'];
      if (Array.isArray(policy)) topic.compacted = policy.includes('compact');
    }
  }
  if (topic.partitions === undefined && posInt(c[X.partitions])) topic.partitions = c[X.partitions] as number;
  const retention = c[X.retention];
  if (topic.retention === undefined && retention === 'infinite') topic.retention = 'infinite';
  if (topic.retention === undefined && isObj(retention) && typeof retention.days === 'number' && retention.days > 0) topic.retention = { days: retention.days };
  if (topic.compacted === undefined && typeof c[X.compacted] === 'boolean') topic.compacted = c[X.compacted] as boolean;
  if (typeof c[X.partitionKey] === 'string') topic.partitionKey = c[X.partitionKey] as string;
  if (typeof c[X.keyedByMessageKey] === 'boolean') topic.keyedByMessageKey = c[X.keyedByMessageKey] as boolean;
  if (typeof c[X.replayed] === 'boolean') topic.replayed = c[X.replayed] as boolean;
  if (c[X.external] === true) topic.external = true;
  const alert = c[X.depthAlert];
  if (isObj(alert) && typeof alert.threshold === 'number') topic.depthAlert = { threshold: alert.threshold };
  // Our documents name a channel's servers whenever it has any.
  const servers = channel.serverKeys || !isOurs(doc) ? channelServers(channel, doc) : [];
  const protocols = new Set(servers.map((s) => protocolOf(s)));
  const protocol = protocols.size === 1 ? [...protocols][0] : PROTOCOL_OF_BROKER[broker];
  if (protocol) topic.protocol = protocol;
  if (keeps(doc, c)) {
    const rest: Obj = {};
    for (const [k, v] of Object.entries(c)) if (!(CHANNEL_MODELLED as readonly string[]).includes(k)) rest[k] = v;
    const kept = keepOf(resolver.inline(rest, channel.file) as Obj, []);
    const params = doc.major === 2 ? convertParameters(resolver.inline(c.parameters, channel.file)) : (resolver.inline(c.parameters, channel.file) as Json | undefined);
    if (params !== undefined) kept.parameters = params;
    topic.kept = kept;
  }
  return topic;
}

/** Documents we wrote: their elements keep nothing, the design is all they say. */
export function isOurs(doc: RawDoc): boolean {
  return doc.info[X.id] !== undefined;
}

/** Whether an element keeps what the design does not model: always, unless we wrote it from a design element that kept nothing. */
export function keeps(doc: RawDoc, obj: Obj): boolean {
  return !isOurs(doc) || obj[X.kept] === true;
}

/** The servers a channel is available on: the ones it names, else every server of the document. */
export function channelServers(channel: RawChannel, doc: RawDoc): RawServer[] {
  return channel.serverKeys ? doc.servers.filter((s) => channel.serverKeys!.includes(s.key)) : doc.servers;
}

/** The server's protocol; our stand-ins for brokers without one (`generic`, `eventbridge`) are none. */
function protocolOf(s: RawServer): string | undefined {
  const p = s.obj.protocol;
  if (typeof p !== 'string' || p === 'generic') return undefined;
  const broker = BROKERS.find((b) => b === s.obj[X.broker]);
  return broker && PROTOCOL_OF_BROKER[broker] === undefined && p === PROTOCOL[broker] ? undefined : p;
}

/** The SQS dead-letter queue named by a channel's redrive policy (by name or ARN), and its receive count. */
export function sqsRedrive(channel: RawChannel, resolver: Resolver): { queue: string; maxReceiveCount?: number } | undefined {
  const sqs = resolver.deref(bindingsOf(channel.obj, channel.file, resolver).sqs, channel.file).value;
  if (!isObj(sqs)) return undefined;
  const queue = isObj(sqs.queue) ? sqs.queue : undefined;
  const redrive = queue && isObj(queue.redrivePolicy) ? queue.redrivePolicy : undefined;
  const target = redrive && isObj(redrive.deadLetterQueue) ? redrive.deadLetterQueue : undefined;
  const name = target ? (typeof target.name === 'string' ? target.name : typeof target.arn === 'string' ? target.arn.split(':').pop() : undefined) : undefined;
  const dlq = !name && isObj(sqs.deadLetterQueue) && typeof sqs.deadLetterQueue.name === 'string' ? sqs.deadLetterQueue.name : name;
  if (!dlq) return undefined;
  const count = redrive && Number.isInteger(redrive.maxReceiveCount) ? (redrive.maxReceiveCount as number) : undefined;
  return { queue: dlq, maxReceiveCount: count };
}

export type ServerDraft = Omit<Server, 'id'> & { key: string; pathname?: string };

export function serversOf(doc: RawDoc, resolver: Resolver): ServerDraft[] {
  return doc.servers.map((s) => {
    const broker = BROKERS.find((b) => b === s.obj[X.broker]) ?? brokerOfProtocol(s.obj.protocol) ?? 'generic';
    const address = typeof s.obj.host === 'string' ? s.obj.host : s.key;
    const { host, pathname } = doc.major === 2 ? splitUrl(address) : { host: address, pathname: typeof s.obj.pathname === 'string' ? s.obj.pathname : undefined };
    const server: ServerDraft = { key: s.key, broker, host: host || s.key };
    if (typeof s.obj.description === 'string') server.description = s.obj.description;
    const protocol = protocolOf(s);
    if (protocol) server.protocol = protocol;
    if (typeof s.obj.protocolVersion === 'string') server.protocolVersion = s.obj.protocolVersion;
    if (pathname !== undefined) server.pathname = pathname;
    if (keeps(doc, s.obj)) {
      const rest: Obj = {};
      for (const [k, v] of Object.entries(s.obj)) if (!(SERVER_MODELLED as readonly string[]).includes(k)) rest[k] = v;
      const kept = keepOf(resolver.inline(rest, s.file) as Obj, []);
      if (pathname !== undefined) kept.pathname = pathname;
      const security = doc.major === 2 ? convertSecurity(s.obj.security, doc.securitySchemes) : (resolver.inline(s.obj.security, s.file) as Json[] | undefined);
      if (security !== undefined) kept.security = security;
      server.kept = kept;
    }
    return server;
  });
}
