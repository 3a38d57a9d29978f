import type { EditorStore } from '../../store/store';
import { autosave } from '../app-services';
import { openAsNewEntry } from '../actions/design-actions';

/**
 * Opens `#d=…` as a new entry in My designs (never over the user's work) and then clears the
 * fragment, so a reload shows the kept copy rather than decoding the link again.
 */
export async function openSharedLink(store: EditorStore): Promise<void> {
  const hash = window.location.hash;
  if (!hash.startsWith('#d=')) return;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  try {
    const { decodeShare } = await import('../../core/share/codec');
    const { file } = decodeShare(hash);
    await autosave()?.flush();
    openAsNewEntry(store.getState(), file.design, 'link');
  } catch (e) {
    // The codec's own messages are written for the user; anything else gets a plain lead-in.
    const error = e as Error;
    const message = error.name === 'ShareError' ? error.message : `This share link could not be opened: ${error.message}`;
    store.getState().notify('error', `${message}${/[.!?]$/.test(message) ? '' : '.'} Your current design is unchanged.`);
  }
}
