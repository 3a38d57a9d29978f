import { topicTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

export const deadLetterUnwatched: Rule = {
  id: 'dead-letter-unwatched',
  defaultSeverity: 'info',
  title: 'Someone watches each dead-letter topic',
  rationale:
    'A dead-letter topic nobody looks at is a slower way of losing messages. Its depth is a health metric of the consumers that feed it: ' +
    'alert when it grows, and have a way to reprocess what lands there once the cause is fixed — a depth alert, a reprocessing consumer, or both.',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    for (const topic of design.topics) {
      if (topic.kind !== 'dead-letter' || topic.depthAlert) continue;
      if ((index.subscriptionsByTopic.get(topic.id) ?? []).length > 0) continue;
      findings.push({ target: topicTarget(topic), message: `Dead-letter topic "${topic.name}" has neither a depth alert nor a reprocessing consumer: failed messages pile up unnoticed` });
    }
    return findings;
  },
};
