import type { DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../store/context';
import { PanelToggle } from './panels';
import { useViewOnly } from './live/view-only';
import { PALETTE_MIME, addFromPalette, nearSelection, type PaletteKind } from './canvas/palette-actions';

const ITEMS: { kind: PaletteKind; label: string; hint: string }[] = [
  { kind: 'producer', label: 'Producer', hint: 'A service that publishes events' },
  { kind: 'topic', label: 'Topic', hint: 'A stream, queue or channel' },
  { kind: 'consumer', label: 'Consumer', hint: 'A service that reacts to events' },
  { kind: 'dead-letter', label: 'Dead-letter topic', hint: 'Where failed messages go' },
];

export function Palette() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const viewOnly = useViewOnly();

  const addAtCentre = (kind: PaletteKind) => {
    const rect = document.querySelector('.canvas')?.getBoundingClientRect();
    if (!rect) return;
    const topLeft = flow.screenToFlowPosition({ x: rect.left, y: rect.top });
    const bottomRight = flow.screenToFlowPosition({ x: rect.right, y: rect.bottom });
    const visible = (p: { x: number; y: number }) => p.x >= topLeft.x && p.x <= bottomRight.x && p.y >= topLeft.y && p.y <= bottomRight.y;
    const centre = { x: (topLeft.x + bottomRight.x) / 2, y: (topLeft.y + bottomRight.y) / 2 };
    // Near the selection when it is in view (what the user is working on), else the view's centre.
    const near = nearSelection(store.getState());
    const id = addFromPalette(store.getState(), kind, near && visible(near) ? near : centre);
    // The free spot may be outside the view: follow the new node so its name can be typed in view.
    const at = store.getState().design.layout.nodes[id];
    if (at && !(visible(at) && visible({ x: at.x + 200, y: at.y + 70 }))) {
      void flow.setCenter(at.x + 90, at.y + 30, { zoom: flow.getZoom(), duration: 200 });
    }
  };

  const onDragStart = (event: DragEvent, kind: PaletteKind) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <nav className="palette" aria-label="Palette">
      <div className="panel-head"><div className="panel-title">Add</div><PanelToggle panel="palette" /></div>
      {ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          className={`palette-item palette-${item.kind}`}
          draggable={!viewOnly}
          disabled={viewOnly}
          onDragStart={(e) => onDragStart(e, item.kind)}
          onClick={() => addAtCentre(item.kind)}
          aria-label={item.label}
          title={`${item.hint} — drag onto the canvas or click to add`}
        >
          <span className="palette-swatch" aria-hidden="true" />
          <span>{item.label}</span>
        </button>
      ))}
      <p className="palette-help">Drag onto the canvas, or click to add at the centre. Connect by dragging between handles.</p>
    </nav>
  );
}
