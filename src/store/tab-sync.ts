import { toFile } from '../core/model/factories';
import { differsOnlyInViewport } from '../core/model/queries';
import { restoreDesign } from '../core/model/restore';
import type { Design, DesignFile } from '../core/model/types';
import type { EditorStore } from './store';
import { designsDb, type DesignsDb } from './persistence/designs-db';
import { randomUuid } from './random';

/**
 * Two tabs on the same design stay in sync through a BroadcastChannel: every edit is sent at
 * once with its revision and the revision it was made on. A tab applies an edit made on its own
 * latest revision; if both tabs edited the same revision at once, nothing is dropped silently:
 * both tabs move to one of the two versions and the other is kept as a separate entry in My
 * designs, and the user is told. Later edits then apply on that one revision again.
 */
interface SyncMessage { type?: undefined; docId: string; rev: string; parent: string; file: DesignFile; from: string }
/** Presence: tabs announce themselves, so a lone tab does no hashing or messaging at all. */
interface PresenceMessage { type: 'hello' | 'here' | 'bye'; from: string }

const CHANNEL = 'eventsmith-designs';

export function startTabSync(store: EditorStore, db: DesignsDb = designsDb): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  const me = randomUuid();
  const peers = new Set<string>();
  let applyingRemote: Design | null = null;
  const announce = (type: PresenceMessage['type']) => channel.postMessage({ type, from: me } satisfies PresenceMessage);

  const unsubscribe = store.subscribe((state, prev) => {
    if (peers.size === 0 || state.docId !== prev.docId || state.design === prev.design || state.design === applyingRemote) return;
    // Panning and zooming change only the remembered viewport: not an edit another tab needs.
    if (differsOnlyInViewport(prev.design, state.design)) return;
    const message: SyncMessage = { docId: state.docId, rev: revisionOf(state.design), parent: revisionOf(prev.design), file: toFile(state.design), from: me };
    channel.postMessage(message);
  });

  channel.onmessage = (event: MessageEvent<SyncMessage | PresenceMessage>) => {
    const data = event.data;
    if (!data || data.from === me) return;
    if (data.type) {
      if (data.type === 'bye') peers.delete(data.from);
      else peers.add(data.from);
      if (data.type === 'hello') announce('here');
      return;
    }
    peers.add(data.from);
    const msg = data;
    const state = store.getState();
    if (msg.docId !== state.docId) return;
    let design: Design;
    try {
      design = restoreDesign(msg.file).file.design;
    } catch {
      return; // another tab never sends a broken design; ignore rather than trust it
    }
    const current = revisionOf(state.design);
    if (msg.rev === current) return;
    if (msg.parent === current) {
      revisions.set(design, msg.rev);
      applyingRemote = design;
      state.commit(design);
      applyingRemote = null;
      return;
    }
    // Both tabs changed the same revision. Both must end on one revision, or every later edit
    // conflicts again: the larger revision wins in both tabs (each decides the same way), and
    // only the tab whose version lost keeps it, as its own entry in My designs.
    const mine = state.design;
    if (msg.rev < current) {
      state.notify('info', 'This design was changed in another tab at the same time; this tab\'s version was kept there too, and that tab saved its own as a copy in My designs.');
      return;
    }
    const name = `${mine.name} (from another tab)`;
    revisions.set(design, msg.rev);
    applyingRemote = design;
    state.commit(design);
    applyingRemote = null;
    void db
      .put({ docId: randomUuid(), name, updatedAt: Date.now(), file: toFile({ ...mine, name }) })
      .then(() => state.notify('info', `This design was changed in another tab at the same time. Both tabs now show that version; this tab's version is kept in My designs as “${name}”.`))
      .catch(() => state.notify('error', 'This design was changed in another tab at the same time and this tab\'s version could not be kept.'));
  };

  const onHide = () => announce('bye');
  const onShow = (e: PageTransitionEvent) => e.persisted && announce('hello');
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onHide);
    window.addEventListener('pageshow', onShow);
  }
  announce('hello');

  return () => {
    announce('bye');
    unsubscribe();
    channel.close();
    if (typeof window !== 'undefined') {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
    }
  };
}


const revisions = new WeakMap<Design, string>();

/**
 * A content hash (FNV-1a): two tabs holding the same design agree on its revision. The viewport
 * is view state (each tab pans on its own), so it is not part of the revision.
 */
export function revisionOf(design: Design): string {
  let rev = revisions.get(design);
  if (rev) return rev;
  const text = canonical({ ...design, layout: { nodes: design.layout.nodes } });
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  rev = `${(h >>> 0).toString(36)}-${text.length}`;
  revisions.set(design, rev);
  return rev;
}

/** JSON with sorted keys, so the same content hashes the same whatever order its keys were made in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
