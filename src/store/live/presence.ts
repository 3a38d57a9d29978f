// Presence in a live room: what each person shares through Hocuspocus's awareness (name, colour,
// view-only or not, pointer on the canvas, selected nodes, the event being edited). Read
// defensively: it comes from peers and is shown, never trusted.
import type { Position } from '../../core/model/types';
import type { Peer, TextCaret } from '../store';

/** Colour classes peer-c0 … peer-c7 (styles/live.css). */
export const PEER_COLOURS = 8;

/**
 * What this person shares: what the others see of them as a Peer (store.ts), except that the text
 * part is the caret itself (y-monaco's, kept under our own name), not only which text it is in.
 */
export type Presence = Omit<Peer, 'clientId' | 'text'> & { text: TextCaret | null };

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function cursorOf(value: unknown): Position | null {
  const p = value as Position | null;
  return p && typeof p === 'object' && finite(p.x) && finite(p.y) ? { x: p.x, y: p.y } : null;
}

/** The other people in the room, in a stable order (by when they joined: client id order). */
export function peersOf(states: { clientId: number; [key: string]: unknown }[], me: number): Peer[] {
  const peers: Peer[] = [];
  for (const state of states) {
    if (state.clientId === me || typeof state.name !== 'string') continue;
    const colour = finite(state.colour) ? Math.abs(Math.trunc(state.colour)) % PEER_COLOURS : state.clientId % PEER_COLOURS;
    peers.push({
      clientId: state.clientId,
      name: state.name.slice(0, 40).trim() || 'Someone',
      colour,
      view: state.view === true,
      cursor: cursorOf(state.cursor),
      selection: Array.isArray(state.selection) ? state.selection.filter((s): s is string => typeof s === 'string').slice(0, 50) : [],
      event: typeof state.event === 'string' ? state.event : null,
      text: typeof (state.text as TextCaret | null)?.key === 'string' ? (state.text as TextCaret).key.slice(0, 200) : null,
    });
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}
