import { topicTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

export const retentionReplay: Rule = {
  id: 'retention-replay',
  defaultSeverity: 'warning',
  title: 'Replayed topics keep their history',
  rationale:
    'Consumers that rebuild their state by replaying a topic from the beginning need the beginning to still be there. ' +
    'With a finite retention (Kafka keeps 7 days by default) the oldest events are deleted and a rebuild silently produces a partial state. ' +
    'Keep such topics forever, or compact them so the latest event per key survives.',
  check({ design }) {
    const findings: RawFinding[] = [];
    for (const topic of design.topics) {
      if (!topic.replayed || topic.retention === 'infinite' || topic.compacted) continue;
      const retention = topic.retention ? `${topic.retention.days} day${topic.retention.days === 1 ? '' : 's'}` : 'the broker default (7 days on Kafka)';
      findings.push({ target: topicTarget(topic), message: `"${topic.name}" is replayed but keeps events for only ${retention} and is not compacted: a rebuild misses older events` });
    }
    return findings;
  },
};
