import * as c from '../../core/model/commands';
import type { EditorActions, EditorState } from '../../store/store';

/** Auto-layout is loaded on demand (dagre is not needed at start). One undo step. */
export async function runAutoLayout(state: EditorState & EditorActions, after?: () => void): Promise<void> {
  const { autoLayout } = await import('../../core/layout/auto-layout');
  state.commit(c.moveNodes(state.design, autoLayout(state.design)));
  requestAnimationFrame(() => after?.());
}
