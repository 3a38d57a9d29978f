import { useEditor } from '../../store/context';
import { canEdit, type EditorState } from '../../store/store';

const selectViewOnly = (s: EditorState) => !canEdit(s);

/** True for a view-only member of a live room (or while the room's design is still on its way). */
export const useViewOnly = (): boolean => useEditor(selectViewOnly);
