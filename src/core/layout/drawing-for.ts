// The drawing of a design as it stands: the engine's own routes while the nodes are where the
// layout put them, else routes found around the nodes where they are. Used by the layout worker
// after every change and by the CLI, so a picture is the same wherever it is drawn.
import type { Design, Id, Position } from '../model/types';
import type { Drawing } from './drawing';
import { elkLayout, type ELK } from './elk-layout';
import { flowGraph, type FlowGraph } from './flow-graph';
import { routeGraph } from './router';

/** The last layouts computed, keyed by what they depend on (nodes, sizes, edges, labels, direction). */
export class DrawingCache {
  private entries: { key: string; drawing: Drawing }[] = [];
  constructor(private readonly size = 4) {}
  remember(key: string, drawing: Drawing) {
    this.entries = [{ key, drawing }, ...this.entries.filter((e) => e.key !== key)].slice(0, this.size);
  }
  find(key: string): Drawing | undefined {
    return this.entries.find((e) => e.key === key)?.drawing;
  }
}

export function graphKey(graph: FlowGraph, direction: string): string {
  return JSON.stringify([direction, graph.nodes.map((n) => [n.id, n.width, n.height, n.domain ?? '']), graph.edges.map((e) => [e.id, e.source, e.target, e.labelWidth])]);
}

/** Whether every node is where `drawing` put it (whole pixels). */
export function matches(drawing: Drawing, positions: Record<Id, Position>, graph: FlowGraph): boolean {
  return graph.nodes.every((n) => {
    const b = drawing.nodes[n.id];
    const p = positions[n.id];
    return b && p && Math.abs(b.x - p.x) < 1 && Math.abs(b.y - p.y) < 1 && b.width === n.width && b.height === n.height;
  });
}

/** Up to this many nodes a design that looks laid out is laid out again to recover the engine's routes. */
const RECOVER_UP_TO = 300;

export async function drawingFor(elk: ELK | undefined, design: Design, cache = new DrawingCache()): Promise<Drawing> {
  const graph = flowGraph(design);
  // Without a stored direction the canvas reads left to right (its handles are on the sides).
  const direction = design.layout.direction ?? 'RIGHT';
  const key = graphKey(graph, direction);
  const cached = cache.find(key);
  if (cached && matches(cached, design.layout.nodes, graph)) return cached;
  // A design opened after a layout (a reload, a file, the CLI): the same layout again gives the same
  // positions, and with them the engine's routes.
  if (elk && design.layout.direction && graph.nodes.length <= RECOVER_UP_TO && graph.nodes.every((n) => design.layout.nodes[n.id])) {
    const again = await elkLayout(elk, graph, { direction, positions: design.layout.nodes });
    cache.remember(key, again);
    if (matches(again, design.layout.nodes, graph)) return again;
  }
  return routeGraph(graph, design.layout.nodes, direction);
}
