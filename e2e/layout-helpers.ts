// Reading the rendered canvas back for the layout-quality check: node boxes, edge paths and label
// boxes in flow coordinates (undoing the viewport's pan and zoom), plus every text that does not
// fit its box.
import type { Page } from '@playwright/test';
import type { Box } from '../src/core/layout/drawing';
import type { DrawnEdge } from '../src/core/layout/quality';

export interface CanvasReading {
  nodes: Record<string, Box>;
  edges: { id: string; d: string }[];
  labels: Record<string, Box>;
  clipped: string[];
  zoom: number;
}

export async function readCanvas(page: Page): Promise<CanvasReading> {
  return page.evaluate(() => {
    const vp = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const m = new DOMMatrix(getComputedStyle(vp).transform);
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const toFlow = (r: DOMRect) => ({ x: (r.left - pane.left - m.e) / m.a, y: (r.top - pane.top - m.f) / m.a, width: r.width / m.a, height: r.height / m.a });
    const nodes: Record<string, { x: number; y: number; width: number; height: number }> = {};
    const clipped: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const box = el.querySelector<HTMLElement>('.node');
      if (!box) continue;
      const id = el.dataset.id!;
      nodes[id] = toFlow(box.getBoundingClientRect());
      const outer = box.getBoundingClientRect();
      for (const t of box.querySelectorAll<HTMLElement>('.node-line, .node-sub')) {
        // Text wider than its line box, or a line box reaching past the node's border.
        const range = document.createRange();
        range.selectNodeContents(t);
        const text = range.getBoundingClientRect();
        if (t.scrollWidth > t.clientWidth + 0.5 || text.right > outer.right - 2 || text.left < outer.left + 2 || text.bottom > outer.bottom - 2 || text.top < outer.top + 2)
          clipped.push(`${id}: "${t.textContent}"`);
      }
    }
    const edges = [...document.querySelectorAll<SVGGElement>('.react-flow__edge')].map((g) => ({ id: g.dataset.id!, d: g.querySelector('path.react-flow__edge-path')?.getAttribute('d') ?? '' }));
    const labels: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid^="edge-label-"]')) {
      labels[el.dataset.testid!.slice('edge-label-'.length)] = toFlow(el.getBoundingClientRect());
      if (el.scrollWidth > el.clientWidth + 0.5) clipped.push(`label ${el.dataset.testid}: "${el.textContent}"`);
    }
    return { nodes, edges, labels, clipped, zoom: m.a };
  });
}

/** The corners of a path drawn by routePath (M, L and Q commands): the route's points. */
export function pathPoints(d: string): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  for (const m of d.matchAll(/([MLQ])([^MLQ]*)/g)) {
    const n = m[2].trim().split(/[\s,]+/).map(Number);
    if (m[1] === 'Q') points.push({ x: n[0], y: n[1] }, { x: n[2], y: n[3] });
    else points.push({ x: n[0], y: n[1] });
  }
  // Collapse the rounded corners back to their corner (the Q control point) for the check.
  return points;
}

export function drawnEdges(reading: CanvasReading, ends: Map<string, { source: string; target: string }>): DrawnEdge[] {
  return reading.edges.filter((e) => ends.has(e.id)).map((e) => ({ id: e.id, ...ends.get(e.id)!, points: pathPoints(e.d), ...(reading.labels[e.id] ? { label: reading.labels[e.id] } : {}) }));
}
