// Repairs of the node-like entities: services, topics, events, servers.
import {
  compact, fitText, isObj, LIMITS, own, quote, readBool, readEnum, readFollows, readName, readNumber, readText, uniqueName,
  type Obj, type RepairLog,
} from './restore-context';
import { label, type IdTable, type Pending } from './restore-ids';
import { readKept } from './restore-kept';
import {
  BROKERS, EVENT_KINDS, SCHEMA_FORMATS, type CompatMode, type CompatPolicy, type EventType, type Id, type Retention,
  type SchemaVersion, type Server, type Service, type Topic,
} from './types';

export interface Built<T> extends Pending {
  make: (id: Id) => T;
}

const COMPAT_MODES: readonly CompatMode[] = ['BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE'];
const COMPAT_POLICIES: readonly CompatPolicy[] = ['LENIENT', 'STRICT'];
const isPositiveInt = (n: number) => Number.isInteger(n) && n > 0;
const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/** Keeps the objects of a list; anything else is dropped and reported. */
export function objects(log: RepairLog, what: string, list: unknown[]): Obj[] {
  const out: Obj[] = [];
  list.forEach((item, i) => {
    if (isObj(item)) out.push(item);
    else log.add(`Dropped ${what} #${i + 1} (not an object)`);
  });
  return out;
}

export function readVersion(log: RepairLog, where: string, obj: Obj, required: boolean): string | undefined {
  const value = own(obj, 'version');
  if (typeof value === 'string' && value.trim() !== '') return fitText(log, where, 'version', value, LIMITS.name);
  if (value === undefined && !required) return undefined;
  if (required) log.add(`${where}: ${value === undefined ? 'had no version' : 'version was not text'}; set to "1.0.0"`);
  else log.add(`${where}: dropped version (not text)`);
  return required ? '1.0.0' : undefined;
}

export function restoreServices(log: RepairLog, list: Obj[]): Built<Service>[] {
  const names = new Set<string>();
  return list.map((raw, i) => {
    const where = label('Service', raw, i);
    const name = uniqueNamed(log, where, readName(log, where, raw, 'Untitled service'), names, ' ');
    const tags = readStrings(log, where, raw, 'tags');
    const fields = {
      idFollowsName: readFollows(log, where, raw),
      name,
      description: readText(log, where, raw, 'description', LIMITS.text),
      owner: readText(log, where, raw, 'owner', LIMITS.name),
      domain: readText(log, where, raw, 'domain', LIMITS.name),
      version: readVersion(log, where, raw, false),
      ownsState: readBool(log, where, raw, 'ownsState'),
      tags,
      kept: readKept(log, where, raw, true),
    };
    return { kind: 'service', raw, where, base: () => name, make: (id) => compact<Service>({ id, ...fields }) };
  });
}

export function restoreTopics(log: RepairLog, list: Obj[], table: IdTable): Built<Topic>[] {
  const names = new Set<string>();
  return list.map((raw, i) => {
    const where = label('Topic', raw, i);
    const name = uniqueNamed(log, where, readName(log, where, raw, 'untitled-topic'), names, '-');
    const fields = {
      idFollowsName: readFollows(log, where, raw),
      name,
      broker: readEnum(log, where, raw, 'broker', BROKERS, 'generic'),
      kind: readEnum(log, where, raw, 'kind', ['stream', 'dead-letter'] as const, 'stream'),
      description: readText(log, where, raw, 'description', LIMITS.text),
      protocol: readText(log, where, raw, 'protocol', LIMITS.name),
      protocolVersion: readText(log, where, raw, 'protocolVersion', LIMITS.name),
      partitions: readNumber(log, where, raw, 'partitions', isPositiveInt, 'not a positive whole number'),
      partitionKey: readText(log, where, raw, 'partitionKey', LIMITS.name),
      keyedByMessageKey: readBool(log, where, raw, 'keyedByMessageKey'),
      retention: readRetention(log, where, raw),
      compacted: readBool(log, where, raw, 'compacted'),
      replayed: readBool(log, where, raw, 'replayed'),
      depthAlert: readDepthAlert(log, where, raw),
      external: readBool(log, where, raw, 'external') === true ? (true as const) : undefined,
    };
    const kept = readKept(log, where, raw);
    // Events get their ids after topics are read: resolved when the topic is made.
    const make = (id: Id) => compact<Topic>({ id, ...fields, declaredEventIds: refList(log, where, raw, 'declaredEventIds', (ref) => table.resolve('event', ref)), kept });
    return { kind: 'topic', raw, where, base: () => name, make };
  });
}

