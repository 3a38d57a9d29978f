// Laying out a whole design: the direction stored in the design (else chosen from its shape), the
// current reading order kept where it can be, and positions rounded to whole pixels as stored.
import type { Design, Id, Position } from '../model/types';
import { chooseDirection } from './direction';
import type { Direction, Drawing } from './drawing';
import { elkLayout, type ELK } from './elk-layout';
import { flowGraph, type FlowGraph } from './flow-graph';

export interface DesignLayout {
  direction: Direction;
  positions: Record<Id, Position>;
  drawing: Drawing;
}

export function directionOf(design: Design, graph: FlowGraph = flowGraph(design)): Direction {
  return design.layout.direction ?? chooseDirection(graph);
}

export async function layoutDesign(elk: ELK, design: Design, options: { direction?: Direction } = {}): Promise<DesignLayout> {
  const graph = flowGraph(design);
  const direction = options.direction ?? directionOf(design, graph);
  const drawing = await elkLayout(elk, graph, { direction, positions: design.layout.nodes });
  const positions: Record<Id, Position> = {};
  for (const [id, box] of Object.entries(drawing.nodes)) positions[id] = { x: box.x, y: box.y };
  return { direction, positions, drawing };
}
