// `eventsmith serve`: the production build and the collaboration endpoint on one origin.
// Hocuspocus synchronises each room's Yjs document; rooms persist in SQLite (--data) and, with
// --redis, several server processes share them. Every way in is checked here: the room id's
// shape, the room token (edit or view), the server secret (--token), the caps, and the gate.
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Server, type Extension, type onAuthenticatePayload, type onConnectPayload } from '@hocuspocus/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { COLLAB_PATH, isRoomId, LIVE_INFO_PATH, LIVE_LIMITS, ROOMS_PATH, splitAuthToken } from '../../core/live/protocol';
import { openableAddresses } from './addresses';
import { GateExtension } from './gate-extension';
import { sqliteRooms } from './persistence';
import { accessOf, localServerKey, newRoomId, roomToken, sameSecret } from './room-keys';
import { SECURITY_HEADERS, staticApp } from './static-app';

export interface LiveServerOptions {
  port: number;
  host: string;
  dataDir: string;
  appDir: string;
  redisUrl?: string;
  /** Server secret: required (with a room token) to create rooms and to connect. */
  secret?: string;
  limits?: Partial<typeof LIVE_LIMITS>;
  log?: (line: string) => void;
}

export interface LiveServer {
  port: number;
  stats: () => { rooms: number; connections: number; admitted: number; refused: number };
  close: () => Promise<void>;
}

