// The catalog's flow diagram: the same layout and the same SVG renderer as the canvas and the
// image export (core/layout). Callers that can run the layout engine (the CLI, the browser's
// layout worker) pass the drawing; without one, the edges are routed around the design's own
// positions (nodes without a position go in a row below the rest).
import type { Drawing } from '../layout/drawing';
import { flowGraph } from '../layout/flow-graph';
import { routeGraph } from '../layout/router';
import { designSvg } from '../layout/svg-picture';
import type { Id, Position } from '../model/types';
import type { CatalogView } from './view';

function positionsOf(view: CatalogView): Record<Id, Position> {
  const graph = flowGraph(view.design);
  const placed = view.design.layout.nodes;
  const positions: Record<Id, Position> = {};
  let bottom = 0;
  for (const n of graph.nodes) if (placed[n.id]) bottom = Math.max(bottom, placed[n.id].y + n.height);
  let x = 0;
  for (const n of graph.nodes) {
    if (placed[n.id]) positions[n.id] = placed[n.id];
    else {
      positions[n.id] = { x, y: bottom + 80 };
      x += n.width + 60;
    }
  }
  return positions;
}

export function flowDiagramSvg(view: CatalogView, drawing?: Drawing): string {
  const { design } = view;
  if (design.services.length === 0 && design.topics.length === 0) return '<p class="empty">The design has no services or topics yet.</p>';
  const used = drawing ?? routeGraph(flowGraph(design), positionsOf(view), design.layout.direction ?? 'RIGHT');
  return designSvg(design, used, { title: '', idPrefix: 'flow-', className: 'flow' }).svg;
}
