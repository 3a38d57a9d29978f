import { useEffect, useState } from 'react';
import { toFile } from '../../core/model/factories';
import { useEditorStore } from '../../store/context';
import { saveDesignFile } from '../actions/design-actions';
import { Modal } from '../dialogs/Modal';
import { WARN_FROM } from './share-limits';

/** Share options: the link, its length, and the design file when the link is too long. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    void import('../../core/share/codec')
      .then(({ shareLink }) => setLink(shareLink(toFile(store.getState().design), window.location.origin + window.location.pathname)))
      .catch((e) => setError(`The link could not be made: ${(e as Error).message}`));
  }, [store]);
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setError('The browser did not allow copying: select the link and copy it by hand.');
    }
  };
  const downloadFile = () => saveDesignFile(store.getState());
  const long = (link?.length ?? 0) > WARN_FROM;
  return (
    <Modal title="Share this design" onClose={onClose} footer={<>
      <button type="button" className="btn" onClick={onClose}>Close</button>
      <button type="button" className="btn btn-primary" onClick={() => void copy()} disabled={!link}>{copied ? 'Copied' : 'Copy link'}</button>
    </>}>
      <p className="muted">The whole design travels inside the link (after the <code>#</code>): no server sees it. Whoever opens it gets a copy.</p>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      <label className="field">
        <span>Link</span>
        <textarea className="mono share-link" readOnly value={link ?? 'Preparing…'} rows={4} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
      </label>
      {link && <p className="small" data-testid="link-length">{link.length.toLocaleString('en-US')} characters</p>}
      {long && (
        <div className="alert alert-warning" role="status">
          This link is longer than {WARN_FROM.toLocaleString('en-US')} characters: some chat tools and browsers cut long links. Send the design file instead.
          <div><button type="button" className="btn btn-small" onClick={downloadFile}>Download design file</button></div>
        </div>
      )}
    </Modal>
  );
}
