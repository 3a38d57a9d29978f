import { describe, expect, it } from 'vitest';
import { freeCorner, minimapCorner } from './free-corner';

type State = Parameters<typeof freeCorner>[0];

/** A canvas of 1000 × 600 px with nodes at flow positions (120 × 40 each), viewed at `transform`. */
function canvas(nodes: { x: number; y: number }[], transform: [number, number, number] = [0, 0, 1], size = { width: 1000, height: 600 }): State {
  const nodeLookup = new Map(nodes.map((p, i) => [`n${i}`, { internals: { positionAbsolute: p }, measured: { width: 120, height: 40 } }]));
  return { transform, ...size, nodeLookup } as unknown as State;
}

describe('freeCorner', () => {
  it('takes the bottom-right corner when nothing is there', () => {
    expect(freeCorner(canvas([{ x: 400, y: 250 }]))).toBe('bottom-right');
  });

  it('moves to the next free corner when nodes cover the first ones', () => {
    expect(freeCorner(canvas([{ x: 900, y: 560 }]))).toBe('top-right');
    expect(freeCorner(canvas([{ x: 900, y: 560 }, { x: 900, y: 0 }]))).toBe('top-left');
    expect(freeCorner(canvas([{ x: 900, y: 560 }, { x: 900, y: 0 }, { x: 0, y: 0 }]))).toBeNull();
  });

  it('compares nodes where they are on screen (pan and zoom)', () => {
    // At flow (400, 250), zoomed ×2 and panned by (-50, -20): on screen at (750, 480) to (990, 560).
    expect(freeCorner(canvas([{ x: 400, y: 250 }], [-50, -20, 2]))).toBe('top-right');
    // Panned so the node is off screen to the left: every corner is free.
    expect(freeCorner(canvas([{ x: 400, y: 250 }], [-2000, 0, 1]))).toBe('bottom-right');
  });

  it('an edge that only touches the corner box does not take it', () => {
    // The bottom-right box starts at x = 1000 - 157 = 843: a node ending exactly there leaves it free.
    expect(freeCorner(canvas([{ x: 723, y: 560 }]))).toBe('bottom-right');
    expect(freeCorner(canvas([{ x: 724, y: 560 }]))).toBe('top-right');
  });

  it('hides on a small canvas', () => {
    expect(minimapCorner(canvas([], [0, 0, 1], { width: 700, height: 600 }))).toBeNull();
    expect(minimapCorner(canvas([]))).toBe('bottom-right');
  });
});
