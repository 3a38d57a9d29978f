// Writing back what elements kept from an imported document (model/types.ts `Kept`): the design's
// own fields first, then every kept key the design did not write, in the order it was kept. Kept
// data came from a file or a link: only own keys are read (`Object.hasOwn`), and lookups by id go
// through Maps, never through plain objects.
import type { Json, Kept, Topic } from '../../model/types';
import { DAY_MS } from '../vocabulary';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function keptValue(kept: Kept | undefined, key: string): Json | undefined {
  return kept && Object.hasOwn(kept, key) ? kept[key] : undefined;
}

/** `out` with every kept key it lacks appended (`skip`: keys the caller writes itself or drops). */
export function withKept(out: Obj, kept: Kept | undefined, skip: readonly string[] = []): Obj {
  if (!kept) return out;
  for (const key of Object.keys(kept))
    if (!Object.hasOwn(out, key) && !skip.includes(key) && key !== '__proto__') out[key] = structuredCloneJson(kept[key]);
  return out;
}

/** A deep copy of kept JSON, so documents never share (and a caller never mutates) the design's objects. */
export function structuredCloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** JSON equality, key order ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (!isObj(a) || !isObj(b)) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}

/**
 * A kept Kafka channel binding with the design's partitions, retention and compaction written
 * into it where they differ from what the binding says; everything else in it stays as it was.
 */
export function kafkaChannelBinding(topic: Topic, kept: Obj): Obj {
  const b = structuredCloneJson(kept);
  const posInt = (v: unknown) => (Number.isInteger(v) && (v as number) >= 1 ? (v as number) : undefined);
  if (posInt(b.partitions) !== topic.partitions) {
    if (topic.partitions === undefined) delete b.partitions;
    else b.partitions = topic.partitions;
  }
  const config: Obj = isObj(b.topicConfiguration) ? b.topicConfiguration : {};
  const ms = config['retention.ms'];
  const keptRetention = ms === -1 ? 'infinite' : typeof ms === 'number' && ms > 0 ? ms / DAY_MS : undefined;
  const wanted = topic.retention === undefined ? undefined : topic.retention === 'infinite' ? 'infinite' : topic.retention.days;
  if (keptRetention !== wanted) {
    if (topic.retention === undefined) delete config['retention.ms'];
    else config['retention.ms'] = topic.retention === 'infinite' ? -1 : Math.round(topic.retention.days * DAY_MS);
  }
  const policy = config['cleanup.policy'];
  const keptCompacted = Array.isArray(policy) ? policy.includes('compact') : undefined;
  if (keptCompacted !== topic.compacted) {
    if (topic.compacted === undefined) delete config['cleanup.policy'];
    else config['cleanup.policy'] = [topic.compacted ? 'compact' : 'delete'];
  }
  if (Object.keys(config).length) b.topicConfiguration = config;
  else delete b.topicConfiguration;
  return b;
}

/** A kept operation binding with the design's Kafka consumer group written in where it differs. */
export function kafkaOperationBindings(bindings: Obj, group: string | undefined): Obj {
  const b = structuredCloneJson(bindings);
  const kafka = isObj(b.kafka) ? b.kafka : undefined;
  const g = kafka?.groupId;
  const keptGroup = typeof g === 'string' ? g
    : isObj(g) ? (Array.isArray(g.enum) ? g.enum[0] : g.const ?? g.default ?? (Array.isArray(g.examples) ? g.examples[0] : undefined)) : undefined;
  if (keptGroup === group) return b;
  if (group === undefined) {
    if (kafka) delete kafka.groupId;
  } else if (kafka) kafka.groupId = { type: 'string', enum: [group] };
  else b.kafka = { groupId: { type: 'string', enum: [group] }, bindingVersion: '0.5.0' };
  return b;
}
