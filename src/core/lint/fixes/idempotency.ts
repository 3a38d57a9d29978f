// Quick fix of consumer-idempotency: key the subscription on the events' id field, adding an
// optional `eventId` (uuid) to schemas that have none. Optional, so no example and no earlier
// version of the schema becomes invalid.
import { addProperty, findIdField, hasFieldPath, schemaFacts } from '../../schema';
import type { Design, EventType, Id } from '../../model/types';
import { indexDesign } from '../../model/queries';
import { handled } from '../flow';

const EVENT_ID_SCHEMA = { type: 'string', format: 'uuid', description: 'Unique id of this event; consumers deduplicate on it.' };

/** The key the fix would use: the id field most of the handled events share, else `eventId`. */
export function proposedKey(events: readonly EventType[]): string {
  const votes = new Map<string, number>();
  for (const e of events) {
    const facts = schemaFacts(e.schema, e.schemaFormat);
    if (!facts.ok) continue;
    const path = e.idField && hasFieldPath(facts, e.idField) ? e.idField : findIdField(facts)?.path;
    if (path) votes.set(path, (votes.get(path) ?? 0) + 1);
  }
  let best = 'eventId';
  let most = 0;
  for (const [path, n] of votes) if (n > most) [best, most] = [path, n];
  return best;
}

export function applyIdempotencyKey(design: Design, subscriptionId: Id): Design {
  const sub = design.subscriptions.find((s) => s.id === subscriptionId);
  if (!sub) return design;
  const index = indexDesign(design);
  const events = handled(index, sub).map((id) => index.events.get(id)).filter((e): e is EventType => !!e);
  const key = proposedKey(events);
  const patched = new Map<Id, EventType>();
  for (const e of events) {
    const facts = schemaFacts(e.schema, e.schemaFormat);
    if (!facts.ok || hasFieldPath(facts, key) || e.schemaFormat !== 'json-schema' || key.includes('.')) continue;
    const schema = addProperty(e.schema, key, EVENT_ID_SCHEMA);
    if (schema !== null) patched.set(e.id, { ...e, schema, ...(e.idField ? {} : { idField: key }) });
  }
  return {
    ...design,
    events: patched.size ? design.events.map((e) => patched.get(e.id) ?? e) : design.events,
    subscriptions: design.subscriptions.map((s) => (s.id === sub.id ? { ...s, idempotencyKey: key } : s)),
  };
}
