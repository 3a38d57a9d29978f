import { hasFieldPath } from '../../schema';
import { eventFacts } from '../facts';
import { carriedBy, deadLetterSources } from '../flow';
import { pointerForField } from '../schema-path';
import { topicTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

export const partitionKey: Rule = {
  id: 'partition-key',
  defaultSeverity: 'warning',
  title: 'Partitioned topics have a partition key',
  rationale:
    'A partitioned log keeps order only within a partition. Without a key, events about the same order or customer are spread ' +
    'over partitions and processed out of order — OrderCancelled before OrderPlaced. Partition by the natural key of the entity ' +
    '(orderId, customerId), and make sure every event on the topic has that field.',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    const sources = deadLetterSources(design.subscriptions);
    for (const topic of design.topics) {
      const partitioned = topic.broker === 'kafka' || (topic.partitions ?? 1) > 1;
      const key = topic.partitionKey?.trim();
      if (!key) {
        if (partitioned && !topic.keyedByMessageKey) {
          const why = topic.broker === 'kafka' ? 'Kafka topic' : `topic with ${topic.partitions} partitions`;
          findings.push({ target: topicTarget(topic), message: `${why} "${topic.name}" has no partition key: related events may be processed out of order` });
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
