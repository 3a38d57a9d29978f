import * as commands from '../../core/model/commands';
import type { Position } from '../../core/model/types';
import type { EditorActions, EditorState } from '../../store/store';

export const PALETTE_MIME = 'application/x-eventsmith-palette';
export type PaletteKind = 'producer' | 'consumer' | 'topic' | 'dead-letter';

/** Producer and Consumer both create a service: its role follows from its edges. */
export function addFromPalette(state: EditorState & EditorActions, kind: PaletteKind, position: Position) {
  const d = state.design;
  const result =
    kind === 'producer' ? commands.addService(d, position, 'Producer')
    : kind === 'consumer' ? commands.addService(d, position, 'Consumer')
    : kind === 'topic' ? commands.addTopic(d, 'stream', position)
    : commands.addTopic(d, 'dead-letter', position, 'dead-letter');
  state.commit(result.design);
  state.select({ nodes: [result.id], edges: [] });
}
