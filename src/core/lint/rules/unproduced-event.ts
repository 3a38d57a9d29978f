import { carriedBy, deadLetterSources } from '../flow';
import { subscriptionTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

export const unproducedEvent: Rule = {
  id: 'unproduced-event',
  defaultSeverity: 'warning',
  title: 'Consumed events have a producer',
  rationale:
    'A subscription that waits for an event nobody puts on its topic will never run. Usually the producer is missing from the design, ' +
    'publishes to a different topic, or the event was renamed on one side only. ' +
    'On a topic that leaves the design (marked external, or imported from a document that describes one service) the producers are outside it: the finding is only info.',
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
        const service = index.services.get(sub.serviceId)?.name ?? sub.serviceId;
        // A topic that leaves the design has its producers outside it: worth knowing, not a fault.
        findings.push(topic.external
          ? { target: subscriptionTarget(sub, index), severity: 'info', message: `${service} handles "${name}" from "${topic.name}", which leaves the design: its producers are outside it` }
          : { target: subscriptionTarget(sub, index), message: `${service} handles "${name}" but nothing puts it on "${topic.name}"` });
      }
    }
    return findings;
  },
};