export function restoreEvents(log: RepairLog, list: Obj[]): Built<EventType>[] {
  const names = new Set<string>();
  return list.map((raw, i) => {
    const where = label('Event', raw, i);
    const name = uniqueNamed(log, where, readName(log, where, raw, 'UntitledEvent'), names, '');
    const fields = {
      idFollowsName: readFollows(log, where, raw),
      name,
      kind: readEnum(log, where, raw, 'kind', EVENT_KINDS, 'event'),
      version: readVersion(log, where, raw, true)!,
      description: readText(log, where, raw, 'description', LIMITS.text),
      owner: readText(log, where, raw, 'owner', LIMITS.name),
      schemaFormat: readEnum(log, where, raw, 'schemaFormat', SCHEMA_FORMATS, 'json-schema'),
      schema: readSchema(log, where, raw, 'schema') ?? missingSchema(log, where),
      headersSchema: readSchema(log, where, raw, 'headersSchema'),
      examples: readExamples(log, where, raw),
      idField: readText(log, where, raw, 'idField', LIMITS.name),
      correlationField: readText(log, where, raw, 'correlationField', LIMITS.name),
      history: readHistory(log, where, raw),
      compatibility: readCompatibility(log, where, raw),
      rawSchemaFormat: readText(log, where, raw, 'rawSchemaFormat', LIMITS.name),
      inventedName: readText(log, where, raw, 'inventedName', LIMITS.name),
      kept: readKept(log, where, raw),
    };
    return { kind: 'event', raw, where, base: () => name, make: (id) => compact<EventType>({ id, ...fields }) };
  });
}

export function restoreServers(log: RepairLog, list: Obj[]): Built<Server>[] {
  const out: Built<Server>[] = [];
  list.forEach((raw, i) => {
    const where = label('Server', raw, i);
    const host = readText(log, where, raw, 'host', LIMITS.name);
    if (host === undefined || host.trim() === '') {
      log.add(`Dropped ${where.toLowerCase()} (no host)`);
      return;
    }
    const fields = {
      idFollowsName: readFollows(log, where, raw),
      broker: readEnum(log, where, raw, 'broker', BROKERS, 'generic'),
      host,
      description: readText(log, where, raw, 'description', LIMITS.text),
      protocol: readText(log, where, raw, 'protocol', LIMITS.name),
      protocolVersion: readText(log, where, raw, 'protocolVersion', LIMITS.name),
      kept: readKept(log, where, raw),
    };
    out.push({ kind: 'server', raw, where, base: () => host, make: (id) => compact<Server>({ id, ...fields }) });
  });
  return out;
}

/** A list of references: unknown and repeated entries are dropped. */
export function refList(log: RepairLog, where: string, raw: Obj, key: string, resolve: (ref: unknown) => Id | undefined): Id[] | undefined {
  const value = own(raw, key);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    log.add(`${where}: dropped ${key} (not a list)`);
    return undefined;
  }
  const out: Id[] = [];
  for (const ref of value) {
    const id = resolve(ref);
    if (id === undefined) log.add(`${where}: dropped unknown ${typeof ref === 'string' ? quote(ref) : 'entry'} from ${key}`);
    else if (out.includes(id)) log.add(`${where}: dropped repeated ${quote(id)} from ${key}`);
    else out.push(id);
  }
  return out;
}

