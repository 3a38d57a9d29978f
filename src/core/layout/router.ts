// Routes for node positions the layout did not choose (after a drag, a merge, a file with its own
// positions): orthogonal paths that go around every node, found by A* on a sparse grid of lines
// along node sides, with a penalty per bend; labels put on a free stretch of their route. Computed
// in the layout worker after each change, never stored. Works in a left-to-right frame; a top-down
// design is transposed in and out.
import type { Id, Position } from '../model/types';
import { boxesOverlap } from './quality';
import type { Box, Direction, Drawing, GroupBox, Route } from './drawing';
import type { FlowGraph } from './flow-graph';
import { domainGroups, GROUP_PADDING, groupLabelBox } from './groups';

const MARGIN = 12;
const STUB = 16;
const BEND = 40;
const WINDOWS = [320, 1200];

const flip = (p: Position): Position => ({ x: p.y, y: p.x });
const flipBox = (b: Box): Box => ({ x: b.y, y: b.x, width: b.height, height: b.width });

class Heap {
  private items: [number, number][] = [];
  get size() { return this.items.length; }
  push(priority: number, value: number) {
    const a = this.items;
    a.push([priority, value]);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p][0] <= a[i][0]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] < a[m][0]) m = l;
        if (r < a.length && a[r][0] < a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top[1];
  }
}

/** Orthogonal path from `from` to `to` (both outside every obstacle) avoiding `obstacles`, or undefined. */
function search(from: Position, to: Position, obstacles: Box[]): Position[] | undefined {
  const xsSet = new Set([from.x, to.x]);
  const ysSet = new Set([from.y, to.y]);
  for (const b of obstacles) {
    xsSet.add(b.x - 1); xsSet.add(b.x + b.width + 1);
    ysSet.add(b.y - 1); ysSet.add(b.y + b.height + 1);
  }
  const xs = [...xsSet].sort((a, b) => a - b);
  const ys = [...ysSet].sort((a, b) => a - b);
  const W = xs.length, H = ys.length;
  const xi = new Map(xs.map((v, i) => [v, i]));
  const yi = new Map(ys.map((v, i) => [v, i]));
  // blocked[j*W+i]: point inside an obstacle; hStep[j*W+i]: x_i → x_{i+1} on row j crosses one; vStep[j*W+i]: y_j → y_{j+1} on column i.
  const blocked = new Uint8Array(W * H), hStep = new Uint8Array(W * H), vStep = new Uint8Array(W * H);
  const lower = (arr: number[], v: number) => { let lo = 0, hi = arr.length; while (lo < hi) { const m = (lo + hi) >> 1; if (arr[m] < v) lo = m + 1; else hi = m; } return lo; };
  for (const b of obstacles) {
    const x1 = b.x, x2 = b.x + b.width, y1 = b.y, y2 = b.y + b.height;
    const i0 = lower(xs, x1), i1 = lower(xs, x2);
    const j0 = lower(ys, y1), j1 = lower(ys, y2);
    for (let j = j0; j < H && ys[j] <= y2; j++) {
      const inY = ys[j] > y1 && ys[j] < y2;
      for (let i = Math.max(0, i0 - 1); i < W && xs[i] <= x2; i++) {
        const inX = xs[i] > x1 && xs[i] < x2;
        if (inX && inY) blocked[j * W + i] = 1;
        if (inY && i + 1 < W && xs[i] < x2 && xs[i + 1] > x1) hStep[j * W + i] = 1;
      }
    }
    for (let i = i0; i < W && xs[i] <= x2; i++) {
      if (!(xs[i] > x1 && xs[i] < x2)) continue;
      for (let j = Math.max(0, j0 - 1); j < H && ys[j] <= y2; j++) if (j + 1 < H && ys[j] < y2 && ys[j + 1] > y1) vStep[j * W + i] = 1;
    }
    void i1; void j1;
  }
  const si = xi.get(from.x)!, sj = yi.get(from.y)!, ti = xi.get(to.x)!, tj = yi.get(to.y)!;
  // State: point * 2 + (0 horizontal, 1 vertical heading). Leave and arrive horizontally.
  const N = W * H * 2;
  const cost = new Float64Array(N).fill(Infinity);
  const prev = new Int32Array(N).fill(-1);
  const heap = new Heap();
  const h = (i: number, j: number) => Math.abs(xs[i] - to.x) + Math.abs(ys[j] - to.y);
  const start = (sj * W + si) * 2;
  cost[start] = 0;
  heap.push(h(si, sj), start);
  const goal = (tj * W + ti) * 2;
  while (heap.size) {
    const s = heap.pop();
    if (s === goal) break;
    const p = s >> 1, dir = s & 1, i = p % W, j = (p - i) / W, c = cost[s];
    const step = (ni: number, nj: number, ndir: number, len: number) => {
      const np = nj * W + ni;
      if (blocked[np]) return;
      const ns = np * 2 + ndir;
      const nc = c + len + (ndir !== dir ? BEND : 0);
      if (nc < cost[ns]) {
        cost[ns] = nc;
        prev[ns] = s;
        heap.push(nc + h(ni, nj) + (ni === ti && nj === tj && ndir === 1 ? BEND : 0), ns);
      }
    };
    if (i + 1 < W && !hStep[j * W + i]) step(i + 1, j, 0, xs[i + 1] - xs[i]);
    if (i > 0 && !hStep[j * W + i - 1]) step(i - 1, j, 0, xs[i] - xs[i - 1]);
    if (j + 1 < H && !vStep[j * W + i]) step(i, j + 1, 1, ys[j + 1] - ys[j]);
    if (j > 0 && !vStep[(j - 1) * W + i]) step(i, j - 1, 1, ys[j] - ys[j - 1]);
  }
  if (prev[goal] === -1 && goal !== start) return undefined;
  const path: Position[] = [];
  for (let s = goal; s !== -1; s = prev[s]) {
    const p = s >> 1, i = p % W;
    path.push({ x: xs[i], y: ys[(p - i) / W] });
  }
  path.reverse();
  // Keep only corners.
  return path.filter((q, k) => k === 0 || k === path.length - 1 || !((path[k - 1].x === q.x && q.x === path[k + 1].x) || (path[k - 1].y === q.y && q.y === path[k + 1].y)));
}

