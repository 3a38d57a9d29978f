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

type EdgeKind = 'publication' | 'subscription' | 'dead-letter';
const MARKERS = {
  publication: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
  subscription: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
  'dead-letter': { type: MarkerType.ArrowClosed, width: 16, height: 16 },
} as const;

/**
 * React Flow edges, like the nodes, are a view cache: an edge object is reused while its ends,
 * label, severity and selection are unchanged, so a move (an auto-layout of 1,000 nodes, a drag)
 * builds no edge object and React Flow's per-edge comparisons stop at the first check.
 */
export function deriveEdges(design: Design, selection: Selection, worst: (id: Id) => string | null, cache: Map<string, Edge> = new Map()): Edge[] {
  const selected = new Set(selection.edges);
  const labels = edgeLabels(design);
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const push = (id: string, kind: EdgeKind, source: Id, target: Id, label: string, severity: string | null, isSelected: boolean) => {
    seen.add(id);
    const cached = cache.get(id);
    const data = cached?.data as { label: string; kind: EdgeKind; severity?: string | null } | undefined;
    if (cached && data && cached.source === source && cached.target === target && data.kind === kind && data.label === label
      && (data.severity ?? null) === severity && !!cached.selected === isSelected) {
      edges.push(cached);
      return;
    }
    const edge: Edge = kind === 'dead-letter'
      ? {
        id, source, target, sourceHandle: 'out', targetHandle: 'in', type: 'carry',
        data: { label, kind }, selectable: false, focusable: false,
        markerEnd: MARKERS[kind], className: 'edge-dead-letter',
      }
      : {
        id, source, target, sourceHandle: 'out', targetHandle: 'in', type: 'carry',
        data: { label, kind, severity }, selected: isSelected,
        markerEnd: MARKERS[kind], className: `edge-${kind}`,
      };
    cache.set(id, edge);
    edges.push(edge);
  };
  for (const p of design.publications) push(p.id, 'publication', p.serviceId, p.topicId, labels.get(p.id)?.text ?? '', worst(p.id), selected.has(p.id));
  for (const s of design.subscriptions) {
    push(s.id, 'subscription', s.topicId, s.serviceId, labels.get(s.id)?.text ?? '', worst(s.id), selected.has(s.id));
    if (s.deadLetterTopicId) push(DLQ_EDGE_PREFIX + s.id, 'dead-letter', s.serviceId, s.deadLetterTopicId, labels.get(DLQ_EDGE_PREFIX + s.id)?.text ?? '', null, false);
  }
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return edges;
}
