import { useEffect, useState } from 'react';
import { ControlButton, MiniMap, useStore, type Node } from '@xyflow/react';
import { readPreference, writePreference } from '../../store/persistence/preferences';
import { MINIMAP_SIZE as SIZE, minimapCorner } from './free-corner';

const minimapClass = (n: Node) => n.className ?? '';

/**
 * The minimap never covers content: it sits in a corner where no node is on screen (moving aside
 * as the view changes), hides when every corner is taken or the canvas is small, and can be
 * switched off (remembered per browser).
 */
export function SideMiniMap() {
  const corner = useStore(minimapCorner);
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
