// The event envelope of PRODUCT.md §3 (event-envelope rule): id, type, time, source and version,
// each found by name at the top level of the payload or of the headers schema.

import type { EventType } from '../model/types';
import { fieldAt, schemaFacts } from './facts';
import type { FieldFact, SchemaFacts } from './types';

export type EnvelopeRole = 'id' | 'type' | 'time' | 'source' | 'version';
export const ENVELOPE_ROLES: readonly EnvelopeRole[] = ['id', 'type', 'time', 'source', 'version'];

/** Accepted names per role, in order of preference; matched case-insensitively. */
export const ENVELOPE_NAMES: Readonly<Record<EnvelopeRole, readonly string[]>> = {
  id: ['id', 'eventId', 'event_id'],
  type: ['type', 'eventType', 'event_type'],
  time: ['time', 'timestamp', 'occurredAt', 'occurred_at', 'eventTime'],
  source: ['source', 'producer', 'origin'],
  version: ['version', 'schemaVersion', 'eventVersion', 'specversion'],
};

export interface EnvelopeField extends FieldFact {
  in: 'payload' | 'headers';
}

export type Envelope = Partial<Record<EnvelopeRole, EnvelopeField>> & {
  /** Roles with no acceptable field, in ENVELOPE_ROLES order. */
  missing: EnvelopeRole[];
  /** For a missing role whose name was found with the wrong type or format: why it does not count. */
  reasons: Partial<Record<EnvelopeRole, string>>;
  /** False when the payload schema could not be read (its own finding says so). */
  payloadOk: boolean;
  /** Set when the event is a CloudEvent (structured or binary mode): its attributes are the envelope. */
  cloudEvents?: 'structured' | 'binary';
};

/**
 * CloudEvents 1.0 carries the envelope as attributes: in the payload (structured mode:
 * `specversion`, `id`, `source`, `type`, `time`) or as headers (binary mode: Kafka `ce_id`, HTTP
 * `ce-id`, AMQP `cloudEvents:id` / `cloudEvents_id`). An event with the four required attributes is
 * a CloudEvent and has an envelope, whatever the formats: the CloudEvents spec, not ours, says
 * what its `id` and `time` look like (an id is any non-empty string; time is optional).
 */
const CLOUDEVENTS_PREFIXES = ['', 'ce_', 'ce-', 'cloudevents:', 'cloudevents_'];
const CLOUDEVENTS_REQUIRED = ['specversion', 'id', 'source', 'type'];
const CLOUDEVENTS_ROLE: Record<EnvelopeRole, string> = { id: 'id', type: 'type', time: 'time', source: 'source', version: 'specversion' };

function cloudEventsFields(sources: Source[]): { mode: 'structured' | 'binary'; fields: Partial<Record<EnvelopeRole, EnvelopeField>> } | undefined {
  for (const s of sources) {
    for (const prefix of CLOUDEVENTS_PREFIXES) {
      // Structured mode is the payload's own attributes; a header without a prefix is not a CloudEvents binding.
      if ((prefix === '') !== (s.in === 'payload')) continue;
      if (!CLOUDEVENTS_REQUIRED.every((a) => s.top.has(prefix + a))) continue;
      const fields: Partial<Record<EnvelopeRole, EnvelopeField>> = {};
      for (const role of ENVELOPE_ROLES) {
        const f = s.top.get(prefix + CLOUDEVENTS_ROLE[role]);
        if (f) fields[role] = { ...f, in: s.in };
      }
      return { mode: prefix === '' ? 'structured' : 'binary', fields };
    }
  }
  return undefined;
}

function hasType(f: FieldFact, type: string): boolean {
  return f.type === type || (Array.isArray(f.type) && f.type.includes(type));
}

/** Why a field with a matching name cannot serve the role, or undefined when it can. */
export function envelopeProblem(role: EnvelopeRole, f: FieldFact): string | undefined {
  const name = f.path;
  if (role === 'id') {
    if (!hasType(f, 'string')) return `${name} is not a string`;
    if (f.format !== 'uuid') return `${name} is not format uuid`;
  }
  if (role === 'time' && f.format !== 'date-time') return `${name} is not format date-time`;
  return undefined;
}

const topLevel = new WeakMap<SchemaFacts, Map<string, FieldFact>>();

/** Top-level fields by lower-cased name; remembered per (memoized, shared) facts object. */
function topLevelByName(facts: SchemaFacts): Map<string, FieldFact> {
  const known = topLevel.get(facts);
  if (known) return known;
  const map = new Map<string, FieldFact>();
  topLevel.set(facts, map);
  for (const f of facts.fields) {
    if (f.path.includes('.') || f.path.includes('[')) continue;
    const k = f.path.toLowerCase();
    if (!map.has(k)) map.set(k, f);
  }
  return map;
}

interface Source { facts: SchemaFacts; in: 'payload' | 'headers'; top: Map<string, FieldFact> }

function candidates(role: EnvelopeRole, sources: Source[], idField?: string): EnvelopeField[] {
  const out: EnvelopeField[] = [];
  for (const s of sources) {
    if (role === 'id' && idField) {
      const f = fieldAt(s.facts, idField);
      if (f) out.push({ ...f, in: s.in });
    }
    for (const name of ENVELOPE_NAMES[role]) {
      const f = s.top.get(name.toLowerCase());
      if (f) out.push({ ...f, in: s.in });
    }
  }
  return out;
}

/**
 * Finds the envelope fields of an event. The event's own `idField` (a dotted path) is accepted as
 * its id besides the usual names; it must still be a uuid string.
 */
export function envelopeOf(event: Pick<EventType, 'schema' | 'schemaFormat' | 'headersSchema' | 'idField'>): Envelope {
  const payload = schemaFacts(event.schema, event.schemaFormat);
  const sources: Source[] = [{ facts: payload, in: 'payload', top: topLevelByName(payload) }];
  if (event.headersSchema !== undefined && event.headersSchema.trim() !== '') {
    const headers = schemaFacts(event.headersSchema, 'json-schema');
    sources.push({ facts: headers, in: 'headers', top: topLevelByName(headers) });
  }
  const env: Envelope = { missing: [], reasons: {}, payloadOk: payload.ok };
  const cloudEvent = cloudEventsFields(sources);
  if (cloudEvent) {
    Object.assign(env, cloudEvent.fields);
    env.cloudEvents = cloudEvent.mode;
    return env;
  }
  for (const role of ENVELOPE_ROLES) {
    const found = candidates(role, sources, event.idField);
    const good = found.find((f) => envelopeProblem(role, f) === undefined);
    if (good) env[role] = good;
    else {
      env.missing.push(role);
      if (found.length > 0) env.reasons[role] = envelopeProblem(role, found[0]);
    }
  }
  return env;
}

/** The field a quick fix should use as the event id: a valid envelope id, else any id-named field. */
export function findIdField(facts: SchemaFacts): FieldFact | undefined {
  const top = topLevelByName(facts);
  const named = ENVELOPE_NAMES.id.map((n) => top.get(n.toLowerCase())).filter((f): f is FieldFact => f !== undefined);
  return named.find((f) => envelopeProblem('id', f) === undefined) ?? named[0];
}
