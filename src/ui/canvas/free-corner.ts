// Where the minimap may sit without covering a node on screen (see SideMiniMap).
import type { PanelPosition, ReactFlowState } from '@xyflow/react';

export const MINIMAP_SIZE = { width: 140, height: 88 };
/** Room the minimap's panel takes from its corner (its size, the panel margin and the border). */
const ROOM = { width: MINIMAP_SIZE.width + 15 + 2, height: MINIMAP_SIZE.height + 15 + 2 };

const CORNERS: PanelPosition[] = ['bottom-right', 'top-right', 'top-left'];

/**
 * The corner whose minimap box covers no node on screen, if any. Runs on every React Flow update
 * (each frame of a drag or a pan), over every node: no allocation per node, and it stops as soon
 * as every corner is taken.
 */
export function freeCorner(s: Pick<ReactFlowState, 'transform' | 'width' | 'height' | 'nodeLookup'>): PanelPosition | null {
  const [tx, ty, zoom] = s.transform;
  // The corners' boxes in flow coordinates, so nodes are compared as they are stored.
  const corners = CORNERS.map((corner) => {
    const right = corner.endsWith('right'), bottom = corner.startsWith('bottom');
    const x1 = right ? s.width - ROOM.width : 0, y1 = bottom ? s.height - ROOM.height : 0;
    return { corner, x1: (x1 - tx) / zoom, y1: (y1 - ty) / zoom, x2: (x1 + ROOM.width - tx) / zoom, y2: (y1 + ROOM.height - ty) / zoom, taken: false };
  });
  let free = corners.length;
  for (const n of s.nodeLookup.values()) {
    const p = n.internals.positionAbsolute;
    const x2 = p.x + (n.measured.width ?? 0), y2 = p.y + (n.measured.height ?? 0);
    for (const c of corners) {
      if (c.taken || !(p.x < c.x2 && x2 > c.x1 && p.y < c.y2 && y2 > c.y1)) continue;
      c.taken = true;
      if (--free === 0) return null;
    }
  }
  return corners.find((c) => !c.taken)?.corner ?? null;
}

/** Below this canvas size the minimap would take too much of it: hidden. */
const MIN_CANVAS = { width: 720, height: 420 };

export const minimapCorner = (s: Pick<ReactFlowState, 'transform' | 'width' | 'height' | 'nodeLookup'>) =>
  (s.width < MIN_CANVAS.width || s.height < MIN_CANVAS.height ? null : freeCorner(s));
