import { topicTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

export const orphanTopic: Rule = {
  id: 'orphan-topic',
  defaultSeverity: 'warning',
  title: 'Topics are connected',
  rationale:
    'A topic nobody publishes to and nobody consumes is either unfinished design or a leftover. Leftovers cost money, ' +
    'confuse readers of the catalog and tend to get reused for the wrong purpose. Connect it or delete it.',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    const deadLetterTargets = new Set(design.subscriptions.map((s) => s.deadLetterTopicId));
    for (const topic of design.topics) {
      if (topic.kind !== 'stream' || deadLetterTargets.has(topic.id)) continue;
      if (index.publicationsByTopic.has(topic.id) || index.subscriptionsByTopic.has(topic.id)) continue;
      findings.push({ target: topicTarget(topic), message: `Topic "${topic.name}" has no publishers and no consumers` });
    }
    return findings;
  },
};
