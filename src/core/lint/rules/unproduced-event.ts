import { carriedBy, deadLetterSources } from '../flow';
import { subscriptionTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

export const unproducedEvent: Rule = {
  id: 'unproduced-event',
  defaultSeverity: 'warning',
  title: 'Consumed events have a producer',
  rationale:
    'A subscription that waits for an event nobody puts on its topic will never run. Usually the producer is missing from the design, ' +
    'publishes to a different topic, or the event was renamed on one side only.',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    const sources = deadLetterSources(design.subscriptions);
    const carried = new Map<string, Set<string>>();
    for (const sub of design.subscriptions) {
      if (!sub.eventIds?.length) continue;
      const topic = index.topics.get(sub.topicId);
      if (!topic) continue;
      let onTopic = carried.get(topic.id);
      if (!onTopic) carried.set(topic.id, (onTopic = carriedBy(index, topic, sources)));
      for (const eventId of sub.eventIds) {
        if (onTopic.has(eventId)) continue;
        const name = index.events.get(eventId)?.name ?? eventId;
        findings.push({ target: subscriptionTarget(sub, index), message: `${index.services.get(sub.serviceId)?.name ?? sub.serviceId} handles "${name}" but nothing puts it on "${topic.name}"` });
      }
    }
    return findings;
  },
};
