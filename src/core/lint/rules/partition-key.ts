import { hasFieldPath } from '../../schema';
import { eventFacts } from '../facts';
import { carriedBy, deadLetterSources } from '../flow';
import { pointerForField } from '../schema-path';
import { topicTarget } from '../targets';
import type { RawFinding, Rule } from '../types';
import type { DesignIndex } from '../../model/queries';
import type { Id, Subscription, Topic } from '../../model/types';

/** Whether any event is on the topic: published, dead-lettered, handled by name or declared. */
function carriesEvents(index: DesignIndex, topic: Topic, sources: Map<Id, Subscription[]>): boolean {
  if (topic.declaredEventIds?.length) return true;
  if ((index.subscriptionsByTopic.get(topic.id) ?? []).some((s) => s.eventIds?.length)) return true;
  return carriedBy(index, topic, sources).size > 0;
}

export const partitionKey: Rule = {
  id: 'partition-key',
  defaultSeverity: 'warning',
  title: 'Partitioned topics have a partition key',
  rationale:
    'A partitioned log keeps order only within a partition. Without a key, events about the same order or customer are spread ' +
    'over partitions and processed out of order — OrderCancelled before OrderPlaced. Partition by the natural key of the entity ' +
    '(orderId, customerId), and make sure every event on the topic has that field. ' +
    'Dead-letter topics are exempt: their messages are inspected and replayed by hand, not consumed in order. ' +
    'A topic that carries no event yet (just dropped on the canvas) is not judged until it does: orphan-topic already says it is unused. ' +
    'On a topic that leaves the design and that the design only consumes, the producers outside it choose the key: the finding is only info.',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    const sources = deadLetterSources(design.subscriptions);
    for (const topic of design.topics) {
      if (topic.kind === 'dead-letter') continue;
      const partitioned = topic.broker === 'kafka' || (topic.partitions ?? 1) > 1;
      const key = topic.partitionKey?.trim();
      if (!key) {
        if (partitioned && !topic.keyedByMessageKey && carriesEvents(index, topic, sources)) {
          const why = topic.broker === 'kafka' ? 'Kafka topic' : `topic with ${topic.partitions} partitions`;
          const message = `${why} "${topic.name}" has no partition key: related events may be processed out of order`;
          // The producers choose the key; when they are all outside the design, it is theirs to fix.
          const producedOutside = topic.external === true && !index.publicationsByTopic.get(topic.id)?.length;
          findings.push(producedOutside
            ? { target: topicTarget(topic), severity: 'info', message: `${message} (its producers are outside the design)` }
            : { target: topicTarget(topic), message });
        }
        continue;
      }
      for (const eventId of carriedBy(index, topic, sources)) {
        const event = index.events.get(eventId);
        if (!event) continue;
        const facts = eventFacts(event);
        if (!facts.ok || facts.truncated || hasFieldPath(facts, key)) continue;
        findings.push({
          target: topicTarget(topic),
          message: `Partition key "${key}" of "${topic.name}" is not a field of "${event.name}"`,
          path: pointerForField(key),
        });
      }
    }
    return findings;
  },
};
