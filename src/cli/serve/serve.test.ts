// `eventsmith serve` as a web server and a door: the app under its own policy, the API, and
// everything a connection must get right before it reaches a room (room id, token, secret).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { generateSystem } from '../../core/testing/sample-designs';
import { COLLAB_PATH, joinAuthToken } from '../../core/live/protocol';
import { createRoom, LiveClient } from './testing/live-client';
import { FIXTURE_CSP, fixtureApp, removeDir, startServe, tempDir, type ServeProcess } from './testing/serve-process';

const SECRET = 'workshop-secret-42';
let open: ServeProcess;
let guarded: ServeProcess;
const dirs: string[] = [];
const clients: LiveClient[] = [];

beforeAll(async () => {
  const appDir = fixtureApp();
  const [d1, d2] = [tempDir('data'), tempDir('data')];
  dirs.push(appDir, d1, d2);
  [open, guarded] = await Promise.all([startServe({ dataDir: d1, appDir }), startServe({ dataDir: d2, appDir, secret: SECRET })]);
}, 90_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all([open?.stop(), guarded?.stop()]);
  for (const d of dirs) removeDir(d);
});

function rawStatus(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject).end();
  });
}

/** Tries to join with a raw provider; resolves 'synced', or the reason authentication failed. */
function tryJoin(base: string, room: string, token: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = new HocuspocusProviderWebsocket({ url: new URL(COLLAB_PATH, base.replace('http', 'ws')).href, WebSocketPolyfill: WebSocket });
    const done = (result: string) => {
      provider.destroy();
      socket.destroy();
      resolve(result);
    };
    const provider = new HocuspocusProvider({
      websocketProvider: socket, name: room, document: new Y.Doc(), token,
      onSynced: () => done('synced'),
      onAuthenticationFailed: ({ reason }) => done(`refused: ${reason}`),
    });
    provider.attach();
  });
}

