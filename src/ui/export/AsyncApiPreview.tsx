import { useEffect, useState } from 'react';
import { useEditorStore } from '../../store/context';
import { download } from '../actions/download';
import { Modal } from '../dialogs/Modal';
import CodeEditor from '../monaco/CodeEditor';
// CodeEditor uses setup's `monaco` only as a type, so the bundler drops that import; without this
// line Monaco is never configured to load locally and tries a CDN (refused by the CSP).
import '../monaco/setup';
import { asyncApiFiles } from './export-actions';

/** One AsyncAPI document per service, read-only, each with its own download. */
export default function AsyncApiPreview({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const [format, setFormat] = useState<'yaml' | 'json'>('yaml');
  const [files, setFiles] = useState<{ path: string; content: string; serviceId: string }[] | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    asyncApiFiles(store.getState(), format)
      .then((r) => { setFiles(r.files); setWarnings(r.warnings); })
      .catch((e) => setError((e as Error).message));
  }, [store, format]);
  const file = files?.[active];
  return (
    <Modal title="AsyncAPI 3.0 preview" onClose={onClose} wide footer={<>
      <button type="button" className="btn" onClick={onClose}>Close</button>
      <button type="button" className="btn btn-primary" disabled={!file} onClick={() => file && download(file.path, file.content, format === 'yaml' ? 'application/yaml' : 'application/json')}>Download {file?.path}</button>
    </>}>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      {warnings.map((w, i) => <div key={i} className="alert alert-warning">{w}</div>)}
      {files && files.length === 0 && <p className="muted">There is no service to export yet.</p>}
      {files && files.length > 0 && (
        <>
          <div className="preview-bar">
            <div role="tablist" aria-label="Services" className="seg">
              {files.map((f, i) => (
                <button key={f.path} type="button" role="tab" aria-selected={i === active} className={`seg-item${i === active ? ' is-active' : ''}`} onClick={() => setActive(i)}>{f.path}</button>
              ))}
            </div>
            <div role="group" aria-label="Format" className="seg">
              {(['yaml', 'json'] as const).map((f) => (
                <button key={f} type="button" aria-pressed={format === f} className={`seg-item${format === f ? ' is-active' : ''}`} onClick={() => setFormat(f)}>{f.toUpperCase()}</button>
              ))}
            </div>
          </div>
          {file && <CodeEditor key={`${file.path}`} path={`preview/${file.path}`} value={file.content} language={format} readOnly height={420} ariaLabel={`AsyncAPI document ${file.path}`} />}
        </>
      )}
    </Modal>
  );
}