/** Ports along a side, evenly spaced, ordered by where the other end is (fewer crossings at the node). */
function portOffsets(graph: FlowGraph, boxes: Record<Id, Box>): Map<string, number> {
  const out = new Map<string, number>();
  const centre = (id: Id) => boxes[id].y + boxes[id].height / 2;
  const bySource = new Map<Id, FlowGraph['edges']>(), byTarget = new Map<Id, FlowGraph['edges']>();
  for (const e of graph.edges) {
    if (!boxes[e.source] || !boxes[e.target]) continue;
    (bySource.get(e.source) ?? bySource.set(e.source, []).get(e.source)!).push(e);
    (byTarget.get(e.target) ?? byTarget.set(e.target, []).get(e.target)!).push(e);
  }
  for (const [id, list] of bySource) {
    list.sort((a, b) => centre(a.target) - centre(b.target) || (a.id < b.id ? -1 : 1));
    list.forEach((e, k) => out.set(`${e.id}>`, boxes[id].y + (boxes[id].height * (k + 1)) / (list.length + 1)));
  }
  for (const [id, list] of byTarget) {
    list.sort((a, b) => centre(a.source) - centre(b.source) || (a.id < b.id ? -1 : 1));
    list.forEach((e, k) => out.set(`>${e.id}`, boxes[id].y + (boxes[id].height * (k + 1)) / (list.length + 1)));
  }
  return out;
}

function near(all: Box[], x1: number, y1: number, x2: number, y2: number): Box[] {
  return all.filter((b) => b.x < x2 && b.x + b.width > x1 && b.y < y2 && b.y + b.height > y1);
}

/** A place for a label on its route: the middle of the longest free stretch, else the least crowded one. */
function placeLabel(points: Position[], w: number, h: number, taken: Box[], nodes: Box[]): Box {
  const candidates: Box[] = [];
  const segs = points.slice(1).map((q, k) => [points[k], q] as const).sort(([a, b], [c, d]) => Math.hypot(d.x - c.x, d.y - c.y) - Math.hypot(b.x - a.x, b.y - a.y));
  for (const [a, b] of segs) {
    for (const t of [0.5, 0.3, 0.7, 0.15, 0.85]) {
      const cx = a.x + (b.x - a.x) * t, cy = a.y + (b.y - a.y) * t;
      candidates.push({ x: cx - w / 2, y: cy - h / 2, width: w, height: h });
      if (a.x === b.x) candidates.push({ x: cx + 6, y: cy - h / 2, width: w, height: h }, { x: cx - 6 - w, y: cy - h / 2, width: w, height: h });
      else candidates.push({ x: cx - w / 2, y: cy - h - 4, width: w, height: h }, { x: cx - w / 2, y: cy + 4, width: w, height: h });
    }
  }
  // Nothing free on the route: look around its middle, nearest first.
  const [ma, mb] = segs[0];
  const mx = (ma.x + mb.x) / 2, my = (ma.y + mb.y) / 2;
  for (let r = 12; r <= 240; r += 12)
    for (let k = 0; k < 16; k++) {
      const angle = (k / 16) * 2 * Math.PI;
      candidates.push({ x: mx + r * Math.cos(angle) - w / 2, y: my + r * Math.sin(angle) - h / 2, width: w, height: h });
    }
  let best = candidates[0], bestHits = Infinity;
  for (const c of candidates) {
    const hits = near(nodes, c.x, c.y, c.x + c.width, c.y + c.height).filter((b) => boxesOverlap(c, b)).length * 10 +
      taken.filter((b) => boxesOverlap(c, b)).length;
    if (hits < bestHits) { best = c; bestHits = hits; }
    if (hits === 0) break;
  }
  return best;
}

