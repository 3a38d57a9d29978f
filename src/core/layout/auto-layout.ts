import dagre from '@dagrejs/dagre';
import type { Design, Id, Position } from '../model/types';

export interface NodeSize { width: number; height: number }

const SERVICE: NodeSize = { width: 188, height: 64 };
const TOPIC: NodeSize = { width: 176, height: 52 };

/**
 * Left-to-right layered layout (producers → topics → consumers) with dagre. Dead-letter topics
 * hang off their consumers. Returns top-left positions, as the canvas stores them.
 */
export function autoLayout(design: Design, only?: ReadonlySet<Id>): Record<Id, Position> {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 90, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const s of design.services) g.setNode(s.id, { ...SERVICE });
  for (const t of design.topics) g.setNode(t.id, { ...TOPIC });
  for (const p of design.publications) g.setEdge(p.serviceId, p.topicId);
  for (const s of design.subscriptions) {
    g.setEdge(s.topicId, s.serviceId);
    if (s.deadLetterTopicId) g.setEdge(s.serviceId, s.deadLetterTopicId, { weight: 0, minlen: 1 });
  }
  dagre.layout(g);
  const positions: Record<Id, Position> = {};
  for (const id of g.nodes()) {
    if (only && !only.has(id)) continue;
    const n = g.node(id);
    positions[id] = { x: Math.round(n.x - n.width / 2), y: Math.round(n.y - n.height / 2) };
  }
  return positions;
}
