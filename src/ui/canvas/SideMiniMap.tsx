import { useEffect, useState } from 'react';
import { ControlButton, MiniMap, useStore, type Node, type PanelPosition, type ReactFlowState } from '@xyflow/react';
import { readPreference, writePreference } from '../../store/persistence/preferences';

const minimapClass = (n: Node) => n.className ?? '';
const SIZE = { width: 140, height: 88 };
/** Room the minimap's panel takes from its corner (its size, the panel margin and the border). */
const ROOM = { width: SIZE.width + 15 + 2, height: SIZE.height + 15 + 2 };
/** Below this canvas size the minimap would take too much of it: hidden. */
const MIN_CANVAS = { width: 720, height: 420 };
const CORNERS: PanelPosition[] = ['bottom-right', 'top-right', 'top-left'];

/** The corner whose minimap box covers no node on screen, if any. */
function freeCorner(s: ReactFlowState): PanelPosition | null {
  const [tx, ty, zoom] = s.transform;
  const boxes: { x1: number; y1: number; x2: number; y2: number }[] = [];
  for (const n of s.nodeLookup.values()) {
    const p = n.internals.positionAbsolute;
    const w = n.measured.width ?? 0, h = n.measured.height ?? 0;
    boxes.push({ x1: p.x * zoom + tx, y1: p.y * zoom + ty, x2: (p.x + w) * zoom + tx, y2: (p.y + h) * zoom + ty });
  }
  for (const corner of CORNERS) {
    const right = corner.endsWith('right'), bottom = corner.startsWith('bottom');
    const x1 = right ? s.width - ROOM.width : 0, x2 = right ? s.width : ROOM.width;
    const y1 = bottom ? s.height - ROOM.height : 0, y2 = bottom ? s.height : ROOM.height;
    if (!boxes.some((b) => b.x1 < x2 && b.x2 > x1 && b.y1 < y2 && b.y2 > y1)) return corner;
  }
  return null;
}

const selectCorner = (s: ReactFlowState) => (s.width < MIN_CANVAS.width || s.height < MIN_CANVAS.height ? null : freeCorner(s));

/**
 * The minimap never covers content: it sits in a corner where no node is on screen (moving aside
 * as the view changes), hides when every corner is taken or the canvas is small, and can be
 * switched off (remembered per browser).
 */
export function SideMiniMap() {
  const corner = useStore(selectCorner);
  if (!corner) return null;
  return <MiniMap position={corner} pannable zoomable ariaLabel="Minimap" nodeClassName={minimapClass} style={SIZE} />;
}

/** Whether the user wants the minimap, and a control button to change it. */
export function useMiniMapPreference(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => readPreference('minimap') !== 'off');
  useEffect(() => writePreference('minimap', on ? 'on' : 'off'), [on]);
  return [on, setOn];
}

export function MiniMapToggle({ on, toggle }: { on: boolean; toggle: (on: boolean) => void }) {
  return (
    <ControlButton onClick={() => toggle(!on)} aria-label={on ? 'Hide the minimap' : 'Show the minimap'} title={on ? 'Hide the minimap' : 'Show the minimap'} aria-pressed={on}>
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><rect x="1.5" y="3" width="13" height="10" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" /><rect x="8" y="8" width="5" height="3.5" fill="currentColor" /></svg>
    </ControlButton>
  );
}