/** Stops Hocuspocus's handlers from answering a request or an upgrade we already answered. */
const HANDLED = null;

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const log = options.log ?? (() => {});
  const limits = { ...LIVE_LIMITS, ...options.limits };
  const app = staticApp(options.appDir);
  const store = sqliteRooms(options.dataDir);
  const gate = new GateExtension({ updateBytes: limits.updateBytes, docBytes: limits.docBytes }, log);
  const extensions: Extension[] = [store, gate];
  let redis: RedisExtension | undefined;
  let key = localServerKey(options.dataDir);
  if (options.redisUrl) {
    redis = new RedisExtension({ ...redisTarget(options.redisUrl), prefix: 'eventsmith' });
    extensions.push(redis);
    // Servers sharing rooms must derive the same room tokens: the first one to start puts its
    // key into Redis, the others take that one.
    await redis.pub.set('eventsmith:server-key', key.toString('hex'), 'NX');
    const shared = await redis.pub.get('eventsmith:server-key');
    if (shared && /^[0-9a-f]{64}$/.test(shared)) key = Buffer.from(shared, 'hex');
  }

  const pending = new Map<string, number>();
  const roomConnections = (instance: Server['hocuspocus'], room: string) => (instance.documents.get(room)?.getConnectionsCount() ?? 0) + (pending.get(room) ?? 0);
  const createdAt: number[] = [];

  const server = new Server({
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    // Stored half a second after the last change, and at least every 3 s while editing goes on.
    debounce: 500,
    maxDebounce: 3000,
    websocketOptions: { maxPayload: limits.messageBytes },
    extensions,

    async onRequest({ request, response }) {
      if (handleApi(request, response) || app.handle(request, response)) throw HANDLED;
      response.writeHead(404, { 'Content-Type': 'text/plain', ...SECURITY_HEADERS }).end('Not found');
      throw HANDLED;
    },

    async onUpgrade({ request, socket }) {
      const refuse = (status: string) => {
        socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
        throw HANDLED;
      };
      const path = (request.url ?? '').split('?')[0];
      if (path !== COLLAB_PATH) refuse('404 Not Found');
      if (!sameOrigin(request)) refuse('403 Forbidden');
      if (server.hocuspocus.getConnectionsCount() >= limits.connections) refuse('503 Service Unavailable');
      // Edits are small and latency matters more than packet count.
      (socket as Duplex & { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
    },

    async onConnect({ documentName }: onConnectPayload) {
      // Nothing but a well-formed room id reaches a map, the database or Redis.
      if (!isRoomId(documentName)) throw new Error('not a room');
    },

    async onAuthenticate({ documentName, token, connectionConfig, instance }: onAuthenticatePayload) {
      const { roomToken: given, serverSecret } = splitAuthToken(token ?? '');
      if (options.secret !== undefined && !sameSecret(serverSecret ?? '', options.secret)) throw new Error('server secret required');
      const access = accessOf(key, documentName, given);
      if (!access) throw new Error('not a token of this room');
      if (roomConnections(instance, documentName) >= limits.connectionsPerRoom) throw new Error('the room is full');
      pending.set(documentName, (pending.get(documentName) ?? 0) + 1);
      setTimeout(() => {
        const n = (pending.get(documentName) ?? 1) - 1;
        if (n > 0) pending.set(documentName, n);
        else pending.delete(documentName);
      }, 5000).unref();
      connectionConfig.readOnly = access === 'view';
      return { access };
    },
  });

  function handleApi(req: IncomingMessage, res: ServerResponse): boolean {
    const path = (req.url ?? '').split('?')[0];
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...SECURITY_HEADERS }).end(JSON.stringify(body));
      return true;
    };
    if (path === LIVE_INFO_PATH && req.method === 'GET') {
      // The app checks a secret someone typed before joining a room with it: the answer is only yes
      // or no, as a refused connection would tell.
      const auth = req.headers.authorization;
      const secretAccepted = options.secret === undefined || (auth?.startsWith('Bearer ') === true && sameSecret(auth.slice(7), options.secret));
      return json(200, { live: true, secretRequired: options.secret !== undefined, ...(auth !== undefined && { secretAccepted }), collabPath: COLLAB_PATH, limits: { updateBytes: limits.updateBytes, docBytes: limits.docBytes, connectionsPerRoom: limits.connectionsPerRoom } });
    }
    if (path === ROOMS_PATH) {
      if (req.method !== 'POST') return json(405, { error: 'POST to create a room' });
      if (!sameOrigin(req)) return json(403, { error: 'cross-origin request' });
      if (options.secret !== undefined) {
        const auth = req.headers.authorization ?? '';
        if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice(7), options.secret)) return json(401, { error: 'this server needs its secret to create rooms' });
      }
      const now = Date.now();
      while (createdAt.length && createdAt[0] < now - 60_000) createdAt.shift();
      if (createdAt.length >= limits.roomsPerMinute) return json(429, { error: 'too many rooms created; try again in a minute' });
      createdAt.push(now);
      req.resume();
      const room = newRoomId();
      // Where others reach this server (it listens on the machine's networks), likeliest first: a
      // page opened on 127.0.0.1 makes the room's links with one of these instead.
      const network = openableAddresses(options.host, server.address.port).network;
      const networkOrigins = network.map((a) => new URL(a.url).origin);
      return json(201, { room, editToken: roomToken(key, room, 'edit'), viewToken: roomToken(key, room, 'view'), networkOrigins, networkNames: network.map((a) => a.name) });
    }
    if (path.startsWith('/api/')) return json(404, { error: 'no such endpoint' });
    return false;
  }

  await server.listen();
  const port = server.address.port;

  let closing: Promise<void> | undefined;
  return {
    port,
    stats: () => ({ rooms: server.hocuspocus.getDocumentsCount(), connections: server.hocuspocus.getConnectionsCount(), ...gate.stats }),
    close: () =>
      (closing ??= (async () => {
        // Closes connections, stores every room with pending changes, then unloads them.
        await Promise.race([server.destroy(), new Promise((r) => setTimeout(r, 10_000).unref())]);
        store.db?.close();
      })()),
  };
}

/** A browser sends Origin; it must be this server. Node clients send none. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function redisTarget(url: string) {
  const u = new URL(url);
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`--redis must be a redis:// or rediss:// URL, not ${JSON.stringify(url)}`);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    options: {
      ...(u.username && { username: decodeURIComponent(u.username) }),
      ...(u.password && { password: decodeURIComponent(u.password) }),
      ...(Number.isInteger(db) && db > 0 && { db }),
      ...(u.protocol === 'rediss:' && { tls: {} }),
      // Fail loudly at start rather than queue commands for a Redis that is not there.
      maxRetriesPerRequest: 3,
    },
  };
}
