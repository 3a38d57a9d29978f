// Repairs of what refers to other entities: publications, subscriptions, layout, lint settings.
import { compact, fitText, isObj, LIMITS, own, quote, readBool, readFollows, readNumber, readText, type Obj, type RepairLog } from './restore-context';
import { isCount, refList, type Built } from './restore-entities';
import { readKept } from './restore-kept';
import type { IdTable } from './restore-ids';
import { isSafeKey } from './restore-sanitize';
import { FLOW_DIRECTIONS, LINT_PROFILES, type FlowDirection, type LintProfile, type Id, type Layout, type LintSettings, type Position, type Publication, type RuleGrade, type Subscription, type Suppression } from './types';

const GRADES: readonly RuleGrade[] = ['off', 'info', 'warning', 'error'];
const RULE_ID = /^[A-Za-z0-9_.:/-]{1,100}$/;

/** Resolves a required reference of `raw`, or reports why the entity is dropped. */
function required(log: RepairLog, table: IdTable, where: string, raw: Obj, key: string, kind: 'service' | 'topic'): Id | undefined {
  const id = table.resolve(kind, own(raw, key));
  if (id === undefined) {
    const ref = own(raw, key);
    log.add(`Dropped ${where.toLowerCase()}: unknown ${kind} ${typeof ref === 'string' ? quote(ref) : '(none)'}`);
  }
  return id;
}

export function restoreSubscriptions(log: RepairLog, table: IdTable, list: Obj[]): Built<Subscription>[] {
  const out: Built<Subscription>[] = [];
  list.forEach((raw, i) => {
    const where = `Subscription ${typeof own(raw, 'id') === 'string' ? quote(own(raw, 'id') as string) : `#${i + 1}`}`;
    const serviceId = required(log, table, where, raw, 'serviceId', 'service');
    const topicId = serviceId && required(log, table, where, raw, 'topicId', 'topic');
    if (!serviceId || !topicId) return;
    let deadLetterTopicId: Id | undefined;
    if (own(raw, 'deadLetterTopicId') !== undefined) {
      deadLetterTopicId = table.resolve('topic', own(raw, 'deadLetterTopicId'));
      if (!deadLetterTopicId) log.add(`${where}: dropped its dead-letter topic (unknown topic)`);
    }
    const fields = {
      idFollowsName: readFollows(log, where, raw),
      topicId,
      serviceId,
      eventIds: refList(log, where, raw, 'eventIds', (ref) => table.resolve('event', ref)),
      consumerGroup: readText(log, where, raw, 'consumerGroup', LIMITS.name),
      idempotencyKey: readText(log, where, raw, 'idempotencyKey', LIMITS.name),
      deadLetterTopicId,
      maxRetries: readNumber(log, where, raw, 'maxRetries', isCount, 'not a whole number of 0 or more'),
      kept: readKept(log, where, raw),
    };
    out.push({ kind: 'subscription', raw, where, base: () => `${serviceId}-consumes-${topicId}`, make: (id) => compact<Subscription>({ id, ...fields }) });
  });
  return out;
}

/** Publications; `triggeredBy` is resolved by `finish` once subscriptions have their ids. */
export function restorePublications(log: RepairLog, table: IdTable, list: Obj[]) {
  const out: (Built<Publication> & { finish: (subServices: Map<Id, Id>) => void })[] = [];
  list.forEach((raw, i) => {
    const where = `Publication ${typeof own(raw, 'id') === 'string' ? quote(own(raw, 'id') as string) : `#${i + 1}`}`;
    const serviceId = required(log, table, where, raw, 'serviceId', 'service');
    const topicId = serviceId && required(log, table, where, raw, 'topicId', 'topic');
    if (!serviceId || !topicId) return;
    let eventIds = refList(log, where, raw, 'eventIds', (ref) => table.resolve('event', ref));
    if (!eventIds) {
      if (own(raw, 'eventIds') === undefined) log.add(`${where}: had no event list; set to none`);
      eventIds = [];
    }
    const idFollowsName = readFollows(log, where, raw);
    const viaOutbox = readBool(log, where, raw, 'viaOutbox');
    const kept = readKept(log, where, raw);
    let triggeredBy: Id[] | undefined;
    out.push({
      kind: 'publication', raw, where,
      base: () => `${serviceId}-publishes-${topicId}`,
      finish: (subServices) => {
        triggeredBy = refList(log, where, raw, 'triggeredBy', (ref) => {
          const sub = table.resolve('subscription', ref);
          return sub !== undefined && subServices.get(sub) === serviceId ? sub : undefined;
        });
      },
      make: (id) => compact<Publication>({ id, idFollowsName, serviceId, topicId, eventIds: eventIds!, viaOutbox, triggeredBy, kept }),
    });
  });
  return out;
}

