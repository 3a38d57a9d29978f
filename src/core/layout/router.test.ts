// Routes for positions the layout did not choose go around every node other than their ends, and
// their labels sit on free ground: the order saga as drawn by hand, and a generated design after
// a drag.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreDesign } from '../model/restore';
import { generateSystem } from '../testing/sample-designs';
import type { Design } from '../model/types';
import type { Drawing } from './drawing';
import { flowGraph } from './flow-graph';
import { groupLabelBox } from './groups';
import { boxesOverlap, checkQuality, segmentHitsBox } from './quality';
import { routeGraph } from './router';

const saga: Design = restoreDesign(JSON.parse(readFileSync(new URL('../../../examples/order-saga.json', import.meta.url), 'utf8'))).file.design;

function check(design: Design, direction: 'RIGHT' | 'DOWN') {
  const graph = flowGraph(design);
  const drawing = routeGraph(graph, design.layout.nodes, direction);
  const report = checkQuality({ nodes: drawing.nodes, edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, ...drawing.edges[e.id] })) });
  return { drawing, report, graph };
}

/** Edges whose route or label crosses a group's name ("Billing" struck through). */
function overGroupNames(drawing: Drawing): string[] {
  const names = drawing.groups.map((g) => ({ label: g.label, box: groupLabelBox(g.label, g.box) }));
  const out: string[] = [];
  for (const [id, r] of Object.entries(drawing.edges)) {
    for (const n of names) {
      const crossed = r.points.slice(1).some((p, k) => segmentHitsBox(r.points[k], p, n.box, 0));
      if (crossed || (r.label && boxesOverlap(r.label, n.box))) out.push(`${id} over ${n.label}`);
    }
  }
  return out;
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
    expect(overGroupNames(drawing)).toEqual([]);
  });

  it('the example as placed: its three domains do not overlap', () => {
    const { drawing } = check(saga, saga.layout.direction ?? 'RIGHT');
    const [a, b, c] = drawing.groups.map((g) => g.box);
    expect([boxesOverlap(a, b), boxesOverlap(a, c), boxesOverlap(b, c)]).toEqual([false, false, false]);
  });

  it('a route that would run through a group\'s name goes around it', () => {
    // P publishes to t straight across the top of a Sales group whose only member sits below
    // the line: nothing but the name "Sales" is in the way.
    const design = restoreDesign({
      id: 'd', name: 'd', version: '1.0.0',
      services: [{ id: 'p', name: 'P' }, { id: 's1', name: 'S1', domain: 'Sales' }],
      topics: [{ id: 't', name: 't', broker: 'kafka', kind: 'stream' }],
      events: [], publications: [{ id: 'p-t', serviceId: 'p', topicId: 't', eventIds: [] }], subscriptions: [],
      layout: { nodes: { p: { x: 0, y: 50 }, s1: { x: 300, y: 100 }, t: { x: 700, y: 55 } } },
    }).file.design;
    const { drawing } = check(design, 'RIGHT');
    const sales = drawing.groups.find((g) => g.label === 'Sales')!;
    const name = groupLabelBox(sales.label, sales.box);
    // The premise: the straight line between the two ports crosses the name.
    const route = drawing.edges['p-t'].points;
    const y = route[0].y;
    expect(route.at(-1)!.y).toBe(y);
    expect(y > name.y && y < name.y + name.height).toBe(true);
    // It bends around the name instead.
    expect(route.length).toBeGreaterThan(2);
    expect(overGroupNames(drawing)).toEqual([]);
  });

  it('a generated 50-node design with its column positions', () => {
    const design = generateSystem(20, 10, 20).design;
    const { report } = check(design, 'RIGHT');
    expect(report.edgesThroughNodes).toEqual([]);
    expect(report.labelsOverNodes).toEqual([]);
  });
});
