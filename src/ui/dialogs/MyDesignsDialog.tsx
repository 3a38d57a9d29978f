import { useCallback, useEffect, useState } from 'react';
import { restoreDesign } from '../../core/model/restore';
import { newDocId } from '../../store/boot';
import { useEditor, useEditorStore } from '../../store/context';
import { designsDb, storageErrorMessage, type DesignSummary } from '../../store/persistence/designs-db';
import { download } from '../actions/download';
import { autosave } from '../app-services';
import { ConfirmDialog } from './ConfirmDialog';
import { Modal } from './Modal';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOf = (t: number | null) => (t === null ? 'unknown' : when.format(t));

/** Every design kept in this browser: open, rename, duplicate, delete. */
export function MyDesignsDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const currentDoc = useEditor((s) => s.docId);
  const [list, setList] = useState<DesignSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ docId: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<DesignSummary | null>(null);

  const refresh = useCallback(async () => {
    try {
      setList(await designsDb.list());
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  }, []);

  useEffect(() => {
    // Save the current design first so the list shows it as it is now.
    void (autosave()?.flush() ?? Promise.resolve()).then(refresh);
  }, [refresh]);

  const open = async (docId: string) => {
    await autosave()?.flush();
    const record = await designsDb.get(docId);
    if (!record) return setError('That design is no longer stored.');
    try {
      store.getState().load(docId, restoreDesign(record.file).file.design);
      onClose();
    } catch (e) {
      setError(`Could not open ${record.name}: ${(e as Error).message}`);
    }
  };

  const rename = async (docId: string, name: string) => {
    const trimmed = name.trim();
    if (!trimmed) return;
    if (docId === store.getState().docId) {
      const state = store.getState();
      state.commit({ ...state.design, name: trimmed });
      await autosave()?.flush();
    } else {
      const record = await designsDb.get(docId);
      if (record) await designsDb.put({ ...record, name: trimmed, updatedAt: Date.now(), file: { ...record.file, design: { ...record.file.design, name: trimmed } } });
    }
    setRenaming(null);
    await refresh();
  };

  const duplicate = async (docId: string) => {
    await autosave()?.flush();
    const record = await designsDb.get(docId);
    if (!record) return;
    const name = `${record.name} (copy)`;
    try {
      await designsDb.put({ docId: newDocId(), name, updatedAt: Date.now(), file: { ...record.file, design: { ...record.file.design, name } } });
    } catch (e) {
      setError(storageErrorMessage(e));
    }
    await refresh();
  };

  /** The stored entry as it is, so nothing is lost when an unreadable one is deleted. */
  const downloadRaw = async (entry: DesignSummary) => {
    try {
      const raw = await designsDb.raw(entry.key);
      let text: string;
      try {
        text = JSON.stringify(raw, null, 2) ?? String(raw);
      } catch {
        text = String(raw);
      }
      download(`unreadable-entry-${entry.docId.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40)}.json`, text, 'application/json');
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  };

  const remove = async (entry: DesignSummary) => {
    setDeleting(null);
    try {
      await designsDb.delete(entry.key);
    } catch (e) {
      setError(storageErrorMessage(e));
    }
    if (entry.docId === store.getState().docId) {
      const rest = (await designsDb.list()).filter((d) => d.docId !== entry.docId);
      if (rest[0]) await open(rest[0].docId);
      else store.getState().load(newDocId(), { ...store.getState().design, name: 'Untitled design', services: [], topics: [], events: [], publications: [], subscriptions: [], layout: { nodes: {} } });
    }
    await refresh();
  };

  return (
    <Modal title="My designs" onClose={onClose} wide>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      {list === null ? <p className="muted">Loading…</p> : list.length === 0 ? <p className="muted">No designs stored yet.</p> : (
        <table className="designs-table">
          <thead><tr><th scope="col">Name</th><th scope="col">Last change</th><th scope="col">Nodes</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
          <tbody>
            {list.map((d) => (
              d.unreadable ? (
                <tr key={`unreadable-${d.docId}`} className="is-unreadable" data-testid="unreadable-design">
                  <td><span className="design-title">{d.name}</span> <span className="pill pill-warning">unreadable</span><div className="muted small">This entry cannot be opened: {d.unreadable}.</div></td>
                  <td>{dateOf(d.updatedAt)}</td>
                  <td>{d.nodes}</td>
                  <td><div className="row-actions">
                    <button type="button" className="btn btn-small" onClick={() => void downloadRaw(d)} aria-label={`Download unreadable entry ${d.name}`}>Download</button>
                    <button type="button" className="btn btn-small btn-ghost btn-danger-text" onClick={() => setDeleting(d)} aria-label={`Delete unreadable entry ${d.name}`}>Delete</button>
                  </div></td>
                </tr>
              ) : (
              <tr key={d.docId} className={d.docId === currentDoc ? 'is-current' : undefined}>
                <td>
                  {renaming?.docId === d.docId ? (
                    <form onSubmit={(e) => { e.preventDefault(); void rename(d.docId, renaming.name); }} className="inline-form">
                      <input aria-label="New name" value={renaming.name} onChange={(e) => setRenaming({ docId: d.docId, name: e.target.value })} autoFocus />
                      <button type="submit" className="btn btn-small btn-primary">Rename</button>
                      <button type="button" className="btn btn-small btn-ghost" onClick={() => setRenaming(null)}>Cancel</button>
                    </form>
                  ) : (
                    <><span className="design-title">{d.name}</span>{d.docId === currentDoc && <span className="pill">open</span>}</>
                  )}
                </td>
                <td>{dateOf(d.updatedAt)}</td>
                <td>{d.nodes}</td>
                <td><div className="row-actions">
                  <button type="button" className="btn btn-small" onClick={() => void open(d.docId)} aria-label={`Open ${d.name}`} disabled={d.docId === currentDoc}>Open</button>
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => setRenaming({ docId: d.docId, name: d.name })} aria-label={`Rename ${d.name}`}>Rename</button>
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => void duplicate(d.docId)} aria-label={`Duplicate ${d.name}`}>Duplicate</button>
                  <button type="button" className="btn btn-small btn-ghost btn-danger-text" onClick={() => setDeleting(d)} aria-label={`Delete ${d.name}`}>Delete</button>
                </div></td>
              </tr>
              )
            ))}
          </tbody>
        </table>
      )}
      {deleting && (
        <ConfirmDialog title={`Delete “${deleting.name}”?`} confirmLabel="Delete design" onCancel={() => setDeleting(null)} onConfirm={() => void remove(deleting)}>
          The design is removed from this browser. Save it as a file first if you may need it again.
        </ConfirmDialog>
      )}
    </Modal>
  );
}
