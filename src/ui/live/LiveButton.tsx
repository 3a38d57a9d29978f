import { useEditor, useEditorStore } from '../../store/context';
import type { EditorState } from '../../store/store';

const selectInRoom = (s: EditorState) => s.room !== null;

/** "Live session" in the toolbar. Tiny on purpose: everything behind it loads when it is used. */
export function LiveButton() {
  const store = useEditorStore();
  const inRoom = useEditor(selectInRoom);
  return (
    <button type="button" className={`btn btn-toolbar compact${inRoom ? ' is-live' : ''}`} onClick={() => store.getState().showLiveDialog(true)}
      aria-label="Live session" title="Live session: edit this design together">
      {!inRoom && <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="2.2" fill="currentColor" /><path d="M4.5 4.5a5 5 0 0 0 0 7M11.5 4.5a5 5 0 0 1 0 7" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" /></svg>}
      <span>Live</span>
    </button>
  );
}

