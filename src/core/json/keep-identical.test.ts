import { describe, expect, it } from 'vitest';
import { keepIdentical } from './keep-identical';

describe('keepIdentical', () => {
  it('keeps every unchanged part of a copy as the previous object, and only changed parts new', () => {
    const prev = { a: { x: 1, list: [1, 2] }, b: [{ id: 'p' }, { id: 'q' }], c: 'c' };
    const next = structuredClone(prev);
    next.b[1].id = 'r';
    const kept = keepIdentical(prev, next);
    expect(kept).toEqual(next);
    expect(kept.a).toBe(prev.a);
    expect(kept.b[0]).toBe(prev.b[0]);
    expect(kept.b[1]).not.toBe(prev.b[1]);
    expect(kept).not.toBe(prev);
    expect(keepIdentical(prev, structuredClone(prev))).toBe(prev);
  });

  it('treats added, removed and reserved keys as ordinary keys', () => {
    const prev = JSON.parse('{"nodes":{"__proto__":{"x":1},"constructor":{"x":2}}}');
    const next = JSON.parse('{"nodes":{"__proto__":{"x":1},"constructor":{"x":3},"more":[]}}');
    const kept = keepIdentical(prev, next);
    expect(Object.hasOwn(kept.nodes, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(kept.nodes)).toBe(Object.prototype);
    expect(kept.nodes['__proto__']).toBe(prev.nodes['__proto__']);
    expect(kept).toEqual(next);
    expect(keepIdentical({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    expect(keepIdentical([1, 2], [1, 2, 3])).toEqual([1, 2, 3]);
  });
});
