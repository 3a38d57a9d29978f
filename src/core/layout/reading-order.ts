// The order in which the flow is read, given to the layout as the model order: ELK keeps it where
// it costs no crossings, and breaks cycles (a saga's loop) against it. Producers that consume
// nothing come first, then a depth-first walk along the flow; ties by the order in the design.
import type { Id, Position } from '../model/types';
import type { FlowGraph } from './flow-graph';

/**
 * With `positions` for every node, the current reading order on the canvas (along `axis`, then
 * across it) is kept; otherwise the order is derived from the flow.
 */
export function readingOrder(graph: FlowGraph, positions?: Record<Id, Position>, axis: 'x' | 'y' = 'x'): Id[] {
  if (positions && graph.nodes.length && graph.nodes.every((n) => positions[n.id])) {
    const other = axis === 'x' ? 'y' : 'x';
    const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
    return graph.nodes.map((n) => n.id).sort((a, b) => positions[a][axis] - positions[b][axis] || positions[a][other] - positions[b][other] || index.get(a)! - index.get(b)!);
  }
  const out = new Map<Id, Id[]>();
  const indegree = new Map<Id, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    const list = out.get(e.source) ?? [];
    list.push(e.target);
    out.set(e.source, list);
    indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  }
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
  // Sources first (nothing flows into them), then whatever a cycle left unvisited, services first.
  for (const n of graph.nodes) if (indegree.get(n.id) === 0) visit(n.id);
  for (const n of graph.nodes) if (n.kind === 'service') visit(n.id);
  for (const n of graph.nodes) visit(n.id);
  return order;
}