export function restoreLayout(log: RepairLog, table: IdTable, value: unknown): Layout {
  if (value === undefined) return { nodes: {} };
  if (!isObj(value)) {
    log.add('Layout was not an object; positions reset');
    return { nodes: {} };
  }
  const nodes: Record<Id, Position> = {};
  const rawNodes = own(value, 'nodes');
  if (rawNodes !== undefined && !isObj(rawNodes)) log.add('Layout positions were not an object; reset');
  if (isObj(rawNodes)) {
    for (const key of Object.keys(rawNodes)) {
      const id = isSafeKey(key) ? table.resolveAny(key) : undefined;
      const pos = rawNodes[key];
      const x = isObj(pos) ? own(pos, 'x') : undefined;
      const y = isObj(pos) ? own(pos, 'y') : undefined;
      if (id === undefined || Object.prototype.hasOwnProperty.call(nodes, id)) log.add(`Layout: dropped the position of unknown ${quote(key)}`);
      else if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) log.add(`Layout: dropped the position of ${quote(key)} (not finite numbers)`);
      else nodes[id] = { x: x === 0 ? 0 : x, y: y === 0 ? 0 : y };
    }
  }
  const layout: Layout = { nodes };
  const vp = own(value, 'viewport');
  if (vp !== undefined) {
    const [x, y, zoom] = isObj(vp) ? [own(vp, 'x'), own(vp, 'y'), own(vp, 'zoom')] : [];
    const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
    if (finite(x) && finite(y) && finite(zoom) && zoom > 0) layout.viewport = { x: x === 0 ? 0 : x, y: y === 0 ? 0 : y, zoom };
    else log.add('Layout: dropped the viewport (not finite numbers)');
  }
  const direction = own(value, 'direction');
  if (direction !== undefined) {
    if (typeof direction === 'string' && (FLOW_DIRECTIONS as readonly string[]).includes(direction)) layout.direction = direction as FlowDirection;
    else log.add('Layout: dropped an unknown flow direction');
  }
  return layout;
}

export function restoreLint(log: RepairLog, table: IdTable, designId: Id, value: unknown): LintSettings | undefined {
  if (value === undefined) return undefined;
  if (!isObj(value)) {
    log.add('Dropped the lint settings (not an object)');
    return undefined;
  }
  const rawProfile = own(value, 'profile');
  const profile = (LINT_PROFILES as readonly unknown[]).includes(rawProfile) ? (rawProfile as LintProfile) : undefined;
  if (rawProfile !== undefined && profile === undefined) log.add('Lint: dropped an unknown profile (read as Review)');
  const rules = record(log, 'rule severities', own(value, 'rules'), (v): v is RuleGrade => typeof v === 'string' && (GRADES as readonly string[]).includes(v));
  const reasons = record(log, 'rule reasons', own(value, 'reasons'), (v): v is string => typeof v === 'string');
  if (reasons) for (const key of Object.keys(reasons)) reasons[key] = fitText(log, 'Lint', `the reason for ${key}`, reasons[key], LIMITS.text);
  let suppressions: Suppression[] | undefined;
  const rawSup = own(value, 'suppressions');
  if (rawSup !== undefined && !Array.isArray(rawSup)) log.add('Lint: dropped suppressions (not a list)');
  if (Array.isArray(rawSup)) {
    suppressions = [];
    for (const item of rawSup) {
      const ruleId = isObj(item) ? own(item, 'ruleId') : undefined;
      const written = isObj(item) ? own(item, 'targetId') : undefined;
      const targetId = written === designId ? designId : table.resolveAny(written);
      if (typeof ruleId !== 'string' || !RULE_ID.test(ruleId) || targetId === undefined) {
        log.add(`Lint: dropped a suppression${typeof ruleId === 'string' ? ` of ${quote(ruleId)}` : ''} (unknown rule or target)`);
        continue;
      }
      const reason = isObj(item) ? readText(log, 'Lint suppression', item, 'reason', LIMITS.text) : undefined;
      if (reason === undefined) log.add(`Lint: suppression of ${quote(ruleId)} had no reason; left empty`);
      suppressions.push({ ruleId, targetId, reason: reason ?? '' });
    }
  }
  return compact<LintSettings>({ profile, rules, reasons, suppressions });
}

/** A map keyed by rule id whose values pass `ok`; other entries are dropped and reported. */
function record<T>(log: RepairLog, what: string, value: unknown, ok: (v: unknown) => v is T): Record<string, T> | undefined {
  if (value === undefined) return undefined;
  if (!isObj(value)) {
    log.add(`Lint: dropped ${what} (not an object)`);
    return undefined;
  }
  const out: Record<string, T> = {};
  for (const key of Object.keys(value)) {
    if (isSafeKey(key) && RULE_ID.test(key) && ok(value[key])) out[key] = value[key] as T;
    else log.add(`Lint: dropped ${what} entry ${quote(key)}`);
  }
  return out;
}
