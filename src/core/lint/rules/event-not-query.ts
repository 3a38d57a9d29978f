import { isQueryName } from '../naming/analyze';
import { eventTarget } from '../targets';
import type { RawFinding, Rule } from '../types';
import { nameWasChosen } from '../naming/chosen';

export const eventNotQuery: Rule = {
  id: 'event-not-query',
  defaultSeverity: 'warning',
  title: 'Queries are not events',
  rationale:
    'A message that asks for data (GetUser, FetchPrices, PriceQuoteRequest) expects an answer from someone in particular, ' +
    'so it brings back the request/response coupling that events exist to remove — with worse latency and no error path. ' +
    'Use a synchronous call for queries, or publish the facts the asker needs so it can keep its own copy.',
  check({ design }) {
    const findings: RawFinding[] = [];
    for (const event of design.events) {
      if (event.kind !== 'event' || !nameWasChosen(event) || !isQueryName(event.name)) continue;
      findings.push({
        target: eventTarget(event),
        message: `"${event.name}" is named as a query or request: use a synchronous call, or mark the message as a query`,
      });
    }
    return findings;
  },
};
