import { technicalReason } from '../naming/technical';
import { eventTarget } from '../targets';
import type { RawFinding, Rule } from '../types';
import { nameWasChosen } from '../naming/chosen';

export const eventNameBusiness: Rule = {
  id: 'event-name-business',
  defaultSeverity: 'warning',
  title: 'Events name business facts, not technical operations',
  rationale:
    'RowInserted or CacheInvalidated tell consumers how the publisher stores its data, not what happened. ' +
    'Such events leak the producer\'s tables to everyone who listens, break as soon as the storage changes, ' +
    'and force each consumer to reverse-engineer the business meaning. Name the fact in the language of the domain: ' +
    'CustomerRegistered rather than UserRowInserted.',
  check({ design }) {
    const findings: RawFinding[] = [];
    for (const event of design.events) {
      if (event.kind !== 'event' || !nameWasChosen(event)) continue;
      const reason = technicalReason(event.name);
      if (reason) findings.push({ target: eventTarget(event), message: `"${event.name}" is a technical name: ${reason}` });
    }
    return findings;
  },
};
