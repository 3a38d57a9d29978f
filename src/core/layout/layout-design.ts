// Laying out a whole design: the direction stored in the design (else chosen from its shape), the
// current reading order kept where it can be, and positions rounded to whole pixels as stored.
import type { Design, Id, Position } from '../model/types';
import { chooseDirection } from './direction';
import { boundsOf, type Direction, type Drawing } from './drawing';
import { elkLayout, type ELK } from './elk-layout';
import { flowGraph } from './flow-graph';

export interface DesignLayout {
  direction: Direction;
  positions: Record<Id, Position>;
  drawing: Drawing;
}

/** Up to this many nodes a design without a direction is laid out both ways and the one that fits a screen better wins. */
const TRY_BOTH_UP_TO = 150;
const SCREEN = { width: 1440, height: 900 };

function fitZoom(drawing: Drawing): number {
  const b = boundsOf(Object.values(drawing.nodes).concat(drawing.groups.map((g) => g.box)));
  return b ? Math.min(SCREEN.width / b.width, SCREEN.height / b.height) : 1;
}

export async function layoutDesign(elk: ELK, design: Design, options: { direction?: Direction } = {}): Promise<DesignLayout> {
  const graph = flowGraph(design);
  const chosen = options.direction ?? design.layout.direction;
  let direction: Direction;
  let drawing: Drawing;
  if (!chosen && graph.nodes.length <= TRY_BOTH_UP_TO) {
    const right = await elkLayout(elk, graph, { direction: 'RIGHT', positions: design.layout.nodes });
    const down = await elkLayout(elk, graph, { direction: 'DOWN', positions: design.layout.nodes });
    // Larger text at fit-to-screen wins; a near tie reads left to right.
    [direction, drawing] = fitZoom(down) > fitZoom(right) * 1.1 ? ['DOWN', down] : ['RIGHT', right];
  } else {
    direction = chosen ?? chooseDirection(graph);
    drawing = await elkLayout(elk, graph, { direction, positions: design.layout.nodes });
  }
  const positions: Record<Id, Position> = {};
  for (const [id, box] of Object.entries(drawing.nodes)) positions[id] = { x: box.x, y: box.y };
  return { direction, positions, drawing };
}
