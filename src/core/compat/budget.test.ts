// Bounds of a compatibility check (issue 14): hostile schema pairs end in "too complex to check"
// after a bounded number of steps, and a catastrophic pattern is never run.
import { describe, expect, it } from 'vitest';
import { backtrackingPatternSchemas, refDagSchemas } from '../testing/hostile-corpus';
import { Budget, CompatTooComplexError, mayBacktrack } from './budget';
import { checkCompatibility } from './check';

describe('compatibility budget', () => {
  it('a $ref DAG of 24 levels (2^24 paths) stops at the step limit instead of running out of memory', () => {
    const { old, next } = refDagSchemas(24);
    expect(old.length).toBeLessThan(3_000);
    expect(() => checkCompatibility([old], next)).toThrow(CompatTooComplexError);
    // Which limit ends it (steps or clock) depends on the machine; either way it is bounded.
    expect(() => checkCompatibility([old], next, undefined, { steps: 100_000, ms: 1e9 })).toThrow(/schema too complex to check: more than 100,000 comparison steps/);
  });

  it('the same DAG a few levels deep is checked and reported in full', () => {
    const { old, next } = refDagSchemas(4);
    const r = checkCompatibility([old], next);
    expect(r.compatible).toBe(false);
    expect(r.issues).toHaveLength(16);
  });

  it('a patternProperties name like ^(a+)+$ is not run against a long property name', () => {
    const { old, next } = backtrackingPatternSchemas();
    expect(() => checkCompatibility([old], next)).toThrow(/may backtrack catastrophically/);
  });

  it('the budget counts steps and looks at the clock', () => {
    let now = 0;
    const budget = new Budget({ steps: 5_000, ms: 10 }, () => now);
    budget.spend(1_000);
    now = 11;
    expect(() => budget.spend(100)).toThrow(/longer than 10 ms/);
    expect(() => new Budget({ steps: 3, ms: 1e9 }).spend(4)).toThrow(/more than 3 comparison steps/);
  });

  it.each([
    ['^(a+)+$', true], ['(a|a)*', true], ['^(\\w+\\s?)*$', true], ['((ab)*)+', true], ['(x+x+){2,}', true],
    ['^[a-z]+$', false], ['^x-', false], ['^(a+)?$', false], ['(ab)+', false], ['[(a+)]+', false], ['\\(a+\\)+', false], ['^(a|b)$', false],
  ])('mayBacktrack(%s) = %s', (pattern, risky) => expect(mayBacktrack(pattern)).toBe(risky));
});
