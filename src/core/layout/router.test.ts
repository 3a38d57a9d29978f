// Routes for positions the layout did not choose go around every node other than their ends, and
// their labels sit on free ground: the order saga as drawn by hand, and a generated design after
// a drag.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreDesign } from '../model/restore';
import { generateSystem } from '../testing/sample-designs';
import type { Design } from '../model/types';
import { flowGraph } from './flow-graph';
import { checkQuality } from './quality';
import { routeGraph } from './router';

const saga: Design = restoreDesign(JSON.parse(readFileSync(new URL('../../../examples/order-saga.json', import.meta.url), 'utf8'))).file.design;

function check(design: Design, direction: 'RIGHT' | 'DOWN') {
  const graph = flowGraph(design);
  const drawing = routeGraph(graph, design.layout.nodes, direction);
  const report = checkQuality({ nodes: drawing.nodes, edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, ...drawing.edges[e.id] })) });
  return { drawing, report, graph };
}

describe('routes for given positions', () => {
  it.each(['RIGHT', 'DOWN'] as const)('the hand-drawn order saga (%s)', (direction) => {
    const { report, drawing, graph } = check(saga, direction);
    expect(report.overlappingNodes).toEqual([]);
    expect(report.edgesThroughNodes).toEqual([]);
    expect(report.labelsOverNodes).toEqual([]);
    expect(report.labelsOverLabels).toEqual([]);
    for (const e of graph.edges) {
      const pts = drawing.edges[e.id].points;
      // Orthogonal, leaving the source's side and entering the target's.
      for (let k = 1; k < pts.length; k++) expect(pts[k].x === pts[k - 1].x || pts[k].y === pts[k - 1].y).toBe(true);
      const s = drawing.nodes[e.source], t = drawing.nodes[e.target];
      if (direction === 'RIGHT') {
        expect(pts[0].x).toBe(s.x + s.width);
        expect(pts.at(-1)!.x).toBe(t.x);
      } else {
        expect(pts[0].y).toBe(s.y + s.height);
        expect(pts.at(-1)!.y).toBe(t.y);
      }
    }
    expect(drawing.groups.map((g) => g.label).sort()).toEqual(['Billing', 'Fulfilment', 'Sales']);
  });

  it('a generated 50-node design with its column positions', () => {
    const design = generateSystem(20, 10, 20).design;
    const { report } = check(design, 'RIGHT');
    expect(report.edgesThroughNodes).toEqual([]);
    expect(report.labelsOverNodes).toEqual([]);
  });
});
