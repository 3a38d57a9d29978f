// The one tolerant way in for every source (file, storage, share link, paste, import), as
// excalidraw's restore: migrate, fill required defaults, repair what can be repaired and say so,
// reject the rest with a clear message. Optional fields stay absent when absent, so round trips
// are exact and restoreDesign(restoreDesign(x).file) reports no repairs.
//
// Caps (LIMITS in restore-context.ts): nesting 64 levels, 2,000,000 JSON values, 20,000 entities
// (rejected); names/owners/versions/field paths/hosts/tags 200 characters, descriptions and
// reasons 20,000, schema texts/examples 1 MiB (cut, reported). Keys __proto__, constructor and
// prototype are dropped wherever they occur (reported); ids that name an Object.prototype member
// (toString, constructor, …) are replaced, so `record[id]` lookups are always safe.
import { slugify } from './ids';
import { migrate } from './migrations';
import { describe, isObj, LIMITS, own, quote, RepairLog, RestoreError, type Obj } from './restore-context';
import { objects, readVersion, restoreEvents, restoreServers, restoreServices, restoreTopics, type Built } from './restore-entities';
import { assignIds, IdTable } from './restore-ids';
import { restoreLayout, restoreLint, restorePublications, restoreSubscriptions } from './restore-links';
import { sanitize } from './restore-sanitize';
import { DESIGN_FORMAT, FORMAT_VERSION, ID_PATTERN, type Design, type DesignFile } from './types';
import { RESERVED_KEYS, readName, readText } from './restore-context';

export { RestoreError, LIMITS as RESTORE_LIMITS };

export interface Restored {
  file: DesignFile;
  /** What was changed to make the input valid, one human sentence each; [] when nothing was. */
  repairs: string[];
}

export function restoreDesign(input: unknown): Restored {
  try {
    const log = new RepairLog();
    const { value, forbiddenKeys, nonJson } = sanitize(input);
    if (forbiddenKeys) log.add(`Ignored ${forbiddenKeys} key${forbiddenKeys > 1 ? 's' : ''} named __proto__, constructor or prototype (never allowed in a design)`);
    if (nonJson) log.add(`Ignored ${nonJson} value${nonJson > 1 ? 's' : ''} that are not JSON data`);
    const { design: raw, version } = unwrap(value, log);
    const migrated = migrate(raw, version);
    for (const name of migrated.applied) log.add(`Upgraded the design: ${name}`);
    const design = repairDesign(migrated.design, log);
    return { file: { format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION, design }, repairs: log.list() };
  } catch (e) {
    if (e instanceof RestoreError) throw e;
    // Input we did not foresee must still end in a clear message, never a crash of the caller.
    throw new RestoreError(`This design could not be read (${e instanceof Error ? e.message : typeof e}).`);
  }
}

/** JSON text of a design file (or a bare design) → restoreDesign; bad JSON is a RestoreError. */
export function parseDesignFileText(text: string): Restored {
  if (typeof text !== 'string') throw new RestoreError('A design file must be text.');
  if (text.trim() === '') throw new RestoreError('The design file is empty.');
  let data: unknown;
  try {
    // A UTF-8 byte order mark (some Windows editors write one) is not part of the JSON.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new RestoreError(`This is not a design file: the JSON is broken (${(e as Error).message}).`);
  }
  return restoreDesign(data);
}

const LISTS = ['services', 'topics', 'events', 'publications', 'subscriptions'] as const;

