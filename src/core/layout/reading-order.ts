// The order in which the flow is read, given to the layout as the model order: ELK breaks cycles
// (a saga's loop) against it and keeps it within ranks where it costs no crossings. A depth-first
// walk along the flow, starting from producers that consume nothing, then from services; where
// there is a choice, what comes first on the canvas now (top-left first) comes first, else the
// order in the design. So a full layout keeps the design's current reading order where it can.
import type { Id, Position } from '../model/types';
import type { FlowGraph } from './flow-graph';

export function readingOrder(graph: FlowGraph, positions?: Record<Id, Position>): Id[] {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const placed = positions && graph.nodes.some((n) => positions[n.id]);
  // Diagonal reading position: a left-to-right or a top-down picture both start at the top left.
  const at = (id: Id) => {
    const p = placed ? positions![id] : undefined;
    return p ? p.x + p.y : Number.MAX_SAFE_INTEGER;
  };
  const before = (a: Id, b: Id) => at(a) - at(b) || index.get(a)! - index.get(b)!;
  const out = new Map<Id, Id[]>();
  const indegree = new Map<Id, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    const list = out.get(e.source) ?? [];
    list.push(e.target);
    out.set(e.source, list);
    indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  }
  for (const list of out.values()) list.sort(before);
  const seen = new Set<Id>();
  const order: Id[] = [];
  const visit = (start: Id) => {
    const stack: Id[] = [start];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      order.push(id);
      const next = out.get(id) ?? [];
      for (let i = next.length - 1; i >= 0; i--) if (!seen.has(next[i])) stack.push(next[i]);
    }
  };
  const ids = graph.nodes.map((n) => n.id).sort(before);
  const kind = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  for (const id of ids) if (indegree.get(id) === 0 && kind.get(id) === 'service') visit(id);
  for (const id of ids) if (indegree.get(id) === 0) visit(id);
  for (const id of ids) if (kind.get(id) === 'service') visit(id);
  for (const id of ids) visit(id);
  return order;
}
