// A live session in the browser: the room's Yjs document, kept in IndexedDB and synchronised by
// Hocuspocus's provider with `eventsmith serve` on the page's own origin, bound to the store
// (design-sync), with presence through the provider's awareness. Loaded only when a room is
// started or joined (a lazy chunk: Yjs, the provider and y-indexeddb stay out of the initial JS).
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { COLLAB_PATH, joinAuthToken, parseNotice, ROOMS_PATH, roomLinkOrigins } from '../../core/live/protocol';
import { setFreshSuffix } from '../../core/model/ids';
import { emptyDesign } from '../../core/model/factories';
import type { Design, Id, Position } from '../../core/model/types';
import { openRoomCopy, type RoomCopy } from '../persistence/room-copy';
import { readPreference, writePreference } from '../persistence/preferences';
import { randomSuffix } from './random-suffix';
import { preferredOrigin } from './room-links';
import type { EditorStore, Peer, RoomControl, RoomState } from '../store';
import { bindDesign, type DesignSync } from './design-sync';
import { PEER_COLOURS, peersOf, type Presence } from './presence';

export interface JoinOptions {
  room: string;
  token: string;
  /** What the link says; the server's answer overrides it. */
  access: 'edit' | 'view';
  /** The server's secret, when it was started with --token. */
  secret?: string;
  /** Set by the person who starts the room: the design it starts from, and the room's links. */
  start?: { design: Design; links: RoomState['links'] };
}

/** The entry in My designs a room's design is kept under: the same one on every reload. */
export const roomDocId = (room: string) => `room-${room}`;

export function roomLink(room: string, token: string, view: boolean, origin = window.location.origin): string {
  const url = new URL(window.location.pathname, origin);
  url.searchParams.set('room', room);
  url.searchParams.set('token', token);
  if (view) url.searchParams.set('view', '1');
  return url.href;
}

/** Asks the server for a new room and joins it with the current design. */
export async function startRoom(store: EditorStore, secret?: string): Promise<void> {
  const res = await fetch(ROOMS_PATH, { method: 'POST', headers: secret ? { Authorization: `Bearer ${secret}` } : {} });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `the server answered ${res.status}`);
  }
  const { room, editToken, viewToken, networkOrigins, networkNames } = (await res.json()) as { room: string; editToken: string; viewToken: string; networkOrigins?: unknown; networkNames?: unknown };
  const origins = roomLinkOrigins(window.location.origin, Array.isArray(networkOrigins) ? networkOrigins : undefined, Array.isArray(networkNames) ? networkNames : undefined);
  const origin = preferredOrigin(origins);
  const links = { edit: roomLink(room, editToken, false, origin), view: roomLink(room, viewToken, true, origin), origins };
  joinRoom(store, { room, token: editToken, access: 'edit', secret, start: { design: store.getState().design, links } });
}

export function myName(): string {
  return readPreference('live-name') || '';
}

export function rememberName(name: string): void {
  writePreference('live-name', name.trim().slice(0, 40) || null);
}

