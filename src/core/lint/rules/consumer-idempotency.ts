import { hasFieldPath } from '../../schema';
import { eventFacts } from '../facts';
import type { EventType } from '../../model/types';
import { applyIdempotencyKey, proposedKey } from '../fixes/idempotency';
import { handled } from '../flow';
import { pointerForField } from '../schema-path';
import { subscriptionTarget } from '../targets';
import { redelivers } from '../transport';
import type { RawFinding, Rule } from '../types';

export const consumerIdempotency: Rule = {
  id: 'consumer-idempotency',
  defaultSeverity: 'error',
  title: 'Every consumer is idempotent',
  rationale:
    'Brokers deliver at least once: after a timeout, a rebalance or a redelivery the same event arrives again. ' +
    'A consumer that charges a card or ships a parcel on every delivery does it twice. ' +
    'Give each subscription an idempotency key — normally the event id — that is a field of every event it handles, ' +
    'and skip events whose key it has already processed.',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    for (const sub of design.subscriptions) {
      const topic = index.topics.get(sub.topicId);
      // Only an at-least-once transport delivers the same event twice.
      if (topic && !redelivers(topic, sub)) continue;
      const target = subscriptionTarget(sub, index);
      const events = handled(index, sub).map((id) => index.events.get(id)).filter((e): e is EventType => !!e);
      const key = sub.idempotencyKey?.trim();
      if (!key) {
        const proposal = proposedKey(events);
        findings.push({
          target,
          message: `${target.name} has no idempotency key: a redelivered event is processed twice`,
          fix: { title: `Deduplicate on ${proposal}`, apply: (d) => applyIdempotencyKey(d, sub.id) },
        });
        continue;
      }
      for (const event of events) {
        const facts = eventFacts(event);
        // An unreadable or truncated schema is schema-invalid's business, not this consumer's.
        if (!facts.ok || facts.truncated || hasFieldPath(facts, key)) continue;
        const proposal = proposedKey(events);
        findings.push({
          target,
          message: `Idempotency key "${key}" of ${target.name} is not a field of "${event.name}"`,
          path: pointerForField(key),
          fix:
            proposal !== key
              ? { title: `Deduplicate on ${proposal}`, apply: (d) => applyIdempotencyKey(d, sub.id) }
              : event.schemaFormat === 'json-schema' && !key.includes('.')
                ? { title: `Add ${key} (uuid) to ${event.name}`, apply: (d) => applyIdempotencyKey(d, sub.id) }
                : undefined,
        });
      }
    }
    return findings;
  },
};