describe('eventsmith serve', () => {
  it(`runs Hocuspocus server 4.7 and the Node-side provider 4.8 (ws as WebSocket) on this Node (${process.version})`, async () => {
    const room = await createRoom(open.baseUrl);
    const a = await LiveClient.connect({ baseUrl: open.baseUrl, room: room.room, token: room.editToken });
    clients.push(a);
    a.write(generateSystem(1, 1, 1).design);
    await a.waitFor(() => a.synced, 20_000, 'the server to take the design');
    expect(open.output()).toContain('Local:    http://127.0.0.1:');
  }, 60_000);

  it('serves the app with the build’s policy, connect-src adding only its own WebSocket', async () => {
    const res = await fetch(open.baseUrl);
    const expected = FIXTURE_CSP.replace("connect-src 'self'", `connect-src 'self' ws://127.0.0.1:${open.port} wss://127.0.0.1:${open.port}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(`${expected}; frame-ancestors 'none'`);
    const html = await res.text();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${expected}" />`);
    // The app's signal that live sessions are possible here (the static build has no such tag).
    expect(html).toContain('<meta name="eventsmith-live" content="/collab" />');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = await fetch(new URL('assets/app-1234.js', open.baseUrl));
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(await asset.text()).toContain('console.log');
    // Raw paths (fetch would normalise the dots away before they reach the server).
    for (const path of ['/..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2f..%2fetc/passwd', '/index.html%00.js', '/%E0%A4%A', '/nope.js']) {
      expect(await rawStatus(open.port, path)).toBe(404);
    }
  });

  it('says it is live, and creates rooms with 128-bit ids and independent edit and view tokens', async () => {
    expect(await (await fetch(new URL('api/live', open.baseUrl))).json()).toMatchObject({ live: true, secretRequired: false });
    const a = await createRoom(open.baseUrl);
    const b = await createRoom(open.baseUrl);
    expect(a.room).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.editToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(new Set([a.room, b.room, a.editToken, a.viewToken, b.editToken, b.viewToken]).size).toBe(6);
    expect((await fetch(new URL('api/rooms', open.baseUrl))).status).toBe(405);
    expect((await fetch(new URL('api/rooms', open.baseUrl), { method: 'POST', headers: { Origin: 'http://evil.example' } })).status).toBe(403);
  });

  it('names its addresses on the machine\'s networks with a new room when it listens on them (none on loopback)', async () => {
    const networks = async (baseUrl: string) => {
      const body = (await (await fetch(new URL('api/rooms', baseUrl), { method: 'POST' })).json()) as { networkOrigins: string[]; networkNames: string[] };
      return body.networkOrigins.map((origin, i) => `${origin} ${body.networkNames[i]}`);
    };
    expect(await networks(open.baseUrl)).toEqual([]);
    const dataDir = tempDir('data');
    dirs.push(dataDir);
    const everywhere = await startServe({ dataDir, appDir: dirs[0], host: '0.0.0.0' });
    try {
      const port = new URL(everywhere.baseUrl).port;
      const lan = Object.entries(networkInterfaces()).flatMap(([name, list]) => (list ?? []).filter((a) => !a.internal && a.family === 'IPv4').map((a) => `http://${a.address}:${port} ${name}`));
      // In the order of openableAddresses (addresses.test: container bridges and VPNs last).
      expect((await networks(everywhere.baseUrl)).sort()).toEqual(lan.sort());
    } finally {
      await everywhere.stop();
    }
  });

  it('lets in only a well-formed room id with one of its own tokens', async () => {
    const a = await createRoom(open.baseUrl);
    const b = await createRoom(open.baseUrl);
    expect(await tryJoin(open.baseUrl, a.room, a.editToken)).toBe('synced');
    expect(await tryJoin(open.baseUrl, a.room, a.viewToken)).toBe('synced');
    expect(await tryJoin(open.baseUrl, a.room, b.editToken)).toMatch(/^refused/);
    expect(await tryJoin(open.baseUrl, a.room, '')).toMatch(/^refused/);
    expect(await tryJoin(open.baseUrl, '../../etc/passwd', a.editToken)).toMatch(/^refused/);
    expect(await tryJoin(open.baseUrl, `${a.room}x`, a.editToken)).toMatch(/^refused/);
  }, 60_000);

  it('with --token, needs the server secret to create a room and to join one', async () => {
    expect(await (await fetch(new URL('api/live', guarded.baseUrl))).json()).toMatchObject({ secretRequired: true });
    // The app checks a typed secret before joining with it.
    const check = async (base: string, secret: string) =>
      ((await (await fetch(new URL('api/live', base), { headers: { Authorization: `Bearer ${secret}` } })).json()) as { secretAccepted: boolean }).secretAccepted;
    expect(await check(guarded.baseUrl, 'wrong-secret')).toBe(false);
    expect(await check(guarded.baseUrl, SECRET)).toBe(true);
    expect(await check(open.baseUrl, 'anything')).toBe(true);
    expect((await fetch(new URL('api/rooms', guarded.baseUrl), { method: 'POST' })).status).toBe(401);
    expect((await fetch(new URL('api/rooms', guarded.baseUrl), { method: 'POST', headers: { Authorization: 'Bearer wrong-secret' } })).status).toBe(401);
    const room = await createRoom(guarded.baseUrl, SECRET);
    expect(await tryJoin(guarded.baseUrl, room.room, room.editToken)).toMatch(/^refused/);
    expect(await tryJoin(guarded.baseUrl, room.room, joinAuthToken(room.editToken, 'wrong-secret'))).toMatch(/^refused/);
    expect(await tryJoin(guarded.baseUrl, room.room, joinAuthToken(room.editToken, SECRET))).toBe('synced');
    // Another server's tokens open nothing here (each server has its own key).
    const elsewhere = await createRoom(open.baseUrl);
    expect(await tryJoin(guarded.baseUrl, elsewhere.room, joinAuthToken(elsewhere.editToken, SECRET))).toMatch(/^refused/);
  }, 60_000);

  it('refuses WebSocket upgrades on other paths and from other origins', async () => {
    const attempt = (path: string, headers: Record<string, string> = {}) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(new URL(path, open.baseUrl.replace('http', 'ws')), { headers });
        ws.on('open', () => {
          ws.close();
          resolve('open');
        });
        ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
        ws.on('error', () => resolve('error'));
      });
    expect(await attempt('/collab')).toBe('open');
    expect(await attempt('/elsewhere')).toBe('404');
    expect(await attempt('/collab', { Origin: 'http://evil.example' })).toBe('403');
  });
});
