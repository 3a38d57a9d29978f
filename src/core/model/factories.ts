import { freshBase, slugify, uniqueId } from './ids';
import { allIds } from './queries';
import { DESIGN_FORMAT, FORMAT_VERSION, type Design, type DesignFile, type EventType, type Server, type Service, type Topic } from './types';

export function emptyDesign(name = 'Untitled design', id = slugify(name, 'design')): Design {
  return { id, name, version: '1.0.0', services: [], topics: [], events: [], publications: [], subscriptions: [], layout: { nodes: {} } };
}

export function toFile(design: Design): DesignFile {
  return { format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION, design };
}

/** A name not yet used (case-insensitively) in `names`: `Base`, `Base 2`, … (`separator` between). */
export function uniqueName(base: string, names: Iterable<string>, separator = ' '): string {
  const taken = new Set([...names].map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${separator}${n}`.toLowerCase())) return `${base}${separator}${n}`;
}

export function newService(design: Design, name = 'NewService'): Service {
  // The separator is the one the name is stored with: a third "Producer" is Producer3, not a second Producer2.
  const unique = uniqueName(freshBase(name.replace(/ /g, ''), ''), design.services.map((s) => s.name), '');
  return { id: uniqueId(slugify(unique, 'service'), allIds(design)), idFollowsName: true, name: unique };
}

export function newTopic(design: Design, kind: Topic['kind'] = 'stream', name = kind === 'dead-letter' ? 'dead-letter' : 'topic'): Topic {
  const unique = uniqueName(freshBase(name.replace(/ /g, '-'), '-'), design.topics.map((t) => t.name), '-');
  return { id: uniqueId(slugify(unique, 'topic'), allIds(design)), idFollowsName: true, name: unique, broker: 'kafka', kind };
}

/** A broker host for AsyncAPI `servers`; its id follows the host. */
export function newServer(design: Design, host = 'localhost:9092'): Server {
  return { id: uniqueId(slugify(host, 'server'), allIds(design)), idFollowsName: true, broker: 'kafka', host };
}

export const DEFAULT_EVENT_SCHEMA = `{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "properties": {
    "eventId": { "type": "string", "format": "uuid" },
    "eventType": { "type": "string" },
    "occurredAt": { "type": "string", "format": "date-time" },
    "source": { "type": "string" },
    "schemaVersion": { "type": "string" }
  },
  "required": ["eventId", "eventType", "occurredAt", "source", "schemaVersion"]
}`;

/**
 * The first example offered for an event whose schema is still the default template: it matches
 * the template (issue 16: an empty `{}` failed its five required envelope fields at once).
 */
export const DEFAULT_EVENT_EXAMPLE = `{
  "eventId": "3f2b8c1e-9d4a-4e7b-8c6f-1a2b3c4d5e6f",
  "eventType": "SomethingHappened",
  "occurredAt": "2026-01-01T12:00:00Z",
  "source": "my-service",
  "schemaVersion": "1.0.0"
}`;

/** `name` is what the user typed; only the default name gets a room's random suffix. */
export function newEvent(design: Design, name?: string): EventType {
  const unique = uniqueName(name ?? freshBase('SomethingHappened', ''), design.events.map((e) => e.name)).replace(/ /g, '');
  return {
    id: uniqueId(slugify(unique, 'event'), allIds(design)),
    idFollowsName: true,
    name: unique,
    kind: 'event',
    version: '1.0.0',
    schemaFormat: 'json-schema',
    schema: DEFAULT_EVENT_SCHEMA,
    idField: 'eventId',
  };
}
