import type { Connection, Edge, EdgeChange, FinalConnectionState, Node, NodeChange } from '@xyflow/react';
import { placeGroup } from '../../core/layout/placement';
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
