// Topics → channels: address, broker bindings, and our extensions (§4.1 "topic").
import type { Subscription, Topic } from '../../model/types';
import { DAY_MS, X } from '../vocabulary';
import { kafkaChannelBinding, keptValue, structuredCloneJson, withKept } from './kept';

type Json = unknown;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function kafkaBinding(topic: Topic): Json {
  const binding: Record<string, Json> = {};
  if (topic.partitions !== undefined) binding.partitions = topic.partitions;
  const config: Record<string, Json> = {};
  if (topic.compacted !== undefined) config['cleanup.policy'] = [topic.compacted ? 'compact' : 'delete'];
  if (topic.retention !== undefined)
    config['retention.ms'] = topic.retention === 'infinite' ? -1 : Math.round(topic.retention.days * DAY_MS);
  if (Object.keys(config).length) binding.topicConfiguration = config;
  binding.bindingVersion = '0.5.0';
  return binding;
}

function amqpBinding(topic: Topic): Json | undefined {
  if (topic.name.length > 255) return undefined;
  if (topic.kind === 'dead-letter')
    return { is: 'queue', queue: { name: topic.name, durable: true, exclusive: false, autoDelete: false, vhost: '/' }, bindingVersion: '0.3.0' };
  return { is: 'routingKey', exchange: { name: topic.name, type: 'topic', durable: true, autoDelete: false, vhost: '/' }, bindingVersion: '0.3.0' };
}

/** The SQS queue, with the redrive policy of the service's subscription on it (if it has a dead letter). */
function sqsBinding(topic: Topic, subs: Subscription[], topicById: (id: string) => Topic | undefined): Json {
  const queue: Record<string, Json> = { name: topic.name, fifoQueue: false };
  const withDlq = subs.find((s) => s.topicId === topic.id && s.deadLetterTopicId && topicById(s.deadLetterTopicId));
  if (withDlq) {
    const dlq = topicById(withDlq.deadLetterTopicId!)!;
    const redrive: Record<string, Json> = { deadLetterQueue: { name: dlq.name } };
    if (withDlq.maxRetries !== undefined && Number.isInteger(withDlq.maxRetries)) redrive.maxReceiveCount = withDlq.maxRetries;
    queue.redrivePolicy = redrive;
  }
  return { queue, bindingVersion: '0.2.0' };
}

/** `{name}` parts of an address are channel parameters that AsyncAPI wants declared. */
function addressParameters(address: string): Record<string, Json> | undefined {
  const names = [...address.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]).filter((n) => /^[A-Za-z0-9_-]+$/.test(n));
  if (names.length === 0) return undefined;
  const params: Record<string, Json> = {};
  for (const n of [...new Set(names)].sort()) params[n] = { description: `The ${n} part of the topic name.` };
  return params;
}

export interface ChannelInput {
  topic: Topic;
  messageRefs: Record<string, Json>;
  serverRefs: Json[];
  /** The service's subscriptions (for the dead-letter links written on this channel). */
  subscriptions: Subscription[];
  topicById: (id: string) => Topic | undefined;
}

export function channelObject({ topic, messageRefs, serverRefs, subscriptions, topicById }: ChannelInput): Json {
  const kept = topic.kept;
  // An imported channel keeps its own title, parameters and bindings; nothing is made up for it.
  // Channels that share one address in their document are topics of their own names; the address is kept.
  const keptAddress = keptValue(kept, 'address');
  const c: Record<string, Json> = { address: typeof keptAddress === 'string' ? keptAddress : topic.name };
  if (!kept) c.title = topic.name;
  if (topic.description) c.description = topic.description;
  c.messages = messageRefs;
  const params = kept ? keptValue(kept, 'parameters') : addressParameters(topic.name);
  if (params) c.parameters = structuredCloneJson(params);
  if (serverRefs.length) c.servers = serverRefs;
  const keptBindings = keptValue(kept, 'bindings');
  const bindings: Record<string, Json> = isRecord(keptBindings) ? structuredCloneJson(keptBindings) : {};
  if (isRecord(bindings.kafka)) bindings.kafka = kafkaChannelBinding(topic, bindings.kafka);
  else if (topic.broker === 'kafka' && (!kept || topic.partitions !== undefined || topic.retention !== undefined || topic.compacted !== undefined)) bindings.kafka = kafkaBinding(topic);
  if (!kept) {
    if (topic.broker === 'rabbitmq') {
      const amqp = amqpBinding(topic);
      if (amqp) bindings.amqp = amqp;
    }
    if (topic.broker === 'sqs') bindings.sqs = sqsBinding(topic, subscriptions, topicById);
    if (topic.broker === 'sns') bindings.sns = { name: topic.name, bindingVersion: '0.1.0' };
  }
  if (Object.keys(bindings).length) c.bindings = bindings;
  withKept(c, kept, ['servers']);
  if (kept) c[X.kept] = true;
  c[X.broker] = topic.broker;
  if (topic.broker !== 'kafka') {
    if (topic.partitions !== undefined) c[X.partitions] = topic.partitions;
    if (topic.retention !== undefined) c[X.retention] = topic.retention === 'infinite' ? 'infinite' : { days: topic.retention.days };
    if (topic.compacted !== undefined) c[X.compacted] = topic.compacted;
  }
  if (topic.partitionKey !== undefined) c[X.partitionKey] = topic.partitionKey;
  if (topic.keyedByMessageKey !== undefined) c[X.keyedByMessageKey] = topic.keyedByMessageKey;
  if (topic.replayed !== undefined) c[X.replayed] = topic.replayed;
  if (topic.external) c[X.external] = true;
  if (topic.kind === 'dead-letter') {
    const sources = subscriptions.filter((s) => s.deadLetterTopicId === topic.id).map((s) => s.topicId);
    c[X.deadLetterFor] = [...new Set(sources)].sort();
  }
  if (topic.depthAlert !== undefined) c[X.depthAlert] = { threshold: topic.depthAlert.threshold };
  return c;
}

