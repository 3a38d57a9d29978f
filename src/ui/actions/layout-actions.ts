import * as c from '../../core/model/commands';
import type { Direction } from '../../core/layout/drawing';
import { nodeSizes } from '../../core/layout/node-size';
import type { Design, Id, Position } from '../../core/model/types';
import type { EditorActions, EditorState } from '../../store/store';
import { setDrawing } from '../layout/drawing-store';
import { layoutInWorker } from '../layout/layout-client';

type State = EditorState & EditorActions;

const withDirection = (d: Design, direction: Direction): Design => (d.layout.direction === direction ? d : { ...d, layout: { ...d.layout, direction } });

/**
 * Lays out the whole design in the layout worker (ELK is loaded there on first use) and applies
 * the positions as one undo step; the direction the layout used is kept in the design.
 */
export async function runAutoLayout(state: State, options: { after?: () => void; direction?: Direction } = {}): Promise<void> {
  const design = state.design;
  if (design.services.length + design.topics.length === 0) return;
  performance.mark('eventsmith:layout-request');
  const result = await layoutInWorker(design, options.direction ?? design.layout.direction);
  performance.mark('eventsmith:layout-answer');
  setDrawing(result.drawing);
  // Applied only to the design it was computed for: another design opened meanwhile (or nodes
  // added or removed) keeps its own positions.
  state.apply((current) => (current.services === design.services && current.topics === design.topics ? withDirection(c.moveNodes(current, result.positions), result.direction) : current));
  // Measured by the bench: the answer is on screen once the frame after the commit has run.
  requestAnimationFrame(() => setTimeout(() => performance.mark('eventsmith:layout-applied')));
  requestAnimationFrame(() => options.after?.());
}

/** The design with only `ids` (and the edges among them): what "Layout selection" and merges lay out. */
export function partOf(design: Design, ids: ReadonlySet<Id>): Design {
  return {
    ...design,
    services: design.services.filter((s) => ids.has(s.id)),
    topics: design.topics.filter((t) => ids.has(t.id)),
    publications: design.publications.filter((p) => ids.has(p.serviceId) && ids.has(p.topicId)),
    subscriptions: design.subscriptions
      .filter((s) => ids.has(s.serviceId) && ids.has(s.topicId))
      .map((s) => (s.deadLetterTopicId && !ids.has(s.deadLetterTopicId) ? { ...s, deadLetterTopicId: undefined } : s)),
  };
}

type Rect = { x: number; y: number; width: number; height: number };
const GAP = 40;
const hits = (a: Rect, b: Rect) => a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/** Boxes of `positions` moved by (dx, dy). */
function moved(boxes: Rect[], dx: number, dy: number): Rect[] {
  return boxes.map((b) => ({ ...b, x: b.x + dx, y: b.y + dy }));
}

/**
 * Moves a laid-out part so its top-left corner is at `anchor`, then, while it would overlap
 * another node, further right (or down, in a top-down design) until it is clear.
 */
export function placePart(design: Design, part: Record<Id, Position>, anchor: Position, direction: Direction): Record<Id, Position> {
  const sizes = nodeSizes(design);
  const ids = Object.keys(part);
  const own = new Set(ids);
  const others: Rect[] = Object.entries(design.layout.nodes).filter(([id]) => !own.has(id) && sizes.has(id)).map(([id, p]) => ({ ...p, ...sizes.get(id)! }));
  const mine: Rect[] = ids.map((id) => ({ ...part[id], ...(sizes.get(id) ?? { width: 0, height: 0 }) }));
  if (!mine.length) return {};
  const x0 = Math.min(...mine.map((b) => b.x)), y0 = Math.min(...mine.map((b) => b.y));
  let dx = anchor.x - x0, dy = anchor.y - y0;
  for (let step = 0; step < 400 && moved(mine, dx, dy).some((b) => others.some((o) => hits(b, o))); step++) {
    if (direction === 'RIGHT') dx += 20;
    else dy += 20;
  }
  return Object.fromEntries(ids.map((id) => [id, { x: Math.round(part[id].x + dx), y: Math.round(part[id].y + dy) }]));
}

/** Lays out only the selected nodes, where they are now; the rest of the design does not move. */
export async function layoutSelection(state: State, after?: () => void): Promise<void> {
  const design = state.design;
  const ids = new Set(state.selection.nodes.filter((id) => design.layout.nodes[id]));
  if (ids.size < 2) {
    state.notify('info', 'Select two or more nodes to lay them out.');
    return;
  }
  const direction = design.layout.direction ?? 'RIGHT';
  const result = await layoutInWorker(partOf(design, ids), direction);
  const current = [...ids].map((id) => design.layout.nodes[id]);
  const anchor = { x: Math.min(...current.map((p) => p.x)), y: Math.min(...current.map((p) => p.y)) };
  state.apply((d) => c.moveNodes(d, placePart(d, result.positions, anchor, direction)));
  requestAnimationFrame(() => after?.());
}
