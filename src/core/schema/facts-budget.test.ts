import { describe, expect, it } from 'vitest';
import { lintDesign } from '../lint/engine';
import type { Design } from '../model/types';
import { oneOfRefDagSchema } from '../testing/hostile-corpus';
import { FactsBudget } from './budget';
import { schemaFacts } from './facts';
import { jsonSchemaFields } from './json-fields';

describe('the schema facts budget (node visits plus wall-clock)', () => {
  it('stops reading a oneOf $ref DAG at the node budget and says the schema is too complex', () => {
    // The node budget alone (no clock): deterministic on any machine.
    const r = jsonSchemaFields(JSON.parse(oneOfRefDagSchema()), new FactsBudget({ steps: 50_000, ms: Infinity }));
    expect(r.truncated).toBe(true);
    expect(r.tooComplex).toBe('more than 50,000 schema nodes');
    // Through schemaFacts (both budgets, whichever runs out first): the schema reads as too complex.
    const facts = schemaFacts(oneOfRefDagSchema(), 'json-schema');
    expect(facts.ok).toBe(true);
    expect(facts.truncated).toBe(true);
    expect(facts.tooComplex).toMatch(/^(more than 50,000 schema nodes|it took longer than 250 ms)$/);
    // A few levels are read in full, within the budget.
    const small = schemaFacts(oneOfRefDagSchema(4), 'json-schema');
    expect(small.tooComplex).toBeUndefined();
    expect(small.fields.map((f) => f.path)).toEqual(['p']);
  });

  it('stops at the clock too: a slow machine spends no more than the budget’s time (a fake clock here)', () => {
    let t = 0;
    const clock = () => (t += 1); // every look at the clock is 1 ms later
    const schema = JSON.parse(oneOfRefDagSchema(12)); // 2^12 paths: about 8,000 node visits
    expect(jsonSchemaFields(schema, new FactsBudget({ steps: 1e9, ms: 1_000 }, clock)).tooComplex).toBeUndefined();
    t = 0;
    const r = jsonSchemaFields(schema, new FactsBudget({ steps: 1e9, ms: 3 }, clock));
    expect(r.tooComplex).toBe('it took longer than 3 ms');
    expect(r.truncated).toBe(true);
  });

  it('lint reports the too-complex schema as an error and carries on with the other checks', () => {
    const design: Design = {
      id: 'd', name: 'D', version: '1.0.0', services: [], topics: [], publications: [], subscriptions: [], layout: { nodes: {} },
      events: [
        { id: 'bomb', name: 'OrderPlaced', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: oneOfRefDagSchema() },
        { id: 'cmd', name: 'PlaceOrder', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: '{"type":"object"}' },
      ],
    };
    const findings = lintDesign(design);
    const tooComplex = findings.filter((f) => f.ruleId === 'schema-invalid' && f.target.id === 'bomb');
    expect(tooComplex).toHaveLength(1);
    expect(tooComplex[0]).toMatchObject({ severity: 'error' });
    expect(tooComplex[0].message).toMatch(/too complex to check: reading its fields stopped after (more than 50,000 schema nodes|it took longer than 250 ms)/);
    // The rest carries on: the command-named event is still found, and its envelope check.
    expect(findings.some((f) => f.ruleId === 'event-name-past-tense' && f.target.id === 'cmd')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'event-envelope' && f.target.id === 'cmd')).toBe(true);
  });
});
