import type { DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../store/context';
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

  const addAtCentre = (kind: PaletteKind) => {
    const el = document.querySelector('.canvas');
    const rect = el?.getBoundingClientRect();
    const centre = rect ? flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }) : { x: 0, y: 0 };
    // Near the selection when there is one (what the user is working on), else the view's centre.
    addFromPalette(store.getState(), kind, nearSelection(store.getState()) ?? centre);
  };

  const onDragStart = (event: DragEvent, kind: PaletteKind) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <nav className="palette" aria-label="Palette">
      <div className="panel-title">Add</div>
      {ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          className={`palette-item palette-${item.kind}`}
          draggable
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
