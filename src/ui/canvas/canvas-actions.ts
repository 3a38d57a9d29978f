import type { Connection, Edge, EdgeChange, FinalConnectionState, Node, NodeChange } from '@xyflow/react';
import { nodeSize } from '../../core/layout/node-size';
import { centredOn, freeSpot, occupiedRects, placeGroup } from '../../core/layout/placement';
import * as commands from '../../core/model/commands';
import type { Design, Id, Position, Viewport } from '../../core/model/types';
import type { EditorActions, EditorState } from '../../store/store';
import { indexOf } from '../design-index';
import { DLQ_EDGE_PREFIX, withMeasured } from './view-model';

/**
 * What the canvas does, as plain functions over the store: `Canvas.tsx` only wires React Flow's
 * callbacks to these. Every write goes through a named store action.
 */
type State = EditorState & EditorActions;

/**
 * Applies React Flow's node changes: a drag is tracked in `dragging` and committed once, at its
 * end (one undo step); sizes go to the view cache. Returns true when a size was measured.
 */
export function applyNodeChanges(state: State, changes: NodeChange[], cache: Map<Id, Node>): boolean {
  let moved: Record<Id, Position> | null = null;
  let ended = false;
  let measured = false;
  let selectionChanged = false;
  const selected = new Set(state.selection.nodes);
  for (const change of changes) {
    if (change.type === 'position' && change.position) {
      moved ??= { ...(state.dragging ?? {}) };
      moved[change.id] = change.position;
      if (!change.dragging) ended = true;
    } else if (change.type === 'position' && change.dragging === false) {
      ended = true;
    } else if (change.type === 'dimensions' && change.dimensions) {
      withMeasured(cache, change.id, change.dimensions);
      measured = true;
    } else if (change.type === 'select') {
      selectionChanged = true;
      if (change.selected) selected.add(change.id);
      else selected.delete(change.id);
    }
  }
  if (selectionChanged) state.select({ nodes: [...selected], edges: state.selection.edges });
  if (ended) {
    const positions = { ...(state.dragging ?? {}), ...(moved ?? {}) };
    if (Object.keys(positions).length) state.endDrag(positions);
    else state.setDragging(null);
  } else if (moved) {
    state.setDragging(moved);
  }
  return measured;
}

export function applyEdgeChanges(state: State, changes: EdgeChange[]): void {
  const selected = new Set(state.selection.edges);
  let changed = false;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    changed = true;
    if (change.selected) selected.add(change.id);
    else selected.delete(change.id);
  }
  if (changed) state.select({ nodes: state.selection.nodes, edges: [...selected] });
}

/** Services talk through topics: service → topic (publication) or topic → service (subscription). */
export function canConnect(design: Design, c: Connection | Edge): boolean {
  const index = indexOf(design);
  return (index.services.has(c.source) && index.topics.has(c.target)) || (index.topics.has(c.source) && index.services.has(c.target));
}

/** Connects two nodes as one undo step and selects the new edge; a refusal is said, not swallowed. */
export function connectNodes(state: State, from: Id, to: Id): Id | null {
  const result = commands.connect(state.design, from, to);
  if ('error' in result) {
    state.notify('error', result.error);
    return null;
  }
  state.commit(result.design);
  state.select({ nodes: [], edges: [result.id] });
  return result.id;
}

/** React Flow drops an invalid connection silently; say why instead. */
export function explainRefusedConnection(state: State, connection: FinalConnectionState): void {
  if (connection.isValid || !connection.fromNode || !connection.toNode || connection.fromNode.id === connection.toNode.id) return;
  const reversed = connection.fromHandle?.type === 'target';
  const from = reversed ? connection.toNode.id : connection.fromNode.id;
  const to = reversed ? connection.fromNode.id : connection.toNode.id;
  const result = commands.connect(state.design, from, to);
  if ('error' in result) state.notify('error', result.error);
}

/** Remembers where the user looked, unless the move was too small to matter. */
export function rememberViewport(state: State, viewport: Viewport): void {
  const current = state.design.layout.viewport;
  if (current && Math.abs(current.x - viewport.x) < 1 && Math.abs(current.y - viewport.y) < 1 && current.zoom === viewport.zoom) return;
  state.setViewport(viewport);
}

/**
 * Deletes the selected nodes (with their connections) and edges as one undo step. A dead-letter
 * edge is not an entity of its own: deleting it unsets its subscription's dead-letter topic.
 */
export function deleteSelection(state: State): boolean {
  const { nodes, edges } = state.selection;
  if (nodes.length === 0 && edges.length === 0) return false;
  const dlqLinks = edges.filter((id) => id.startsWith(DLQ_EDGE_PREFIX)).map((id) => id.slice(DLQ_EDGE_PREFIX.length));
  let next = commands.removeEntities(state.design, [...nodes, ...edges.filter((id) => !id.startsWith(DLQ_EDGE_PREFIX))]);
  for (const sub of dlqLinks) next = commands.updateSubscription(next, sub, { deadLetterTopicId: undefined });
  state.commit(next);
  return true;
}

/** Pastes a copied piece next to where it was copied from, in free space, selected; one undo step. */
export function pasteClipboard(state: State, clip: commands.Clipboard): Id[] {
  const result = commands.paste(state.design, clip);
  state.commit(placeGroup(result.design, result.ids));
  state.select({ nodes: result.ids, edges: [] });
  return result.ids;
}

/** Copies the selected nodes into the in-app clipboard; returns the piece, or null with none. */
export function copySelection(state: State): commands.Clipboard | null {
  if (state.selection.nodes.length === 0) return null;
  const clip = commands.copySelection(state.design, state.selection.nodes);
  state.setClipboard(clip);
  return clip;
}

