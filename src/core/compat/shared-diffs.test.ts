// Diffs are shared, not copied per path (issue 14): a pair of definitions met at 2^24 paths of a
// $ref DAG is compared once, and its differences are one list referred to from every place.
import { describe, expect, it } from 'vitest';
import { refDagSchemas } from '../testing/hostile-corpus';
import { Budget } from './budget';
import { parseSchema } from './check';
import { diffCount, diffObjects, flattenDiffs } from './context';
import { diffSchemas, sharedDiffs } from './diff';
import { COMPATIBLE_LENIENT } from './differences';

const pair = (levels: number) => {
  const { old, next } = refDagSchemas(levels);
  return [parseSchema(old, 'old'), parseSchema(next, 'new')] as const;
};

describe('shared differences', () => {
  it('hold the 24-level $ref DAG’s 2^24 differences in a few objects per level, within a small step budget', () => {
    const [o, u] = pair(24);
    const budget = new Budget({ steps: 1_000, ms: Infinity });
    const list = sharedDiffs(COMPATIBLE_LENIENT, o, u, budget);
    // Every leaf (string → integer) differs: 2^24 paths, counted without spelling them out.
    expect(diffCount(list)).toBe(2 ** 24);
    // …held by a number of objects that grows with the levels, not with the paths.
    const objects = diffObjects(list);
    expect(objects).toBeLessThanOrEqual(24 * 6);
    // Spelling them out is what the budget stops (one step per difference).
    expect(() => flattenDiffs(list, new Budget({ steps: 100_000, ms: Infinity }))).toThrow(/more than 100,000 comparison steps/);
  });

  it('grow by a constant per level, where copies per path doubled', () => {
    const sizes = [8, 12, 16, 20].map((levels) => {
      const [o, u] = pair(levels);
      return diffObjects(sharedDiffs(COMPATIBLE_LENIENT, o, u, new Budget({ steps: 1_000, ms: Infinity })));
    });
    const steps = sizes.slice(1).map((s, i) => s - sizes[i]);
    expect(new Set(steps).size).toBe(1); // the same few objects more for every four levels
    expect(steps[0]).toBeLessThanOrEqual(4 * 6);
  });

  it('spell out the same differences, in the same order, as a walk of every path', () => {
    const [o, u] = pair(5);
    const diffs = diffSchemas(COMPATIBLE_LENIENT, o, u, new Budget({ steps: 100_000, ms: Infinity }));
    const paths: string[] = [];
    const walk = (prefix: string[], level: number) => {
      if (level === 5) return paths.push(prefix.join('/'));
      for (const p of ['a', 'b']) walk([...prefix, 'properties', p], level + 1);
    };
    walk([], 0);
    expect(diffs.map((d) => d.path.join('/'))).toEqual(paths);
    expect(new Set(diffs.map((d) => d.type))).toEqual(new Set(['TYPE_CHANGED']));
  });
});
