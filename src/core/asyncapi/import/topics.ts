// Channels → topics and servers (§4.1 "topic", "server"): broker, bindings, our extensions.
import { BROKER_OF_BINDING, brokerOfProtocol, DAY_MS, X } from '../vocabulary';
import { BROKERS, type Broker, type Server, type Topic } from '../../model/types';
import type { RawChannel, RawDoc } from './raw';
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
  const alert = c[X.depthAlert];
  if (isObj(alert) && typeof alert.threshold === 'number') topic.depthAlert = { threshold: alert.threshold };
  return topic;
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

export type ServerDraft = Omit<Server, 'id'> & { key: string };

export function serversOf(doc: RawDoc): ServerDraft[] {
  return doc.servers.map((s) => {
    const broker = BROKERS.find((b) => b === s.obj[X.broker]) ?? brokerOfProtocol(s.obj.protocol) ?? 'generic';
    const server: ServerDraft = { key: s.key, broker, host: typeof s.obj.host === 'string' ? s.obj.host : s.key };
    if (typeof s.obj.description === 'string') server.description = s.obj.description;
    return server;
  });
}
