import { emptyDesign } from '../core/model/factories';
import { restoreDesign } from '../core/model/restore';
import { useEditor, useEditorStore } from '../store/context';
import { newDocId } from '../store/boot';
import { designsDb } from '../store/persistence/designs-db';
import type { EditorState } from '../store/store';
import { saveDesignFile } from './actions/design-actions';
import { autosave } from './app-services';

const selectStorageError = (s: EditorState) => s.storageError;
const selectProvisional = (s: EditorState) => s.provisional;
const selectNodeCount = (s: EditorState) => s.design.services.length + s.design.topics.length;

/** Past this many nodes the canvas is measured to slow down; say so rather than freeze silently. */
export const LARGE_DESIGN_NODES = 2000;

/** Storage failures and designs opened from a link: shown at the top, never swallowed. */
export function Banners() {
  const store = useEditorStore();
  const storageError = useEditor(selectStorageError);
  const provisional = useEditor(selectProvisional);
  const nodeCount = useEditor(selectNodeCount);
  const downloadFile = () => saveDesignFile(store.getState());
  const discard = async () => {
    const state = store.getState();
    const previous = provisional?.previousDocId;
    const leaving = state.docId;
    const record = previous ? await designsDb.get(previous).catch(() => undefined) : undefined;
    if (record) state.load(record.docId, restoreDesign(record.file).file.design);
    // Nothing of the user's was open before (a fresh browser): discarding leaves an empty design.
    else state.load(newDocId(), emptyDesign());
    // Pending autosave writes of the discarded copy land first, so the delete is the last word.
    await autosave()?.flush();
    await designsDb.delete(leaving).catch(() => undefined);
  };
  return (
    <>
      {storageError && (
        <div className="banner banner-error" role="alert">
          <span>{storageError}</span>
          <button type="button" className="btn btn-small" onClick={downloadFile}>Download design file</button>
        </div>
      )}
      {nodeCount > LARGE_DESIGN_NODES && (
        <div className="banner banner-warning" role="status">
          <span>This design has {nodeCount.toLocaleString('en-US')} nodes. Past {LARGE_DESIGN_NODES.toLocaleString('en-US')} the canvas gets slow: the minimap is off and edge labels show only when zoomed in; consider splitting it by domain.</span>
        </div>
      )}
      {provisional?.source === 'link' && (
        <div className="banner banner-info" role="status">
          <span><strong>Opened from a link</strong> — this is a copy in My designs; your own designs are untouched.</span>
          <button type="button" className="btn btn-small btn-primary" onClick={() => store.getState().setProvisional(null)}>Keep</button>
          <button type="button" className="btn btn-small" onClick={() => void discard()}>Discard</button>
        </div>
      )}
    </>
  );
}
