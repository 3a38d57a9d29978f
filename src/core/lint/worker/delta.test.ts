import { describe, expect, it } from 'vitest';
import { expensiveCompatDesign } from '../../testing/hostile-corpus';
import type { Design } from '../../model/types';
import type { PlainFinding } from '../types';
import { applyDesignPatch, applyFindingsPatch, applyValidationPatch, designPatch, findingsPatch, validationPatch } from './delta';

const design = (): Design => expensiveCompatDesign().design;

describe('lint worker deltas', () => {
  it('sends only the parts whose identity changed, and rebuilds an equal design from them', () => {
    const before = design();
    const after: Design = { ...before, name: 'Renamed', events: [before.events[0], { ...before.events[1], name: 'Other' }], topics: [] };
    delete (after as Partial<Design>).layout;
    const patch = designPatch(before, after);
    expect(patch.full).toBeUndefined();
    expect(patch.set).toEqual([['name', 'Renamed']]);
    expect(patch.removed).toEqual(['layout']);
    expect(patch.arrays).toEqual([['topics', { length: 0, items: [] }], ['events', { length: 2, items: [[1, after.events[1]]] }]]);
    const rebuilt = applyDesignPatch(structuredClone(before), structuredClone(patch));
    expect(rebuilt).toEqual(after);
    expect(applyDesignPatch(undefined, designPatch(undefined, after))).toBe(after);
  });

  it('keeps reserved names as ordinary keys in validation results', () => {
    const a = { eventId: 'x', key: 'k', schema: [], headers: [], examples: [] };
    const prev = JSON.parse('{"__proto__": {"eventId": "__proto__", "key": "1", "schema": [], "headers": [], "examples": []}}');
    const next = { ...prev, a };
    const rebuilt = applyValidationPatch(prev, validationPatch(prev, next));
    expect(Object.keys(rebuilt)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(rebuilt)).toBe(Object.prototype);
    expect(applyValidationPatch(next, validationPatch(next, { a }))).toEqual({ a });
  });

  it('sends findings seen before as their index, and the page reuses those objects', () => {
    const f = (message: string): PlainFinding => ({ ruleId: 'r', severity: 'warning', message, target: { kind: 'design', id: 'd', name: 'D' } });
    const first = [f('a'), f('b'), f('b')];
    const one = findingsPatch([], first);
    const page1 = applyFindingsPatch([], structuredClone(one.patch));
    expect(page1).toEqual(first);
    const second = [f('b'), f('c'), f('b')];
    const two = findingsPatch(one.keys, second);
    expect([...two.patch.reuse]).toEqual([1, -1, 2]);
    expect(two.patch.added).toEqual([f('c')]);
    const page2 = applyFindingsPatch(page1, structuredClone(two.patch));
    expect(page2).toEqual(second);
    expect(page2[0]).toBe(page1[1]);
    // The same findings again: the very same array.
    expect(applyFindingsPatch(page2, findingsPatch(two.keys, second).patch)).toBe(page2);
  });
});