function unwrap(value: unknown, log: RepairLog): { design: Obj; version: number } {
  if (!isObj(value)) throw new RestoreError(`This is not an Eventsmith design (${value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`} instead of an object).`);
  const format = own(value, 'format');
  const inner = own(value, 'design');
  if (format === undefined && !isObj(inner)) {
    if (LISTS.some((key) => Array.isArray(own(value, key)))) return { design: value, version: FORMAT_VERSION };
    if (own(value, 'asyncapi') !== undefined) throw new RestoreError('This is an AsyncAPI document, not an Eventsmith design: import it instead.');
    throw new RestoreError('This is not an Eventsmith design (no "format": "eventsmith-design" and no services, topics or events).');
  }
  if (format !== undefined && format !== DESIGN_FORMAT) throw new RestoreError(`This is not an Eventsmith design (format ${typeof format === 'string' ? quote(format) : 'is not text'}, expected "${DESIGN_FORMAT}").`);
  if (format === undefined) log.add('The file had no "format"; read as an Eventsmith design');
  if (!isObj(inner)) throw new RestoreError('This Eventsmith file holds no design (its "design" is missing or not an object).');
  return { design: inner, version: readFormatVersion(own(value, 'formatVersion'), log) };
}

function readFormatVersion(value: unknown, log: RepairLog): number {
  if (value === undefined || value === 0) {
    log.add('The file had no format version; read as version 1');
    return 1;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new RestoreError(`This design file has an invalid format version (${describe(value)}).`);
  if (value > FORMAT_VERSION) throw new RestoreError(`This design was made by a newer Eventsmith (format version ${value}; this one reads up to ${FORMAT_VERSION}). Update Eventsmith to open it.`);
  return value;
}

function list(log: RepairLog, raw: Obj, key: string): unknown[] {
  const value = own(raw, key);
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  log.add(`The design's ${key} was not a list; ignored`);
  return [];
}

function repairDesign(raw: Obj, log: RepairLog): Design {
  const lists = {
    services: list(log, raw, 'services'), topics: list(log, raw, 'topics'), events: list(log, raw, 'events'),
    publications: list(log, raw, 'publications'), subscriptions: list(log, raw, 'subscriptions'), servers: list(log, raw, 'servers'),
  };
  const total = Object.values(lists).reduce((n, l) => n + l.length, 0);
  if (total > LIMITS.entities) throw new RestoreError(`The design is too large to open (${total.toLocaleString('en')} elements; at most ${LIMITS.entities.toLocaleString('en')}).`);

  const name = readName(log, 'The design', raw, 'Untitled design');
  const writtenId = own(raw, 'id');
  let id = typeof writtenId === 'string' && ID_PATTERN.test(writtenId) && !RESERVED_KEYS.has(writtenId) ? writtenId : undefined;
  if (!id) {
    id = slugify(name, 'design');
    if (RESERVED_KEYS.has(id)) id = `${id}-design`;
    log.add(`The design ${writtenId === undefined ? 'had no id' : 'had an invalid id'}; given ${quote(id)}`);
  }
  const description = readText(log, 'The design', raw, 'description', LIMITS.text);
  const owner = readText(log, 'The design', raw, 'owner', LIMITS.name);
  const version = readVersion(log, 'The design', raw, true)!;

  const table = new IdTable();
  const services = restoreServices(log, objects(log, 'service', lists.services));
  const topics = restoreTopics(log, objects(log, 'topic', lists.topics), table);
  const events = restoreEvents(log, objects(log, 'event', lists.events));
  assignIds(log, table, [...services, ...topics, ...events]);
  const subscriptions = restoreSubscriptions(log, table, objects(log, 'subscription', lists.subscriptions));
  const publications = restorePublications(log, table, objects(log, 'publication', lists.publications));
  const servers = own(raw, 'servers') === undefined ? undefined : restoreServers(log, objects(log, 'server', lists.servers));
  assignIds(log, table, [...publications, ...subscriptions, ...(servers ?? [])]);
  const subServices = new Map(subscriptions.map((s) => [s.id!, table.resolve('service', own(s.raw, 'serviceId'))!]));
  for (const p of publications) p.finish(subServices);

  const build = <T>(items: Built<T>[]) => items.map((item) => item.make(item.id!));
  const design: Design = {
    id, name, ...(description !== undefined && { description }), version,
    services: build(services), topics: build(topics), events: build(events),
    publications: build(publications), subscriptions: build(subscriptions),
    ...(servers && { servers: build(servers) }),
    layout: restoreLayout(log, table, own(raw, 'layout')),
    ...(owner !== undefined && { owner }),
  };
  const lint = restoreLint(log, table, id, own(raw, 'lint'));
  if (lint) design.lint = lint;
  return design;
}
