import { isRoomId, isRoomToken } from '../../core/live/protocol';
import type { EditorStore } from '../../store/store';
import { servedLive } from './served';

/** Opening `/?room=<id>&token=<token>[&view=1]` joins the room (loaded only for such a link). */
export async function joinFromLink(store: EditorStore): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const room = params.get('room');
  const token = params.get('token');
  const state = store.getState();
  if (!isRoomId(room) || !isRoomToken(token)) {
    state.notify('error', 'This live-session link is incomplete or damaged: ask for the link again.');
    return;
  }
  if (!servedLive()) {
    state.notify('error', 'This is a live-session link, but this page is not served by a workshop server (npx eventsmith serve): open it on the server’s address.');
    return;
  }
  const { liveInfo, rememberedSecret, rememberSecret } = await import('../../store/live/secret');
  const secret = rememberedSecret();
  try {
    const info = await liveInfo(secret);
    if (!info.secretAccepted) {
      // A server started with --token: the Live dialog asks for its secret, then joins.
      rememberSecret(null);
      state.showLiveDialog(true);
      return;
    }
  } catch {
    // No answer (offline, a reload without network): join with what this tab has; the room's kept
    // copy opens at once and the connection is tried again.
  }
  const { joinRoom } = await import('../../store/live/session');
  joinRoom(store, { room, token, access: params.get('view') === '1' ? 'view' : 'edit', secret });
}

/** The room link in the page's address, when it holds one: what the Live dialog joins. */
export function linkInAddress(): { room: string; token: string; access: 'edit' | 'view' } | null {
  const params = new URLSearchParams(window.location.search);
  const room = params.get('room');
  const token = params.get('token');
  return isRoomId(room) && isRoomToken(token) ? { room, token, access: params.get('view') === '1' ? 'view' : 'edit' } : null;
}