function uniqueNamed(log: RepairLog, where: string, name: string, taken: Set<string>, sep: string): string {
  const unique = uniqueName(name, taken, sep);
  if (unique !== name) log.add(`${where}: name already used; renamed to ${quote(unique)}`);
  return unique;
}

function readStrings(log: RepairLog, where: string, raw: Obj, key: string): string[] | undefined {
  const value = own(raw, key);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    log.add(`${where}: dropped ${key} (not a list)`);
    return undefined;
  }
  const out: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') out.push(fitText(log, where, key, item, LIMITS.name));
    else log.add(`${where}: dropped an entry of ${key} (not text)`);
  }
  return out;
}

/** Schema text as typed; a schema given as a JSON object (hand-written files) becomes its text. */
function readSchema(log: RepairLog, where: string, raw: Obj, key: string): string | undefined {
  const value = own(raw, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return fitText(log, where, key, value, LIMITS.schema);
  if (typeof value === 'object') {
    log.add(`${where}: ${key} was a JSON object; kept as its JSON text`);
    return fitText(log, where, key, JSON.stringify(value, null, 2), LIMITS.schema);
  }
  log.add(`${where}: dropped ${key} (not text)`);
  return undefined;
}

function missingSchema(log: RepairLog, where: string): string {
  log.add(`${where}: had no schema; left empty`);
  return '';
}

function readExamples(log: RepairLog, where: string, raw: Obj): string[] | undefined {
  const value = own(raw, 'examples');
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    log.add(`${where}: dropped examples (not a list)`);
    return undefined;
  }
  return value.map((item) => {
    if (typeof item === 'string') return fitText(log, where, 'an example', item, LIMITS.schema);
    log.add(`${where}: an example was not text; kept as its JSON text`);
    return fitText(log, where, 'an example', JSON.stringify(item, null, 2), LIMITS.schema);
  });
}

function readHistory(log: RepairLog, where: string, raw: Obj): SchemaVersion[] | undefined {
  const value = own(raw, 'history');
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    log.add(`${where}: dropped history (not a list)`);
    return undefined;
  }
  const out: SchemaVersion[] = [];
  for (const item of value) {
    const version = isObj(item) ? own(item, 'version') : undefined;
    const schema = isObj(item) ? readSchema(log, where, item, 'schema') : undefined;
    if (typeof version === 'string' && version.trim() !== '' && schema !== undefined) {
      out.push({ version: fitText(log, where, 'a history version', version, LIMITS.name), schema });
    } else log.add(`${where}: dropped a history entry (needs a version and a schema)`);
  }
  return out;
}

function readCompatibility(log: RepairLog, where: string, raw: Obj): EventType['compatibility'] {
  const value = own(raw, 'compatibility');
  if (value === undefined) return undefined;
  if (!isObj(value)) {
    log.add(`${where}: dropped compatibility (not an object)`);
    return undefined;
  }
  return {
    mode: readEnum(log, where, value, 'mode', COMPAT_MODES, 'BACKWARD'),
    policy: readEnum(log, where, value, 'policy', COMPAT_POLICIES, 'LENIENT'),
  };
}

function readRetention(log: RepairLog, where: string, raw: Obj): Retention | undefined {
  const value = own(raw, 'retention');
  if (value === undefined || value === 'infinite') return value;
  const days = isObj(value) ? own(value, 'days') : undefined;
  if (typeof days === 'number' && Number.isFinite(days) && days > 0) return { days };
  log.add(`${where}: dropped retention (needs "infinite" or a positive number of days)`);
  return undefined;
}

function readDepthAlert(log: RepairLog, where: string, raw: Obj): Topic['depthAlert'] {
  const value = own(raw, 'depthAlert');
  if (value === undefined) return undefined;
  const threshold = isObj(value) ? own(value, 'threshold') : undefined;
  if (typeof threshold === 'number' && isCount(threshold)) return { threshold: threshold === 0 ? 0 : threshold };
  log.add(`${where}: dropped depthAlert (needs a threshold of 0 or more)`);
  return undefined;
}

export { isCount };
