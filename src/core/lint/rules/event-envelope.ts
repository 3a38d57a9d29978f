import type { Id } from '../../model/types';
import { envelopeFor } from '../facts';
import { handled } from '../flow';
import { eventTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

export const eventEnvelope: Rule = {
  id: 'event-envelope',
  defaultSeverity: 'warning',
  title: 'Events carry an envelope',
  rationale:
    'Every event needs the same few facts about itself, whatever its payload: a unique id (a uuid) so consumers can deduplicate, ' +
    'its type, when it happened (date-time), which service produced it, and the schema version it follows. ' +
    'Without them consumers cannot deduplicate, order, trace or upgrade safely. They may live in the payload or in the message headers. ' +
    'A CloudEvent (structured, or binary with ce_ headers) has them. An event the design only receives over topics that leave it is ' +
    'produced outside the design: its envelope is its producer\'s to add, so the finding is only info.',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    const produced = new Set<Id>(design.publications.flatMap((p) => p.eventIds));
    // Topics each event arrives on (handled by a subscription, or declared by the topic).
    const arrivesOn = new Map<Id, Set<Id>>();
    const note = (eventId: Id, topicId: Id) => {
      const set = arrivesOn.get(eventId) ?? new Set<Id>();
      set.add(topicId);
      arrivesOn.set(eventId, set);
    };
    for (const sub of design.subscriptions) for (const e of handled(index, sub)) note(e, sub.topicId);
    for (const topic of design.topics) for (const e of topic.declaredEventIds ?? []) note(e, topic.id);
    const fromOutside = (eventId: Id) => {
      if (produced.has(eventId)) return false;
      const topics = [...(arrivesOn.get(eventId) ?? [])];
      return topics.length > 0 && topics.every((t) => index.topics.get(t)?.external === true);
    };
    for (const event of design.events) {
      if (event.kind !== 'event' || event.rawSchemaFormat) continue;
      const env = envelopeFor(event);
      if (!env.payloadOk || env.missing.length === 0) continue;
      const missing = env.missing.map((role) => (env.reasons[role] ? `${role} (${env.reasons[role]})` : role));
      const message = `"${event.name}" lacks envelope fields in payload and headers: ${missing.join(', ')}`;
      findings.push(fromOutside(event.id)
        ? { target: eventTarget(event), severity: 'info', message: `${message} (it is produced outside the design)` }
        : { target: eventTarget(event), message });
    }
    return findings;
  },
};