export function joinRoom(store: EditorStore, options: JoinOptions): void {
  store.getState().roomControl?.leave();
  const { room } = options;
  const docId = roomDocId(room);
  const url = new URL(COLLAB_PATH, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';

  // Starting: the room's entry in My designs begins as the current design. Joining: empty until
  // the room or the kept copy answers. Either way every id is pinned, now and in every later edit:
  // the room keys its entries by id, and an id following a rename would reach the others as a
  // delete and an add.
  store.getState().load(docId, options.start?.design ?? emptyDesign('Live session'));
  store.getState().pinIds(true);
  store.getState().enterRoom(
    { id: room, access: options.access, status: 'connecting', reconnected: false, ready: false, canUndo: false, canRedo: false, peers: [], links: options.start?.links ?? null },
    { undo: () => current?.sync.undoManager.undo(), redo: () => current?.sync.undoManager.redo(), leave: () => leave(), setCursor: (p) => setPresence({ cursor: p }), setName: (name) => rename(name),
      shared: () => current && { doc: current.doc, awareness: current.provider.awareness, track: current.sync.track, setTextCaret: (text) => setPresence({ text }) } },
  );
  setFreshSuffix(() => randomSuffix());
  history.replaceState(null, '', roomLink(room, options.token, options.access === 'view'));

  const colour = Math.floor(Math.random() * PEER_COLOURS);
  let presence: Presence = { name: myName() || `Guest ${randomSuffix(3).toUpperCase()}`, colour, view: options.access === 'view', cursor: null, selection: [], event: null, text: null };
  let current: { doc: Y.Doc; copy: RoomCopy; sync: DesignSync; provider: HocuspocusProvider } | null = null;
  let lastStatus: string | null = null;
  let lost = false;
  let left = false;
  let backTimer: ReturnType<typeof setTimeout> | undefined;
  let first = !!options.start;

  const update = (patch: Partial<RoomState>) => {
    if (!left && store.getState().room?.id === room) store.getState().updateRoom(patch);
  };

  const setPresence = (patch: Partial<Presence>) => {
    presence = { ...presence, ...patch };
    current?.provider.awareness?.setLocalState(presence);
  };
  const rename = (name: string) => {
    rememberName(name);
    setPresence({ name: name.trim().slice(0, 40) });
  };

  const open = async () => {
    const doc = new Y.Doc();
    const copy = openRoomCopy(room, doc);
    await copy.loaded;
    if (left) {
      void copy.close();
      doc.destroy();
      return;
    }
    const sync = bindDesign(store, doc, (reason) => store.getState().notify('error', `The room holds something that is not a design: ${reason}`));
    const kept = sync.read();
    if (kept) {
      // What this browser kept of the room (edits made offline included): usable at once.
      store.getState().applyRemote(kept);
      update({ ready: true });
    }
    const provider = new HocuspocusProvider({
      url: url.href,
      name: room,
      document: doc,
      token: joinAuthToken(options.token, options.secret),
      onAuthenticated: ({ scope }) => {
        const access = scope === 'readonly' ? 'view' : 'edit';
        update({ access });
        setPresence({ view: access === 'view' });
      },
      onAuthenticationFailed: ({ reason }) => {
        store.getState().notify('error', `This room link was not accepted: ${reason}.`);
        update({ status: 'offline' });
      },
      onSynced: () => {
        if (first) {
          first = false;
          // A new room is empty: it starts from this person's design.
          if (!sync.read()) sync.writeCurrent();
        }
        update({ ready: true });
      },
      onStatus: ({ status }) => {
        // The provider may say the same status twice, and "connecting" between retries: what
        // counts is whether the connection was lost since it was last up.
        if (status === lastStatus) return;
        lastStatus = status;
        if (status === 'connected') {
          const back = lost;
          lost = false;
          update({ status: 'connected', reconnected: back });
          clearTimeout(backTimer);
          if (back) backTimer = setTimeout(() => update({ reconnected: false }), 5000);
        } else if (status === 'disconnected') {
          // Never connected yet counts too: a page reloaded without a network works on its kept copy.
          lost = true;
          update({ status: 'offline', reconnected: false });
        }
      },
      onStateless: ({ payload }) => {
        const notice = parseNotice(payload);
        if (notice?.type !== 'eventsmith/refused') return;
        store.getState().notify('error', `The room did not take your last change: ${notice.reason} You now see the room as it is.`);
        // This document holds what the room refused: drop it (and its kept copy) and sync afresh,
        // after the provider has finished handling this message.
        setTimeout(() => void startOver(), 0);
      },
      onAwarenessChange: ({ states }) => {
        const me = provider.awareness?.clientID ?? -1;
        const peers = peersOf(states, me);
        update({ peers });
        // Two people in one colour cannot be told apart: the one who came later (higher client
        // id) moves to a colour nobody has, when there is one.
        if (peers.some((p) => p.colour === presence.colour && p.clientId < me)) {
          const used = new Set(peers.map((p) => p.colour));
          const free = Array.from({ length: PEER_COLOURS }, (_, c) => c).find((c) => !used.has(c));
          if (free !== undefined) setPresence({ colour: free });
        }
      },
    });
    provider.awareness?.setLocalState(presence);
    current = { doc, copy, sync, provider };
  };

  const close = async (clear: boolean) => {
    const c = current;
    current = null;
    if (!c) return;
    c.provider.destroy();
    c.sync.stop();
    if (clear) await c.copy.clear();
    else await c.copy.close();
    c.doc.destroy();
  };

  const startOver = async () => {
    if (left) return;
    update({ ready: false, canUndo: false, canRedo: false });
    await close(true);
    if (!left) await open();
  };

  // The store's selection and selected event are this person's presence.
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.docId !== docId && prev.docId === docId) {
      // Another design was opened: the room is left, its design stays in My designs.
      leave();
      return;
    }
    if (s.selection !== prev.selection || s.selectedEventId !== prev.selectedEventId || s.inlineEdit !== prev.inlineEdit) {
      const selection: Id[] = [...s.selection.nodes];
      if (s.inlineEdit?.kind === 'node' && !selection.includes(s.inlineEdit.id)) selection.push(s.inlineEdit.id);
      setPresence({ selection: selection.slice(0, 50), event: s.selectedEventId });
    }
  });

  function leave() {
    if (left) return;
    left = true;
    unsubscribe();
    clearTimeout(backTimer);
    setFreshSuffix(null);
    store.getState().pinIds(false);
    void close(false);
    if (store.getState().room?.id === room) store.getState().exitRoom();
    const here = new URL(window.location.href);
    if (here.searchParams.get('room') === room) history.replaceState(null, '', window.location.pathname);
  }

  void open();
}

export type { Peer, Position, RoomControl };
