import { memo, useContext } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, useStoreApi, type EdgeProps } from '@xyflow/react';
import { routePath } from '../../core/layout/route-path';
import type { Route } from '../../core/layout/drawing';
import { useEditorStore } from '../../store/context';
import { useDrawingStore } from '../layout/drawing-store';
import { EdgeEvents } from './EdgeEvents';
import { EdgeViewContext } from './edge-view';

interface CarryData { label?: string; kind?: string; severity?: string | null }

/** An edge labelled with the events it carries, with a lint marker when it has findings. */
function CarryEdgeView(props: EdgeProps) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected } = props;
  const data = (props.data ?? {}) as CarryData;
  const store = useEditorStore();
  const selectable = data.kind !== 'dead-letter';
  const view = useContext(EdgeViewContext);
  const labelsVisible = view.labelsVisible;
  const editing = view.editingEdge === id;
  // The ends where React Flow draws them now, to tell whether the worker's route still fits. Read,
  // not subscribed to: an end that moves changes sourceX/Y or targetX/Y, which re-renders this edge
  // anyway, and a subscription per end ran on every React Flow update (see ./edge-view.ts).
  const lookup = useStoreApi().getState().nodeLookup;
  const sourceBox = lookup.get(source)?.internals.positionAbsolute;
  const targetBox = lookup.get(target)?.internals.positionAbsolute;
  // The route the layout worker found, while both ends are where it was found for; while they
  // move (a drag), a plain stepped line until the worker has routed the edge again.
  const drawn = useDrawingStore((s) => s.drawing?.edges[id]);
  const sourceAt = useDrawingStore((s) => s.drawing?.nodes[source]);
  const targetAt = useDrawingStore((s) => s.drawing?.nodes[target]);
  const fits = (box: { x: number; y: number } | undefined, at: { x: number; y: number } | undefined) => !!box && !!at && Math.abs(box.x - at.x) < 1 && Math.abs(box.y - at.y) < 1;
  const route: Route | undefined = drawn && fits(sourceBox, sourceAt) && fits(targetBox, targetAt) ? drawn : undefined;
  let path: string;
  let label: { x: number; y: number; width?: number; height?: number };
  if (route) {
    path = routePath(route.points);
    label = route.label ?? { x: route.points[0].x, y: route.points[0].y };
  } else {
    const [p, lx, ly] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8 });
    path = p;
    label = { x: lx, y: ly };
  }
  // The label box the layout placed; while its events are edited the label grows to hold the editor.
  const boxed = route?.label !== undefined && !editing;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={route ? 'is-routed' : undefined} />
      {(editing || (labelsVisible && (data.label || data.severity || data.kind === 'publication'))) && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label-${data.kind}${selected ? ' is-selected' : ''}${data.severity ? ` has-${data.severity}` : ''}`}
            style={boxed
              ? { transform: `translate(${label.x}px, ${label.y}px)`, width: label.width, height: label.height }
              : { transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)` }}
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
