// A quick fix that adds elements must not raise findings of its own (issue 16: the dead-letter
// fix's topic drew a partition-key warning). Every fix of consumer-dead-letter and
// consumer-idempotency on the broken example design and on a drawn design is applied: nothing
// new is reported on what it added, and no rule reports more than before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreDesign } from '../../model/restore';
import type { Design } from '../../model/types';
import { design } from '../../testing/lint-design';
import { lintDesign, openFindings } from '../engine';

const broken = restoreDesign(JSON.parse(readFileSync('examples/broken-design.json', 'utf8'))).file.design;
const drawn = design({
  topics: [['orders', { partitionKey: undefined, keyedByMessageKey: true }], ['payments', { broker: 'rabbitmq' }], ['queue', { broker: 'sqs' }]],
  pubs: [['shop', 'orders', ['OrderPlaced']], ['pay', 'payments', ['PaymentTaken']], ['shop', 'queue', ['OrderPlaced']]],
  subs: [['orders', 'billing'], ['payments', 'billing', { eventIds: ['PaymentTaken'] }], ['queue', 'archive']],
});

const perRule = (d: Design) => {
  const counts = new Map<string, number>();
  for (const f of openFindings(lintDesign(d))) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
};
const ids = (d: Design) => new Set([...d.services, ...d.topics, ...d.events, ...d.publications, ...d.subscriptions].map((x) => x.id));

describe('quick fixes add nothing that is reported', () => {
  const cases: [string, Design][] = [['examples/broken-design.json', broken], ['a drawn design', drawn]];
  const fixes = cases.flatMap(([name, d]) =>
    lintDesign(d).filter((f) => f.fix && (f.ruleId === 'consumer-dead-letter' || f.ruleId === 'consumer-idempotency'))
      .map((f) => [`${name}: ${f.ruleId} on ${f.target.name}`, d, f] as const));

  it('has fixes to apply', () => expect(fixes.length).toBeGreaterThanOrEqual(6));

  it.each(fixes)('%s', (_, d, finding) => {
    const fixed = finding.fix!.apply(d);
    const before = ids(d);
    const added = [...ids(fixed)].filter((id) => !before.has(id));
    if (finding.ruleId === 'consumer-dead-letter') expect(added).toHaveLength(1);
    expect(openFindings(lintDesign(fixed)).filter((f) => added.includes(f.target.id))).toEqual([]);
    const was = perRule(d);
    for (const [rule, n] of perRule(fixed)) expect({ rule, n }).toEqual({ rule, n: Math.min(n, was.get(rule) ?? 0) });
  });
});
