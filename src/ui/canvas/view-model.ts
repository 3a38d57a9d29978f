import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { Design, Id, Position } from '../../core/model/types';
import type { Selection } from '../../store/store';
import { DLQ_EDGE_PREFIX, edgeLabels } from '../../core/layout/flow-graph';

export type NodeType = 'service' | 'topic';

const FALLBACK_GAP = 220;

/** Where a node without a saved position goes: a simple grid, so nothing stacks on 0,0. */
function fallbackPosition(i: number): Position {
  return { x: (i % 5) * FALLBACK_GAP, y: Math.floor(i / 5) * 120 };
}

/**
 * React Flow nodes are a view cache of the design: a node object is reused while its position,
 * selection and type are unchanged, so React Flow does not re-measure every node on every edit.
 */
export function deriveNodes(design: Design, dragging: Record<Id, Position> | null, selection: Selection, cache: Map<Id, Node>): Node[] {
  const selected = new Set(selection.nodes);
  const out: Node[] = [];
  const seen = new Set<Id>();
  const push = (id: Id, type: NodeType, i: number, className: string) => {
    seen.add(id);
    const position = dragging?.[id] ?? design.layout.nodes[id] ?? fallbackPosition(i);
    const isSelected = selected.has(id);
    const cached = cache.get(id);
    if (cached && cached.type === type && cached.position.x === position.x && cached.position.y === position.y && !!cached.selected === isSelected && cached.className === className) {
      out.push(cached);
      return;
    }
    const node: Node = { id, type, position, data: {}, selected: isSelected, className, measured: cached?.measured, ariaLabel: undefined };
    cache.set(id, node);
    out.push(node);
  };
  let i = 0;
  for (const s of design.services) push(s.id, 'service', i++, 'rf-service');
  for (const t of design.topics) push(t.id, 'topic', i++, t.kind === 'dead-letter' ? 'rf-dlq' : 'rf-topic');
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return out;
}

export function withMeasured(cache: Map<Id, Node>, id: Id, measured: { width: number; height: number }): void {
  const node = cache.get(id);
  if (node) cache.set(id, { ...node, measured });
}

// Label texts come from the core (the layout sizes labels by them; exports print them).
export { DLQ_EDGE_PREFIX };

export function deriveEdges(design: Design, selection: Selection, worst: (id: Id) => string | null): Edge[] {
  const selected = new Set(selection.edges);
  const labels = edgeLabels(design);
  const edges: Edge[] = [];
  for (const p of design.publications) {
    const label = labels.get(p.id)?.text ?? '';
    edges.push({
      id: p.id, source: p.serviceId, target: p.topicId, sourceHandle: 'out', targetHandle: 'in', type: 'carry',
      data: { label, kind: 'publication', severity: worst(p.id) }, selected: selected.has(p.id),
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 }, className: 'edge-publication',
    });
  }
  for (const s of design.subscriptions) {
    const label = labels.get(s.id)?.text ?? '';
    edges.push({
      id: s.id, source: s.topicId, target: s.serviceId, sourceHandle: 'out', targetHandle: 'in', type: 'carry',
      data: { label, kind: 'subscription', severity: worst(s.id) }, selected: selected.has(s.id),
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 }, className: 'edge-subscription',
    });
    if (s.deadLetterTopicId) {
      edges.push({
        id: DLQ_EDGE_PREFIX + s.id, source: s.serviceId, target: s.deadLetterTopicId, sourceHandle: 'out', targetHandle: 'in', type: 'carry',
        data: { label: labels.get(DLQ_EDGE_PREFIX + s.id)?.text ?? '', kind: 'dead-letter' }, selectable: false, focusable: false,
        markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 }, className: 'edge-dead-letter',
      });
    }
  }
  return edges;
}
