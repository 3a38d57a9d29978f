import { updatePublication } from '../../model/commands';
import { publicationTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

export const outbox: Rule = {
  id: 'outbox',
  defaultSeverity: 'warning',
  title: 'Services that own state publish through an outbox',
  rationale:
    'A service that updates its database and then publishes an event makes two writes that can fail independently: ' +
    'a crash in between leaves the database changed and the event lost, or the event sent for a change that was rolled back. ' +
    'Write the event to an outbox table in the same transaction as the state change and publish from there (transactional outbox).',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    for (const pub of design.publications) {
      const service = index.services.get(pub.serviceId);
      if (!service?.ownsState || pub.viaOutbox) continue;
      findings.push({
        target: publicationTarget(pub, index),
        message: `${service.name} owns state but publishes to "${index.topics.get(pub.topicId)?.name ?? pub.topicId}" without an outbox: a dual write that can lose events or publish ones that never happened`,
        fix: { title: 'Publish via a transactional outbox', apply: (d) => updatePublication(d, pub.id, { viaOutbox: true }) },
      });
    }
    return findings;
  },
};
