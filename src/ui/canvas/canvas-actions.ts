import * as commands from '../../core/model/commands';
import type { EditorActions, EditorState } from '../../store/store';
import { DLQ_EDGE_PREFIX } from './view-model';

type State = EditorState & EditorActions;

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
