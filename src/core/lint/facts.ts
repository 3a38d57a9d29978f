// Per-event memos over the schema helper's facts. Design objects are immutable (an edit makes a
// new event object), so a WeakMap keyed by the event is exact and frees itself; it saves the
// text-keyed lookups and envelope scans that every rule would otherwise repeat on every edit.
import { envelopeOf, schemaFacts, type Envelope, type SchemaFacts } from '../schema';
import type { EventType } from '../model/types';

const factsMemo = new WeakMap<EventType, SchemaFacts>();
const envelopeMemo = new WeakMap<EventType, Envelope>();

export function eventFacts(event: EventType): SchemaFacts {
  let facts = factsMemo.get(event);
  if (!facts) factsMemo.set(event, (facts = schemaFacts(event.schema, event.schemaFormat)));
  return facts;
}

export function envelopeFor(event: EventType): Envelope {
  let env = envelopeMemo.get(event);
  if (!env) envelopeMemo.set(event, (env = envelopeOf(event)));
  return env;
}

/** Memoizes a function of a name: names repeat across edits, and lints run on every one. */
export function memoByName<T>(fn: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    if (cache.has(name)) return cache.get(name)!;
    if (cache.size > 10_000) cache.clear();
    const value = fn(name);
    cache.set(name, value);
    return value;
  };
}
