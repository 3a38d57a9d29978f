// Where a new node goes: the free spot nearest to where the user is looking (the selection or the
// viewport centre), never overlapping a node. Used by palette clicks, quick fixes, paste and
// duplicate, with the same sizes auto-layout uses.
import type { Design, Id, Position } from '../model/types';
import { nodeSizes, type NodeSize } from './node-size';

export interface Rect { x: number; y: number; width: number; height: number }

/** Space kept free around every node, so boxes and their badges never touch. */
export const GAP = 24;
const GRID = 20;

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** The boxes of the placed nodes of a design (nodes without a position take no room yet). */
export function occupiedRects(design: Design, except: ReadonlySet<Id> = new Set()): Rect[] {
  const sizes = nodeSizes(design);
  const rects: Rect[] = [];
  for (const [id, size] of sizes) {
    const at = design.layout.nodes[id];
    if (at && !except.has(id)) rects.push({ x: at.x, y: at.y, width: size.width, height: size.height });
  }
  return rects;
}

const snap = (v: number) => Math.round(v / GRID) * GRID;

/**
 * The top-left corner nearest to `preferred` (a top-left corner) where a box of `size` overlaps
 * none of `occupied` (with GAP around). Searches outward ring by ring on the snap grid; ties go
 * to the right, then down, which reads as "next to" in a left-to-right flow.
 */
export function freeSpot(occupied: readonly Rect[], size: Pick<NodeSize, 'width' | 'height'>, preferred: Position): Position {
  const start = { x: snap(preferred.x), y: snap(preferred.y) };
  const box = (p: Position): Rect => ({ x: p.x, y: p.y, width: size.width, height: size.height });
  const fits = (p: Position) => !occupied.some((r) => overlaps(box(p), r, GAP));
  if (fits(start)) return start;
  const near = occupied.filter((r) => Math.abs(r.x - start.x) < 4000 && Math.abs(r.y - start.y) < 4000);
  for (let ring = 1; ring <= 200; ring++) {
    const candidates: Position[] = [];
    for (let i = -ring; i <= ring; i++) {
      candidates.push({ x: start.x + ring * GRID, y: start.y + i * GRID }, { x: start.x + i * GRID, y: start.y + ring * GRID });
      candidates.push({ x: start.x - ring * GRID, y: start.y + i * GRID }, { x: start.x + i * GRID, y: start.y - ring * GRID });
    }
    candidates.sort((a, b) => distance(a, start) - distance(b, start));
    const found = candidates.find((p) => !near.some((r) => overlaps(box(p), r, GAP)));
    if (found) return found;
  }
  // Nothing free within 4,000 px: below everything.
  const bottom = Math.max(...occupied.map((r) => r.y + r.height));
  return { x: start.x, y: snap(bottom + GAP * 2) };
}

function distance(a: Position, b: Position): number {
  return Math.hypot(a.x - b.x, (a.y - b.y) * 1.15); // a little wider than tall: rows read better
}

/** The box around a group of boxes. */
export function boundsOf(rects: readonly Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y };
}

/**
 * Places the given (just added) nodes of a design as one group: moved together, keeping their
 * arrangement, to the free spot nearest to where they are (or to `preferred` for the group's
 * top-left corner). Nodes without a position are laid out in a row first.
 */
export function placeGroup(design: Design, ids: readonly Id[], preferred?: Position): Design {
  if (ids.length === 0) return design;
  const group = new Set(ids);
  const sizes = nodeSizes(design);
  const local: Record<Id, Position> = {};
  let rowX = 0;
  for (const id of ids) {
    local[id] = design.layout.nodes[id] ?? { x: rowX, y: 0 };
    rowX += (sizes.get(id)?.width ?? 0) + GAP * 2;
  }
  const box = boundsOf(ids.map((id) => ({ ...local[id], width: sizes.get(id)?.width ?? 0, height: sizes.get(id)?.height ?? 0 })));
  const target = freeSpot(occupiedRects(design, group), { width: box.width, height: box.height }, preferred ?? { x: box.x, y: box.y });
  const nodes = { ...design.layout.nodes };
  for (const id of ids) nodes[id] = { x: local[id].x - box.x + target.x, y: local[id].y - box.y + target.y };
  return { ...design, layout: { ...design.layout, nodes } };
}

/** The preferred top-left corner for a node of `size` centred on a point. */
export function centredOn(point: Position, size: Pick<NodeSize, 'width' | 'height'>): Position {
  return { x: point.x - size.width / 2, y: point.y - size.height / 2 };
}
