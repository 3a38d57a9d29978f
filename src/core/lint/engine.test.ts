import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
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

// The catalog table of PRODUCT.md §3 (../shared beside the repository, as in CI): the rows between
// its `| id | fires when | default |` header and the first line that is not a table row. Without
// ../shared the check is reported skipped by name, and fails under EVENTSMITH_REQUIRE_SHARED=1
// (as the other readers of ../shared, src/core/testing/shared-files.ts).
const shared = inject('shared');
const PRODUCT = `${shared.root}PRODUCT.md`;
const withProduct = existsSync(PRODUCT) || shared.required ? it : it.skip;

function readCatalog(): { id: string; grade: string }[] {
  const lines = readFileSync(PRODUCT, 'utf8').split('\n');
  const header = lines.findIndex((l) => /^\| id \| fires when \| default \|$/.test(l.trim()));
  if (header < 0) throw new Error('PRODUCT.md: no lint catalog table');
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    rows.push({ id: cells[0], grade: cells[cells.length - 1] });
  }
  return rows;
}

describe('lint engine', () => {
  withProduct('the registry holds every rule of the catalog (../shared/PRODUCT.md §3), once, in catalog order, graded as listed', () => {
    const catalog = readCatalog();
    expect(new Set(catalog.map((c) => c.id)).size).toBe(catalog.length);
    expect(rules.map((r) => r.id)).toEqual(catalog.map((c) => c.id));
    // "error / warning" and "error (warning for another draft)": the first grade is the default.
    expect(rules.map((r) => [r.id, r.defaultSeverity])).toEqual(catalog.map((c) => [c.id, c.grade.split(/[ /(]/)[0]]));
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has a title, a rationale and its own test file', (id, r) => {
    expect(r.title.length).toBeGreaterThan(10);
    expect(r.rationale.length).toBeGreaterThan(100);
    expect(existsSync(new URL(`./rules/${id}.test.ts`, import.meta.url))).toBe(true);
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
    expect(findings).toEqual([{ ruleId: 'bad', severity: 'error', message: 'This rule could not run: boom', target: { kind: 'design', id: 'test', name: 'Test' } }]);
  });

  it('the order saga example is clean', () => {
    const file = JSON.parse(readFileSync(new URL('../../../examples/order-saga.json', import.meta.url), 'utf8'));
    expect(lintDesign(file.design)).toEqual([]);
  });
});