/** Group boxes around their members' current boxes (the layout's padding). */
export function groupBoxes(graph: FlowGraph, boxes: Record<Id, Box>): GroupBox[] {
  const out: GroupBox[] = [];
  for (const [label, members] of domainGroups(graph).groups) {
    const present = members.filter((m) => boxes[m]);
    if (!present.length) continue;
    const x1 = Math.min(...present.map((m) => boxes[m].x)), y1 = Math.min(...present.map((m) => boxes[m].y));
    const x2 = Math.max(...present.map((m) => boxes[m].x + boxes[m].width)), y2 = Math.max(...present.map((m) => boxes[m].y + boxes[m].height));
    out.push({ id: `group:${label}`, label, members: present, box: { x: x1 - GROUP_PADDING.side, y: y1 - GROUP_PADDING.top, width: x2 - x1 + 2 * GROUP_PADDING.side, height: y2 - y1 + GROUP_PADDING.top + GROUP_PADDING.bottom } });
  }
  return out;
}

/** Routes every edge of `graph` around the nodes at `positions` (top-left corners). */
export function routeGraph(graph: FlowGraph, positions: Record<Id, Position>, direction: Direction): Drawing {
  const down = direction === 'DOWN';
  const real: Record<Id, Box> = {};
  for (const n of graph.nodes) {
    const p = positions[n.id];
    if (p) real[n.id] = { x: p.x, y: p.y, width: n.width, height: n.height };
  }
  // Work left to right: transpose a top-down picture.
  const boxes: Record<Id, Box> = {};
  for (const [id, b] of Object.entries(real)) boxes[id] = down ? flipBox(b) : b;
  const all = Object.values(boxes);
  const groups = groupBoxes(graph, real);
  // Group names are obstacles too: an edge drawn through "Billing" strikes it out.
  const names = groups.map((g) => groupLabelBox(g.label, g.box)).map((b) => (down ? flipBox(b) : b));
  const occupied = [...all, ...names];
  const inflated = occupied.map((b) => ({ x: b.x - MARGIN, y: b.y - MARGIN, width: b.width + 2 * MARGIN, height: b.height + 2 * MARGIN }));
  const ports = portOffsets(graph, boxes);
  const edges: Record<Id, Route> = {};
  const labels: Box[] = [];
  for (const e of graph.edges) {
    const s = boxes[e.source], t = boxes[e.target];
    if (!s || !t) continue;
    const start = { x: s.x + s.width, y: ports.get(`${e.id}>`)! };
    const end = { x: t.x, y: ports.get(`>${e.id}`)! };
    const a = { x: start.x + STUB, y: start.y };
    const b = { x: end.x - STUB, y: end.y };
    let middle: Position[] | undefined;
    if (a.y === b.y && a.x <= b.x && !inflated.some((o) => o.y < a.y && o.y + o.height > a.y && o.x < b.x && o.x + o.width > a.x)) middle = [a, b];
    for (const pad of WINDOWS) {
      if (middle) break;
      const x1 = Math.min(a.x, b.x) - pad, x2 = Math.max(a.x, b.x) + pad, y1 = Math.min(a.y, b.y) - pad, y2 = Math.max(a.y, b.y) + pad;
      // The stubs' own ends must be free: obstacles there are shrunk to leave the stub a way out.
      const obstacles = near(inflated, x1, y1, x2, y2).map((o) => clearOf(o, [a, b]));
      middle = search(a, b, obstacles);
    }
    const points = simplify([start, ...(middle ?? [a, b]), end]);
    const label = e.labelWidth ? placeLabel(points, down ? e.labelHeight : e.labelWidth, down ? e.labelWidth : e.labelHeight, labels, occupied) : undefined;
    if (label) labels.push(label);
    edges[e.id] = { points, ...(label ? { label } : {}) };
  }
  const back = (p: Position) => (down ? flip(p) : p);
  const outEdges: Record<Id, Route> = {};
  for (const [id, r] of Object.entries(edges)) outEdges[id] = { points: r.points.map(back), ...(r.label ? { label: down ? flipBox(r.label) : r.label } : {}) };
  return { direction, nodes: real, edges: outEdges, groups };
}

/** An obstacle that contains a route's end is cut back so the end is outside it. */
function clearOf(o: Box, ends: Position[]): Box {
  let box = o;
  for (const p of ends) {
    if (!(p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height)) continue;
    const right = box.x + box.width;
    box = p.x - box.x < right - p.x ? { ...box, x: p.x + 0.5, width: right - p.x - 0.5 } : { ...box, width: p.x - box.x - 0.5 };
  }
  return box;
}

function simplify(points: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2];
      if ((a.x === last.x && last.x === p.x) || (a.y === last.y && last.y === p.y)) out.pop();
    }
    out.push(p);
  }
  return out;
}
