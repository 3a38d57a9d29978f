import { useEffect, useState } from 'react';
import { toFile } from '../../core/model/factories';
import { useEditorStore } from '../../store/context';
import { ErrorBoundary } from '../ErrorBoundary';
import { IconShare } from '../Icons';
import { lazyPart } from '../lazy-part';
import { WARN_FROM } from './share-limits';

// The options dialog is a lazy chunk, fetched after the first paint.
const ShareDialog = lazyPart('Sharing', () => import('./ShareDialog').then((m) => m.ShareDialog), { as: 'dialog', close: (_store, props) => props.onClose() });

/**
 * One click copies the link (PRODUCT.md §5: at most 8,000 characters) with a visible
 * confirmation; a longer link opens the dialog with its warning. The dialog stays for options.
 */
export function ShareButton() {
  const store = useEditorStore();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(t);
  }, [copied]);
  const share = async () => {
    const state = store.getState();
    try {
      const { shareLink } = await import('../../core/share/codec');
      const link = shareLink(toFile(state.design), window.location.origin + window.location.pathname);
      if (link.length > WARN_FROM) return setOpen(true);
      await navigator.clipboard.writeText(link);
      setCopied(true);
      state.notify('success', `Link copied (${link.length.toLocaleString('en-US')} characters). Whoever opens it gets a copy of this design.`);
    } catch {
      setOpen(true); // no clipboard (permissions, insecure context): the dialog lets the link be copied by hand
    }
  };
  return (
    <>
      <span className="split-button">
        <button type="button" className="btn btn-toolbar" onClick={() => void share()} aria-label="Share" title="Copy a link to this design">
          <IconShare /><span>{copied ? 'Copied' : 'Share'}</span>
        </button>
        <button type="button" className="btn btn-toolbar btn-icon split-more" onClick={() => setOpen(true)} aria-label="Share options" title="Share options: see the link, its length, download the design file">
          <span className="caret" aria-hidden="true">▾</span>
        </button>
      </span>
      {open && <ErrorBoundary what="Share" onClose={() => setOpen(false)}><ShareDialog onClose={() => setOpen(false)} /></ErrorBoundary>}
    </>
  );
}
