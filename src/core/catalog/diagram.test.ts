// The catalog's flow diagram is the canvas's picture: the same node boxes and routes (the layout
// engine's when given, else routed around the design's positions), drawn by the same SVG renderer.
// @ts-ignore -- jsdom ships no type declarations and @types/jsdom is not installed
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createElk } from '../layout/elk-layout';
import { flowGraph } from '../layout/flow-graph';
import { layoutDesign } from '../layout/layout-design';
import { checkQuality } from '../layout/quality';
import { designSvg } from '../layout/svg-picture';
import type { Design } from '../model/types';
import { orderSaga } from '../testing/catalog-designs';
import { flowDiagramSvg } from './diagram';
import { catalogHtml } from './html';
import { catalogView } from './view';

function parse(svg: string) {
  return new JSDOM(`<!doctype html><body>${svg}</body>`).window.document;
}

describe('flow diagram', () => {
  it('is the SVG renderer\'s picture of the engine\'s layout when given one', async () => {
    const design = orderSaga();
    const { drawing } = await layoutDesign(await createElk(), design);
    const svg = flowDiagramSvg(catalogView(design, { findings: [] }), drawing);
    expect(svg).toBe(designSvg(design, drawing, { title: '', idPrefix: 'flow-', className: 'flow' }).svg);
    const doc = parse(svg);
    expect(doc.querySelectorAll('g[data-id]')).toHaveLength(design.services.length + design.topics.length);
    expect(doc.querySelectorAll('path[data-edge]')).toHaveLength(flowGraph(design).edges.length);
    const html = catalogHtml(design, { findings: [], drawing })[0].content;
    expect(html).toContain(svg);
  }, 60_000);

  it('routes around the stored positions without a drawing: no edge through a node, no label over one', () => {
    const design = orderSaga();
    const doc = parse(flowDiagramSvg(catalogView(design, { findings: [] })));
    const nodes = Object.fromEntries([...doc.querySelectorAll('g[data-id]')].map((g: any) => {
      const r = g.querySelector('rect');
      return [g.getAttribute('data-id'), { x: Number(r.getAttribute('x')) - 1, y: Number(r.getAttribute('y')) - 1, width: Number(r.getAttribute('width')) + 2, height: Number(r.getAttribute('height')) + 2 }];
    }));
    const graph = flowGraph(design);
    const edges = [...doc.querySelectorAll('path[data-edge]')].map((p: any) => {
      const e = graph.edges.find((x) => x.id === p.getAttribute('data-edge'))!;
      const points = [...p.getAttribute('d').matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map((m: any) => ({ x: Number(m[1]), y: Number(m[2]) }));
      return { id: e.id, source: e.source, target: e.target, points };
    });
    expect(edges).toHaveLength(graph.edges.length);
    const report = checkQuality({ nodes, edges });
    expect(report.overlappingNodes).toEqual([]);
    expect(report.edgesThroughNodes).toEqual([]);
  });

  it('says so when there is nothing to draw', () => {
    const empty: Design = { id: 'e', name: 'Empty', version: '1.0.0', services: [], topics: [], events: [], publications: [], subscriptions: [], layout: { nodes: {} } };
    expect(flowDiagramSvg(catalogView(empty, { findings: [] }))).toContain('no services or topics');
  });
});
