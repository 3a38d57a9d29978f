import { eventFacts } from '../facts';
import { eventTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

export const schemaClosed: Rule = {
  id: 'schema-closed',
  defaultSeverity: 'warning',
  title: 'Payload schemas stay open to new fields',
  rationale:
    'Schemas evolve by adding optional fields. A consumer that validates with additionalProperties: false rejects every event ' +
    'as soon as the producer adds one — a compatible change becomes an outage. Consumers must tolerate unknown fields, so leave payload objects open.',
  check({ design }) {
    const findings: RawFinding[] = [];
    for (const event of design.events) {
      if (event.schemaFormat !== 'json-schema') continue;
      const facts = eventFacts(event);
      if (!facts.ok) continue;
      const seen = new Set<string>();
      for (const closed of facts.closedObjects) {
        if (seen.has(closed.jsonPointer)) continue;
        seen.add(closed.jsonPointer);
        const where = closed.path === '' ? 'the payload' : `"${closed.path}"`;
        findings.push({
          target: eventTarget(event),
          path: `${closed.jsonPointer}/additionalProperties`,
          message: `"${event.name}" sets additionalProperties: false on ${where}: consumers will reject events once a field is added`,
        });
      }
    }
    return findings;
  },
};
