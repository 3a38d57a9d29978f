import { envelopeFor } from '../facts';
import { eventTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

export const eventEnvelope: Rule = {
  id: 'event-envelope',
  defaultSeverity: 'warning',
  title: 'Events carry an envelope',
  rationale:
    'Every event needs the same few facts about itself, whatever its payload: a unique id (a uuid) so consumers can deduplicate, ' +
    'its type, when it happened (date-time), which service produced it, and the schema version it follows. ' +
    'Without them consumers cannot deduplicate, order, trace or upgrade safely. They may live in the payload or in the message headers.',
  check({ design }) {
    const findings: RawFinding[] = [];
    for (const event of design.events) {
      if (event.kind !== 'event' || event.rawSchemaFormat) continue;
      const env = envelopeFor(event);
      if (!env.payloadOk || env.missing.length === 0) continue;
      const missing = env.missing.map((role) => (env.reasons[role] ? `${role} (${env.reasons[role]})` : role));
      findings.push({ target: eventTarget(event), message: `"${event.name}" lacks envelope fields in payload and headers: ${missing.join(', ')}` });
    }
    return findings;
  },
};
