import { createDeadLetterTopic } from '../fixes/dead-letter';
import { subscriptionTarget } from '../targets';
import { redelivers } from '../transport';
import type { RawFinding, Rule } from '../types';

export const consumerDeadLetter: Rule = {
  id: 'consumer-dead-letter',
  defaultSeverity: 'error',
  title: 'Every consumer has a dead-letter topic',
  rationale:
    'Some messages will fail however often they are retried: a schema violation, a bug, a downstream system that is gone. ' +
    'Without a dead-letter topic the consumer either drops them silently or retries forever and blocks everything queued behind them. ' +
    'After a bounded number of retries, route the message to a dead-letter topic (an SQS redrive policy is one), ' +
    'where it can be inspected and reprocessed once the cause is fixed. A retry count alone does not say where the message goes.',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    for (const sub of design.subscriptions) {
      const topic = index.topics.get(sub.topicId);
      // Reprocessors of a dead-letter topic are the end of the line, not a source of dead letters.
      if (!topic || topic.kind === 'dead-letter') continue;
      // A WebSocket or HTTP client is handed each message once: there is nothing to dead-letter.
      if (!redelivers(topic, sub)) continue;
      if (sub.deadLetterTopicId && index.topics.has(sub.deadLetterTopicId)) continue;
      const retries = sub.maxRetries !== undefined ? ` Retrying ${sub.maxRetries} time${sub.maxRetries === 1 ? '' : 's'} is not enough: it does not say where a message goes after the last attempt.` : '';
      const dangling = sub.deadLetterTopicId ? ` (its dead-letter topic "${sub.deadLetterTopicId}" does not exist)` : '';
      findings.push({
        target: subscriptionTarget(sub, index),
        message: `${index.services.get(sub.serviceId)?.name ?? sub.serviceId} consumes "${topic.name}" with no dead-letter topic${dangling}: messages it cannot process are lost or block the rest.${retries}`,
        fix: { title: 'Create a dead-letter topic and wire it', apply: (d) => createDeadLetterTopic(d, sub.id) },
      });
    }
    return findings;
  },
};
