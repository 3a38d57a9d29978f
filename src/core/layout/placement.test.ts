import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../testing/property';
import * as c from '../model/commands';
import { emptyDesign } from '../model/factories';
import type { Design } from '../model/types';
import { GAP, freeSpot, occupiedRects, overlaps, placeGroup, type Rect } from './placement';

function noTwoOverlap(rects: Rect[]): boolean {
  return rects.every((a, i) => rects.every((b, j) => i === j || !overlaps(a, b)));
}

describe('placement', () => {
  it('takes the preferred spot when it is free, and the nearest free one when it is not', () => {
    const size = { width: 176, height: 52 };
    expect(freeSpot([], size, { x: 101, y: 39 })).toEqual({ x: 100, y: 40 });
    const taken: Rect = { x: 100, y: 40, width: 188, height: 64 };
    const spot = freeSpot([taken], size, { x: 100, y: 40 });
    expect(overlaps({ ...spot, ...size }, taken, GAP)).toBe(false);
    expect(Math.hypot(spot.x - 100, spot.y - 40)).toBeLessThan(200);
  });

  it('ten topics added at the same centre never overlap', () => {
    let design: Design = emptyDesign('T');
    for (let i = 0; i < 10; i++) {
      const added = c.addTopic(design, 'stream', { x: 300, y: 200 });
      design = placeGroup(added.design, [added.id]);
    }
    expect(design.topics).toHaveLength(10);
    expect(new Set(design.topics.map((t) => t.name)).size).toBe(10); // topic, topic-2, … topic-10
    expect(noTwoOverlap(occupiedRects(design))).toBe(true);
  });

  it('a pasted group keeps its arrangement and lands clear of every node', () => {
    let design: Design = emptyDesign('T');
    design = c.addService(design, { x: 0, y: 0 }, 'OrderService').design;
    design = c.addTopic(design, 'stream', { x: 300, y: 0 }, 'orders').design;
    const copy = c.paste(design, c.copySelection(design, ['order-service', 'orders']));
    const placed = placeGroup(copy.design, copy.ids);
    const [a, b] = copy.ids.map((id) => placed.layout.nodes[id]);
    expect(b.x - a.x).toBe(300);
    expect(b.y - a.y).toBe(0);
    expect(noTwoOverlap(occupiedRects(placed))).toBe(true);
  });

  it('whatever is on the canvas, a placed node overlaps none of it (seeded)', () => {
    const box = fc.record({ x: fc.integer({ min: -600, max: 600 }), y: fc.integer({ min: -400, max: 400 }) });
    assertProperty(fc.property(fc.array(box, { maxLength: 15 }), box, (positions, preferred) => {
      let design: Design = emptyDesign('T');
      for (const p of positions) {
        const added = c.addTopic(design, 'stream', p);
        design = placeGroup(added.design, [added.id]);
      }
      const added = c.addService(design, preferred);
      design = placeGroup(added.design, [added.id]);
      return noTwoOverlap(occupiedRects(design));
    }), { numRuns: 30 });
  });
});
