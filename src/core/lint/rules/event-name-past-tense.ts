import { renameElement } from '../../model/commands';
import { analyzeEventName } from '../naming/analyze';
import { eventTarget } from '../targets';
import type { RawFinding, Rule } from '../types';
import { nameWasChosen } from '../naming/chosen';

export const eventNamePastTense: Rule = {
  id: 'event-name-past-tense',
  defaultSeverity: 'error',
  title: 'Events are named as past-tense facts',
  rationale:
    'An event records something that has already happened in the business — OrderPlaced, PaymentFailed — and cannot be refused or undone. ' +
    'A name that starts with an imperative verb (PlaceOrder, SendEmail) is a command in disguise: it tells one particular receiver what to do, ' +
    'which couples the publisher to that consumer and leaves every other listener guessing whether the thing actually happened. ' +
    'Name the fact in the past tense; if you really mean "please do this", model it as a command.',
  check({ design }) {
    const findings: RawFinding[] = [];
    const names = new Set(design.events.map((e) => e.name.toLowerCase()));
    for (const event of design.events) {
      if (event.kind !== 'event' || !nameWasChosen(event)) continue;
      const verdict = analyzeEventName(event.name);
      if (verdict.kind === 'imperative') {
        const free = !names.has(verdict.suggestion.toLowerCase());
        findings.push({
          target: eventTarget(event),
          severity: 'error',
          message: `"${event.name}" starts with the command verb "${verdict.verb}": name the fact that happened, e.g. "${verdict.suggestion}"${free ? '' : ' (an event of that name already exists)'}`,
          fix: free ? { title: `Rename to ${verdict.suggestion}`, apply: (d) => renameElement(d, event.id, verdict.suggestion).design } : undefined,
        });
      } else if (verdict.kind === 'no-verb') {
        findings.push({
          target: eventTarget(event),
          severity: 'warning',
          message: `"${event.name}" holds no past-tense verb: say what happened (e.g. "…Changed", "…Created")`,
        });
      }
    }
    return findings;
  },
};
