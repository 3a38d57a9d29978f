import { nodeSize, nodeSizes } from '../../core/layout/node-size';
import { centredOn, freeSpot, occupiedRects } from '../../core/layout/placement';
import * as commands from '../../core/model/commands';
import type { Id, Position } from '../../core/model/types';
import type { EditorActions, EditorState } from '../../store/store';

export const PALETTE_MIME = 'application/x-eventsmith-palette';
export type PaletteKind = 'producer' | 'consumer' | 'topic' | 'dead-letter';

/**
 * Adds a node centred on `at` (a drop point, or the middle of the view for a click), moved to the
 * nearest free spot so it never lands on another node. Producer and Consumer both create a
 * service: its role follows from its edges. The new node is selected with its name open for
 * typing; returns its id.
 */
export function addFromPalette(state: EditorState & EditorActions, kind: PaletteKind, at: Position): Id {
  const d = state.design;
  const result =
    kind === 'producer' ? commands.addService(d, undefined, 'Producer')
    : kind === 'consumer' ? commands.addService(d, undefined, 'Consumer')
    : kind === 'topic' ? commands.addTopic(d, 'stream', undefined)
    : commands.addTopic(d, 'dead-letter', undefined, 'dead-letter');
  const isService = kind === 'producer' || kind === 'consumer';
  const node = isService ? result.design.services.at(-1)! : result.design.topics.at(-1)!;
  const size = nodeSize(isService ? 'service' : 'topic', node.name);
  const position = freeSpot(occupiedRects(d), size, centredOn(at, size));
  state.commit(commands.moveNodes(result.design, { [result.id]: position }));
  state.select({ nodes: [result.id], edges: [] });
  state.editInline(result.id, 'node'); // name it right away
  return result.id;
}

/** The centre of the selected nodes' boxes, or null with nothing selected. */
export function nearSelection(state: EditorState): Position | null {
  const ids = state.selection.nodes.filter((id) => state.design.layout.nodes[id]);
  if (ids.length === 0) return null;
  const sizes = nodeSizes(state.design);
  let x = 0;
  let y = 0;
  for (const id of ids) {
    const p = state.design.layout.nodes[id];
    const size = sizes.get(id)!;
    x += p.x + size.width / 2;
    y += p.y + size.height / 2;
  }
  return { x: x / ids.length, y: y / ids.length };
}
