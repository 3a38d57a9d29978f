// Every lint rule, in catalog order (PRODUCT.md §3). Explicit: a rule runs because it is listed
// here, never because some module happened to be imported.
import { consumerDeadLetter } from './rules/consumer-dead-letter';
import { consumerGroupShared } from './rules/consumer-group-shared';
import { consumerIdempotency } from './rules/consumer-idempotency';
import { deadLetterUnwatched } from './rules/dead-letter-unwatched';
import { eventCycle } from './rules/event-cycle';
import { eventEnvelope } from './rules/event-envelope';
import { eventNameBusiness } from './rules/event-name-business';
import { eventNamePastTense } from './rules/event-name-past-tense';
import { eventNotQuery } from './rules/event-not-query';
import { exampleInvalid } from './rules/example-invalid';
import { orphanTopic } from './rules/orphan-topic';
import { outbox } from './rules/outbox';
import { partitionKey } from './rules/partition-key';
import { retentionReplay } from './rules/retention-replay';
import { schemaBreakingChange } from './rules/schema-breaking-change';
import { schemaClosed } from './rules/schema-closed';
import { schemaInvalid } from './rules/schema-invalid';
import { unconsumedEvent } from './rules/unconsumed-event';
import { unproducedEvent } from './rules/unproduced-event';
import type { Rule } from './types';

export const rules: readonly Rule[] = [
  eventNamePastTense,
  eventNotQuery,
  eventNameBusiness,
  consumerDeadLetter,
  deadLetterUnwatched,
  consumerIdempotency,
  eventEnvelope,
  partitionKey,
  consumerGroupShared,
  outbox,
  orphanTopic,
  unconsumedEvent,
  unproducedEvent,
  schemaInvalid,
  exampleInvalid,
  schemaClosed,
  schemaBreakingChange,
  retentionReplay,
  eventCycle,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
