// Dead-letter links, from whichever side a document states them (§4.1 "subscription"):
// the receive operation's `x-eventsmith-dead-letter-channel`, the consumer's send operation to
// the dead-letter channel, the channel's `x-eventsmith-dead-letter-for`, or an SQS redrive policy.
import { slugify } from '../../model/ids';
import { X } from '../vocabulary';
import type { Id, Subscription, Topic } from '../../model/types';
import type { RawDoc, RawOperation } from './raw';
import { isObj, type Resolver } from './refs';
import { lastSegment } from './read-v3';
import { sqsRedrive } from './topics';

export interface LinkInput {
  doc: RawDoc;
  receives: RawOperation[];
  subOfKey: Map<string, Subscription>;
  deadLetterSends: Map<RawOperation, RawOperation>;
  topicOfKey: Map<string, Topic>;
  topicByAddress: Map<string, Topic>;
  ids: { take: (preferred: string | undefined, name: string, fallback: string) => Id };
  resolver: Resolver;
}

function channelKeyOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObj(value) && typeof value.$ref === 'string') return lastSegment(value.$ref);
  return undefined;
}

export function linkDeadLetters({ doc, receives, subOfKey, deadLetterSends, topicOfKey, topicByAddress, ids, resolver }: LinkInput): void {
  const setDlq = (sub: Subscription, topic: Topic | undefined) => {
    if (!topic || sub.deadLetterTopicId || topic.id === sub.topicId) return;
    sub.deadLetterTopicId = topic.id;
    topic.kind = 'dead-letter';
  };
  // Documents we wrote state every link on the receive operation; the other sides only repeat it.
  const ours = doc.info[X.id] !== undefined;
  for (const op of receives) {
    const key = channelKeyOf(op.obj[X.deadLetterChannel]);
    if (key) setDlq(subOfKey.get(op.key)!, topicOfKey.get(key));
  }
  for (const [send, recv] of deadLetterSends) if (!ours) setDlq(subOfKey.get(recv.key)!, topicOfKey.get(send.channelKey));
  if (ours) return;
  for (const ch of doc.channels) {
    const sources = ch.obj[X.deadLetterFor];
    const list = typeof sources === 'string' ? [sources] : Array.isArray(sources) ? sources.map(channelKeyOf) : [];
    for (const source of list) {
      if (!source) continue;
      for (const op of receives) if (op.channelKey === source) setDlq(subOfKey.get(op.key)!, topicOfKey.get(ch.key));
    }
  }
  for (const ch of doc.channels) {
    const redrive = sqsRedrive(ch, resolver);
    if (!redrive) continue;
    let dlq = topicByAddress.get(redrive.queue);
    if (!dlq) {
      // A queue the documents name only in the redrive policy: it exists, so it becomes a topic.
      dlq = { id: ids.take(undefined, slugify(redrive.queue, 'dead-letter'), 'dead-letter'), name: redrive.queue, broker: 'sqs', kind: 'dead-letter' };
      topicByAddress.set(redrive.queue, dlq);
    }
    for (const op of receives) {
      if (op.channelKey !== ch.key) continue;
      const sub = subOfKey.get(op.key)!;
      setDlq(sub, dlq);
      if (sub.maxRetries === undefined && redrive.maxReceiveCount !== undefined) sub.maxRetries = redrive.maxReceiveCount;
    }
  }
}
