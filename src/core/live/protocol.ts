// What the live server and its clients agree on, besides Hocuspocus's own protocol: room ids,
// tokens, how a token travels, the messages the server sends, and the caps.

/** 128 random bits in base64url (22 characters). Nothing else is a room id. */
export const ROOM_ID = /^[A-Za-z0-9_-]{22}$/;
/** A room token: 128 bits or more of base64url. */
export const ROOM_TOKEN = /^[A-Za-z0-9_-]{22,86}$/;

export const isRoomId = (value: unknown): value is string => typeof value === 'string' && ROOM_ID.test(value);
export const isRoomToken = (value: unknown): value is string => typeof value === 'string' && ROOM_TOKEN.test(value);

/** The collaboration endpoint, on the same origin as the app. */
export const COLLAB_PATH = '/collab';
/**
 * POST: creates a room ({ room, editToken, viewToken, networkOrigins, networkNames }: the origins of
 * the server on the machine's networks when it listens on them, likeliest first, and the name of
 * the interface each is on). GET /api/live: { live: true, secretRequired }.
 */
export const ROOMS_PATH = '/api/rooms';
export const LIVE_INFO_PATH = '/api/live';
/** The server marks the page it serves with <meta name=LIVE_META>: the app knows a room can be started. */
export const LIVE_META = 'eventsmith-live';

/**
 * The provider sends one token: the room token, then, when the server was started with --token,
 * ":" and the server secret (which may itself contain ":").
 */
export function joinAuthToken(roomToken: string, serverSecret?: string): string {
  return serverSecret ? `${roomToken}:${serverSecret}` : roomToken;
}

export function splitAuthToken(token: string): { roomToken: string; serverSecret: string | null } {
  const at = token.indexOf(':');
  return at < 0 ? { roomToken: token, serverSecret: null } : { roomToken: token.slice(0, at), serverSecret: token.slice(at + 1) };
}

/** Stateless messages from the server (JSON text). */
export type ServerNotice =
  /** An update was not taken; the sender's document now differs from the room: it must re-sync from scratch. */
  { type: 'eventsmith/refused'; reason: string };

export function parseNotice(payload: string): ServerNotice | null {
  try {
    const value = JSON.parse(payload) as ServerNotice;
    if (value && value.type === 'eventsmith/refused' && typeof value.reason === 'string') return value;
  } catch {
    // not ours
  }
  return null;
}

export const LIVE_LIMITS = {
  /** One WebSocket message; larger ones close the connection (ws maxPayload). */
  messageBytes: 16 * 1024 * 1024,
  /** One update; larger ones are refused and the sender told. */
  updateBytes: 8 * 1024 * 1024,
  /** A room's whole document. */
  docBytes: 8 * 1024 * 1024,
  /** Connections to one room. */
  connectionsPerRoom: 64,
  /** Connections to the server. */
  connections: 512,
  /** Rooms created per minute by the whole server (creation is cheap, storage is not). */
  roomsPerMinute: 60,
} as const;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** An origin a room's links can be made with; `name`: the network interface it is on, when known. */
export interface LinkOrigin { origin: string; name?: string }

/**
 * The origins a room's links can be made with, the one to use first: the page's own, unless the
 * page runs on this machine's loopback address (which means nothing on anyone else's machine) and
 * the server named addresses of it on the network: then those, so the links work for the others
 * in the room. Several when the machine is on several networks (Wi-Fi and Ethernet, a container
 * bridge): the person starting the room picks the one the workshop is on.
 */
export function roomLinkOrigins(pageOrigin: string, networkOrigins: readonly unknown[] | undefined, networkNames?: readonly unknown[]): LinkOrigin[] {
  const page = new URL(pageOrigin);
  if (!LOOPBACK.test(page.hostname)) return [{ origin: page.origin }];
  const found: LinkOrigin[] = [];
  (networkOrigins ?? []).forEach((candidate, i) => {
    if (typeof candidate !== 'string') return;
    try {
      const url = new URL(candidate);
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || LOOPBACK.test(url.hostname) || found.some((f) => f.origin === url.origin)) return;
      const name = networkNames?.[i];
      found.push(typeof name === 'string' && name.trim() ? { origin: url.origin, name: name.trim().slice(0, 40) } : { origin: url.origin });
    } catch {
      // Not a URL: not a place to send people.
    }
  });
  return found.length ? found : [{ origin: page.origin }];
}
