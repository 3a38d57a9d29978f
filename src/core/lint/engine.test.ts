import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { countBySeverity, findingsByTarget, lintDesign, openFindings } from './engine';
import { rules } from './registry';
import { design } from '../testing/lint-design';
import type { Rule } from './types';

const broken = (): Design =>
  design({
    events: ['PlaceOrder', 'OrderStatus'],
    pubs: [['orders', 'order-events', ['PlaceOrder', 'OrderStatus']]],
    subs: [['order-events', 'billing']],
  });

describe('lint engine', () => {
  it('the registry holds every catalog rule once, with a rationale', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([
      'event-name-past-tense', 'event-not-query', 'event-name-business', 'consumer-dead-letter', 'dead-letter-unwatched',
      'consumer-idempotency', 'event-envelope', 'partition-key', 'consumer-group-shared', 'outbox', 'orphan-topic',
      'unconsumed-event', 'unproduced-event', 'schema-invalid', 'example-invalid', 'schema-closed', 'retention-replay', 'event-cycle',
    ]));
    for (const r of rules) expect(r.rationale.length).toBeGreaterThan(100);
  });

  it('orders findings by severity, rule id, target kind, target id and message', () => {
    const d = broken();
    d.events.push({ ...d.events[0], id: 'CreateUser', name: 'CreateUser' });
    const findings = lintDesign(d);
    expect(findings.map((f) => `${f.severity} ${f.ruleId} ${f.target.kind}:${f.target.id}`)).toEqual([
      'error consumer-dead-letter subscription:billing-consumes-order-events',
      'error consumer-idempotency subscription:billing-consumes-order-events',
      'error event-name-past-tense event:CreateUser',
      'error event-name-past-tense event:PlaceOrder',
      'warning event-name-past-tense event:OrderStatus',
    ]);
    expect(lintDesign(d).map((f) => f.message)).toEqual(findings.map((f) => f.message));
  });

  it('switches rules off and re-grades them from the design settings', () => {
    const d = { ...broken(), lint: { rules: { 'consumer-dead-letter': 'off' as const, 'event-name-past-tense': 'info' as const } } };
    const findings = lintDesign(d);
    expect(findings.some((f) => f.ruleId === 'consumer-dead-letter')).toBe(false);
    expect(findings.filter((f) => f.ruleId === 'event-name-past-tense').map((f) => f.severity)).toEqual(['info', 'info']);
  });

  it('returns suppressed findings marked, apart from the open ones', () => {
    const d = { ...broken(), lint: { suppressions: [{ ruleId: 'event-name-past-tense', targetId: 'OrderStatus', reason: 'legacy name, owned by another team' }] } };
    const findings = lintDesign(d);
    const suppressed = findings.filter((f) => f.suppressed);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]).toMatchObject({ target: { id: 'OrderStatus' }, suppressed: { reason: 'legacy name, owned by another team' } });
    expect(openFindings(findings)).toHaveLength(findings.length - 1);
    expect(countBySeverity(findings)).toEqual({ error: 3, warning: 0, info: 0 });
    expect(findingsByTarget(findings).get('OrderStatus')).toBeUndefined();
    expect(findingsByTarget(findings).get('PlaceOrder')!.map((f) => f.ruleId)).toEqual(['event-name-past-tense']);
  });

  it('a rule that throws becomes one finding instead of taking the panel down', () => {
    const bad: Rule = { id: 'bad', defaultSeverity: 'error', title: 't', rationale: 'r', check: () => { throw new Error('boom'); } };
    const findings = lintDesign(broken(), { rules: [bad] });
    expect(findings).toEqual([{ ruleId: 'bad', severity: 'info', message: 'This rule could not run: boom', target: { kind: 'design', id: 'test', name: 'Test' } }]);
  });

  it('the order saga example is clean', () => {
    const file = JSON.parse(readFileSync(new URL('../../../examples/order-saga.json', import.meta.url), 'utf8'));
    expect(lintDesign(file.design)).toEqual([]);
  });
});
