// A room's edit and view links, and the network address they point at. A machine on several
// networks (Wi-Fi and Ethernet, a container bridge) has one address on each: the person starting
// the room picks the one the workshop is on, and the next room starts with that pick.
import type { LinkOrigin } from '../../core/live/protocol';
import { readPreference, writePreference } from '../persistence/preferences';
import type { EditorStore } from '../store';

/** The link with its scheme, host and port replaced by `origin` (path, room and token kept). */
function at(link: string, origin: string): string {
  const url = new URL(link);
  const target = new URL(origin);
  url.protocol = target.protocol;
  url.host = target.host;
  return url.href;
}

/** The origin to make a new room's links with: the one picked last time when offered again, else the first. */
export function preferredOrigin(choices: readonly LinkOrigin[]): string {
  const picked = readPreference('live-link-origin');
  return (choices.find((c) => c.origin === picked) ?? choices[0]).origin;
}

/** Points the room's links (and so their QR codes) at another of its origins, and remembers the pick. */
export function chooseLinkOrigin(store: EditorStore, origin: string): void {
  const links = store.getState().room?.links;
  if (!links || !links.origins.some((c) => c.origin === origin)) return;
  store.getState().updateRoom({ links: { ...links, edit: at(links.edit, origin), view: at(links.view, origin) } });
  writePreference('live-link-origin', origin);
}
