import type { Id } from '../../model/types';
import { publicationTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

export const unconsumedEvent: Rule = {
  id: 'unconsumed-event',
  defaultSeverity: 'warning',
  title: 'Published events have a consumer',
  rationale:
    'An event that no subscription handles is work without a purpose in the design: it is produced, stored and paid for, and nobody depends on it. ' +
    'Either a consumer is missing from the design, or the event is dead weight. (Publishing for future consumers is fine: suppress this finding with that reason.) ' +
    'On a topic that leaves the design (marked external, or imported from a document that describes one service) the consumers are outside it: the finding is only info.',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    const handledOn = new Map<Id, Set<Id> | 'all'>();
    for (const sub of design.subscriptions) {
      const current = handledOn.get(sub.topicId);
      if (current === 'all') continue;
      if (!sub.eventIds) handledOn.set(sub.topicId, 'all');
      else {
        const set = current ?? new Set<Id>();
        for (const e of sub.eventIds) set.add(e);
        handledOn.set(sub.topicId, set);
      }
    }
    for (const pub of design.publications) {
      const topic = index.topics.get(pub.topicId);
      if (!topic || topic.kind !== 'stream') continue;
      const set = handledOn.get(pub.topicId);
      if (set === 'all') continue;
      for (const eventId of pub.eventIds) {
        if (set?.has(eventId)) continue;
        const name = index.events.get(eventId)?.name ?? eventId;
        // A topic that leaves the design has its consumers outside it: worth knowing, not a fault.
        findings.push(topic.external
          ? { target: publicationTarget(pub, index), severity: 'info', message: `"${name}" is published to "${topic.name}", which leaves the design: its consumers are outside it` }
          : { target: publicationTarget(pub, index), message: `"${name}" is published to "${topic.name}" but no subscription handles it` });
      }
    }
    return findings;
  },
};
