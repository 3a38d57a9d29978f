// The previous auto-layout (dagre, left-to-right layered) on the same node and label sizes, kept
// only as the baseline the layout-quality check compares edge crossings with. Test support: dagre
// is a dev dependency.
import dagre from '@dagrejs/dagre';
import type { Design } from '../model/types';
import type { Direction } from '../layout/drawing';
import { flowGraph } from '../layout/flow-graph';
import type { DrawnEdge, QualityInput } from '../layout/quality';

export function dagreDrawing(design: Design, direction: Direction): QualityInput {
  const graph = flowGraph(design);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: direction === 'RIGHT' ? 'LR' : 'TB', nodesep: 40, ranksep: 90, marginx: 20, marginy: 20 });
  for (const n of graph.nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of graph.edges) g.setEdge(e.source, e.target, { width: e.labelWidth, height: e.labelHeight, labelpos: 'c' }, e.id);
  dagre.layout(g);
  const nodes: QualityInput['nodes'] = {};
  for (const n of graph.nodes) {
    const v = g.node(n.id);
    nodes[n.id] = { x: v.x - v.width / 2, y: v.y - v.height / 2, width: v.width, height: v.height };
  }
  const edges: DrawnEdge[] = graph.edges.map((e) => {
    const v = g.edge({ v: e.source, w: e.target, name: e.id });
    const label = e.labelWidth ? { x: v.x! - e.labelWidth / 2, y: v.y! - e.labelHeight / 2, width: e.labelWidth, height: e.labelHeight } : undefined;
    return { id: e.id, source: e.source, target: e.target, points: v.points.map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })), ...(label ? { label } : {}) };
  });
  return { nodes, edges };
}
