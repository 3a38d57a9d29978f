// What a layout produces and the canvas, the SVG export and the quality check consume: node boxes,
// edge routes with their label boxes, and the boxes of domain groups. Absolute coordinates, top-left
// origin. Routes and groups are derived from the node positions and never stored in the design.
import type { FlowDirection, Id, Position } from '../model/types';

export type Direction = FlowDirection;

export interface Box { x: number; y: number; width: number; height: number }
export interface Route {
  /** Start (on the source's side), bend points, end (on the target's side). */
  points: Position[];
  /** Where the edge's label goes, when it has one. */
  label?: Box;
}
export interface GroupBox { id: string; label: string; box: Box; members: Id[] }

export interface Drawing {
  direction: Direction;
  nodes: Record<Id, Box>;
  edges: Record<Id, Route>;
  groups: GroupBox[];
}

export function boundsOf(boxes: Iterable<Box>): Box | undefined {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x); y1 = Math.min(y1, b.y);
    x2 = Math.max(x2, b.x + b.width); y2 = Math.max(y2, b.y + b.height);
  }
  return x1 === Infinity ? undefined : { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}
