import { ViewportPortal } from '@xyflow/react';
import { useDrawingStore } from '../layout/drawing-store';

/** Domain groups (bounded contexts) as the layout worker last drew them, under the nodes. */
export function GroupLayer() {
  const groups = useDrawingStore((s) => s.drawing?.groups);
  if (!groups?.length) return null;
  return (
    <ViewportPortal>
      <div className="diagram-groups" aria-hidden="true">
        {groups.map((g) => (
          <div key={g.id} className="diagram-group" data-group={g.label} style={{ transform: `translate(${g.box.x}px, ${g.box.y}px)`, width: g.box.width, height: g.box.height }}>
            <span className="diagram-group-label">{g.label}</span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
}
