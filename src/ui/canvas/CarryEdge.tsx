import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type EdgeProps } from '@xyflow/react';
import { useEditor, useEditorStore } from '../../store/context';
import { EdgeEvents } from './EdgeEvents';

interface CarryData { label?: string; kind?: string; severity?: string | null }

/** Labels are unreadable when zoomed far out; not drawing them keeps big designs smooth. */
const LABEL_MIN_ZOOM = 0.45;
const selectLabelsVisible = (s: { transform: [number, number, number] }) => s.transform[2] >= LABEL_MIN_ZOOM;

/** An edge labelled with the events it carries, with a lint marker when it has findings. */
function CarryEdgeView(props: EdgeProps) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected } = props;
  const data = (props.data ?? {}) as CarryData;
  const store = useEditorStore();
  const selectable = data.kind !== 'dead-letter';
  const labelsVisible = useStore(selectLabelsVisible);
  const editing = useEditor((s) => s.inlineEdit?.kind === 'edge' && s.inlineEdit.id === id);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} />
      {(editing || (labelsVisible && (data.label || data.severity || data.kind === 'publication'))) && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label-${data.kind}${selected ? ' is-selected' : ''}${data.severity ? ` has-${data.severity}` : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`edge-label-${id}`}
            onClick={selectable ? () => store.getState().select({ nodes: [], edges: [id] }) : undefined}
            onDoubleClick={selectable ? () => store.getState().editInline(id, 'edge') : undefined}
            title={selectable ? 'Double-click (or Enter) to add an event' : undefined}
          >
            {data.severity && <span className={`dot dot-${data.severity}`} aria-label={`${data.severity} findings`} />}
            {data.label || (data.kind === 'publication' ? 'no events yet' : '')}
            {editing && <EdgeEvents edgeId={id} />}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const CarryEdge = memo(CarryEdgeView);
