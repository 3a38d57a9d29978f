// The layout-quality check of a drawing: overlapping nodes, edges through nodes other than their
// ends, labels over nodes or labels, and edge crossings. Used by the unit tests on the engine's
// output and by the e2e journey on boxes and paths read from the rendered canvas.
import type { Id, Position } from '../model/types';
import type { Box } from './drawing';

export interface DrawnEdge { id: Id; source: Id; target: Id; points: Position[]; label?: Box }
export interface QualityInput { nodes: Record<Id, Box>; edges: DrawnEdge[]; extraLabels?: Box[] }
export interface QualityReport {
  overlappingNodes: [Id, Id][];
  edgesThroughNodes: [Id, Id][];
  labelsOverNodes: [Id, Id][];
  labelsOverLabels: [Id, Id][];
  crossings: number;
}

/** Boxes closer than this are not counted as overlapping (rounding in the DOM and in routes). */
const EPS = 1;

export function boxesOverlap(a: Box, b: Box, eps = EPS): boolean {
  return a.x + a.width - eps > b.x && b.x + b.width - eps > a.x && a.y + a.height - eps > b.y && b.y + b.height - eps > a.y;
}

/** Whether the segment p→q passes through the inside of `box` (shrunk by eps). */
export function segmentHitsBox(p: Position, q: Position, box: Box, eps = EPS): boolean {
  const x1 = box.x + eps, y1 = box.y + eps, x2 = box.x + box.width - eps, y2 = box.y + box.height - eps;
  if (x2 <= x1 || y2 <= y1) return false;
  // Liang–Barsky clipping against the open rectangle.
  let t0 = 0, t1 = 1;
  const dx = q.x - p.x, dy = q.y - p.y;
  const tests: [number, number][] = [[-dx, p.x - x1], [dx, x2 - p.x], [-dy, p.y - y1], [dy, y2 - p.y]];
  for (const [pp, qq] of tests) {
    if (pp === 0) {
      if (qq <= 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) { if (r > t1) return false; if (r > t0) t0 = r; }
      else { if (r < t0) return false; if (r < t1) t1 = r; }
    }
  }
  return t1 - t0 > 1e-9;
}

function orient(a: Position, b: Position, c: Position): number {
  const v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return Math.abs(v) < 1e-6 ? 0 : Math.sign(v);
}

/** A proper crossing: each segment strictly separates the other's ends (touching and overlapping do not count). */
export function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

type Seg = { a: Position; b: Position; edge: number; x1: number; x2: number; y1: number; y2: number };

/** Crossings between the paths of different edges, through a uniform grid of buckets. */
export function countCrossings(edges: DrawnEdge[]): number {
  const segs: Seg[] = [];
  edges.forEach((e, i) => {
    for (let k = 1; k < e.points.length; k++) {
      const a = e.points[k - 1], b = e.points[k];
      segs.push({ a, b, edge: i, x1: Math.min(a.x, b.x), x2: Math.max(a.x, b.x), y1: Math.min(a.y, b.y), y2: Math.max(a.y, b.y) });
    }
  });
  const CELL = 200;
  const buckets = new Map<string, number[]>();
  segs.forEach((s, i) => {
    for (let cx = Math.floor(s.x1 / CELL); cx <= Math.floor(s.x2 / CELL); cx++)
      for (let cy = Math.floor(s.y1 / CELL); cy <= Math.floor(s.y2 / CELL); cy++) {
        const key = `${cx},${cy}`;
        const list = buckets.get(key);
        if (list) list.push(i);
        else buckets.set(key, [i]);
      }
  });
  const seen = new Set<string>();
  let crossings = 0;
  for (const list of buckets.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const s = segs[list[i]], t = segs[list[j]];
        if (s.edge === t.edge) continue;
        const key = list[i] < list[j] ? `${list[i]}:${list[j]}` : `${list[j]}:${list[i]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (s.x2 < t.x1 || t.x2 < s.x1 || s.y2 < t.y1 || t.y2 < s.y1) continue;
        if (segmentsCross(s.a, s.b, t.a, t.b)) crossings++;
      }
  return crossings;
}

function gridOf(boxes: [Id, Box][], cell = 300): Map<string, number[]> {
  const grid = new Map<string, number[]>();
  boxes.forEach(([, b], i) => {
    for (let cx = Math.floor(b.x / cell); cx <= Math.floor((b.x + b.width) / cell); cx++)
      for (let cy = Math.floor(b.y / cell); cy <= Math.floor((b.y + b.height) / cell); cy++) {
        const key = `${cx},${cy}`;
        const list = grid.get(key);
        if (list) list.push(i);
        else grid.set(key, [i]);
      }
  });
  return grid;
}

function near(grid: Map<string, number[]>, x1: number, y1: number, x2: number, y2: number, cell = 300): Set<number> {
  const out = new Set<number>();
  for (let cx = Math.floor(x1 / cell); cx <= Math.floor(x2 / cell); cx++)
    for (let cy = Math.floor(y1 / cell); cy <= Math.floor(y2 / cell); cy++) for (const i of grid.get(`${cx},${cy}`) ?? []) out.add(i);
  return out;
}

export function checkQuality(input: QualityInput): QualityReport {
  const nodes = Object.entries(input.nodes);
  const grid = gridOf(nodes);
  const report: QualityReport = { overlappingNodes: [], edgesThroughNodes: [], labelsOverNodes: [], labelsOverLabels: [], crossings: 0 };
  nodes.forEach(([id, box], i) => {
    for (const j of near(grid, box.x, box.y, box.x + box.width, box.y + box.height))
      if (j > i && boxesOverlap(box, nodes[j][1])) report.overlappingNodes.push([id, nodes[j][0]]);
  });
  for (const e of input.edges) {
    for (let k = 1; k < e.points.length; k++) {
      const p = e.points[k - 1], q = e.points[k];
      for (const j of near(grid, Math.min(p.x, q.x), Math.min(p.y, q.y), Math.max(p.x, q.x), Math.max(p.y, q.y))) {
        const [nid, box] = nodes[j];
        if (nid === e.source || nid === e.target) continue;
        if (segmentHitsBox(p, q, box) && !report.edgesThroughNodes.some(([a, b]) => a === e.id && b === nid)) report.edgesThroughNodes.push([e.id, nid]);
      }
    }
  }
  const labels: [Id, Box][] = input.edges.filter((e) => e.label && e.label.width > 0).map((e) => [e.id, e.label!]);
  (input.extraLabels ?? []).forEach((b, i) => labels.push([`extra-${i}`, b]));
  const labelGrid = gridOf(labels);
  labels.forEach(([id, box], i) => {
    for (const j of near(grid, box.x, box.y, box.x + box.width, box.y + box.height)) if (boxesOverlap(box, nodes[j][1])) report.labelsOverNodes.push([id, nodes[j][0]]);
    for (const j of near(labelGrid, box.x, box.y, box.x + box.width, box.y + box.height)) if (j > i && boxesOverlap(box, labels[j][1])) report.labelsOverLabels.push([id, labels[j][0]]);
  });
  report.crossings = countCrossings(input.edges);
  return report;
}