/** Duplicate = copy + paste, without touching the clipboard. */
export function duplicateSelection(state: State): Id[] {
  if (state.selection.nodes.length === 0) return [];
  return pasteClipboard(state, commands.copySelection(state.design, state.selection.nodes));
}

/** Renames a service or topic as one undo step of its own; an empty or unchanged name changes
 *  nothing. Returns its id after (it follows the name unless pinned). */
export function renameNode(state: State, id: Id, name: string): Id {
  const trimmed = name.trim();
  if (!trimmed) return id;
  const d = state.design;
  if (!d.services.some((s) => s.id === id) && !d.topics.some((t) => t.id === id)) return id;
  return state.renameElement(id, trimmed, { ownStep: true });
}

/** The events a topic carries: those of every publication into it, in design order. */
export function eventsCarriedBy(design: Design, topicId: Id): Id[] {
  const ids = new Set(design.publications.filter((p) => p.topicId === topicId).flatMap((p) => p.eventIds));
  return design.events.filter((e) => ids.has(e.id)).map((e) => e.id);
}

/**
 * Names offered when typing an event on an edge: for a publication every event type of the
 * design; for a subscription the events its topic carries. Those already on the edge are left out.
 */
export function eventChoices(design: Design, edgeId: Id): string[] {
  const pub = design.publications.find((p) => p.id === edgeId);
  const sub = design.subscriptions.find((s) => s.id === edgeId);
  const on = new Set(pub?.eventIds ?? sub?.eventIds ?? []);
  const pool = pub ? design.events.map((e) => e.id) : sub ? eventsCarriedBy(design, sub.topicId) : [];
  const names = new Map(design.events.map((e) => [e.id, e.name]));
  return pool.filter((id) => !on.has(id)).map((id) => names.get(id)!);
}

/**
 * Puts an event on an edge by name, as one undo step: an existing event type (exact name first,
 * then ignoring case) is attached, a new name creates the event type. On a subscription that took
 * everything, the named event becomes the one it takes.
 */
export function attachEventByName(state: State, edgeId: Id, name: string): Id | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  let d = state.design;
  const pub = d.publications.find((p) => p.id === edgeId);
  const sub = d.subscriptions.find((s) => s.id === edgeId);
  if (!pub && !sub) return null;
  let event = d.events.find((e) => e.name === trimmed) ?? d.events.find((e) => e.name.toLowerCase() === trimmed.toLowerCase());
  if (!event) {
    const added = commands.addEvent(d, trimmed);
    d = added.design;
    event = d.events.find((e) => e.id === added.id)!;
  }
  const id = event.id;
  if (pub && !pub.eventIds.includes(id)) d = commands.updatePublication(d, pub.id, { eventIds: [...pub.eventIds, id] });
  if (sub && !sub.eventIds?.includes(id)) d = commands.updateSubscription(d, sub.id, { eventIds: [...(sub.eventIds ?? []), id] });
  state.commit(d);
  return id;
}

/**
 * A connection dropped on empty canvas creates the node that fits there, already connected, and
 * opens its name: from a service's output a topic it publishes to, from a topic's output a
 * consumer, from a service's input the topic it consumes, from a topic's input a producer.
 */
export function createConnectedNode(state: State, fromId: Id, fromHandle: 'source' | 'target', at: Position): Id | null {
  const d = state.design;
  const fromService = d.services.some((s) => s.id === fromId);
  const fromTopic = d.topics.some((t) => t.id === fromId);
  if (!fromService && !fromTopic) return null;
  const added = fromService
    ? commands.addTopic(d, 'stream', undefined)
    : commands.addService(d, undefined, fromHandle === 'source' ? 'Consumer' : 'Producer');
  const name = fromService ? added.design.topics.at(-1)!.name : added.design.services.at(-1)!.name;
  const size = nodeSize(fromService ? 'topic' : 'service', name);
  let next = commands.moveNodes(added.design, { [added.id]: freeSpot(occupiedRects(d), size, centredOn(at, size)) });
  const [source, target] = fromHandle === 'source' ? [fromId, added.id] : [added.id, fromId];
  const connected = commands.connect(next, source, target);
  if ('error' in connected) {
    state.notify('error', connected.error);
    return null;
  }
  next = connected.design;
  state.commit(next);
  state.select({ nodes: [added.id], edges: [] });
  state.editInline(added.id, 'node');
  return added.id;
}

/**
 * Where focus goes after deleting the selection: a node connected to the first deleted node (or
 * the source of a deleted edge), else the nearest remaining node; null when nothing is left.
 */
export function neighbourAfterDelete(state: State): Id | null {
  const d = state.design;
  const gone = new Set(state.selection.nodes);
  const first = state.selection.nodes[0];
  if (!first) {
    const edgeId = state.selection.edges[0];
    return d.publications.find((p) => p.id === edgeId)?.serviceId ?? d.subscriptions.find((s) => s.id === edgeId)?.topicId ?? null;
  }
  const linked = [
    ...d.publications.flatMap((p) => (p.serviceId === first ? [p.topicId] : p.topicId === first ? [p.serviceId] : [])),
    ...d.subscriptions.flatMap((s) => (s.topicId === first ? [s.serviceId] : s.serviceId === first ? [s.topicId] : [])),
  ].filter((id) => !gone.has(id));
  if (linked.length) return linked[0];
  const at = d.layout.nodes[first] ?? { x: 0, y: 0 };
  let best: Id | null = null;
  let bestDistance = Infinity;
  for (const n of [...d.services, ...d.topics]) {
    if (gone.has(n.id)) continue;
    const p = d.layout.nodes[n.id] ?? { x: 0, y: 0 };
    const distance = Math.hypot(p.x - at.x, p.y - at.y);
    if (distance < bestDistance) { best = n.id; bestDistance = distance; }
  }
  return best;
}
