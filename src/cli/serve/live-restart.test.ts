// Restarts: a server killed with SIGKILL while clients stay connected loses nothing (the clients
// re-sync what it had not stored yet); a server stopped with SIGTERM one second after the last
// edit, with nobody connected, comes back with the room intact from SQLite.
import { afterAll, describe, expect, it } from 'vitest';
import { addService, moveNodes, updateEvent, updateService } from '../../core/model/commands';
import type { Design } from '../../core/model/types';
import { generateSystem } from '../../core/testing/sample-designs';
import { createRoom, LiveClient } from './testing/live-client';
import { fixtureApp, removeDir, startServe, tempDir, type ServeProcess } from './testing/serve-process';

const dirs: string[] = [];
const clients: LiveClient[] = [];
const servers: ServeProcess[] = [];

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all(servers.map((s) => s.stop('SIGKILL')));
  for (const d of dirs) removeDir(d);
});

async function serveIn(dataDir: string, appDir: string, port?: number) {
  const s = await startServe({ dataDir, appDir, port });
  servers.push(s);
  return s;
}

async function join(baseUrl: string, room: string, token: string) {
  const c = await LiveClient.connect({ baseUrl, room, token }, 30_000);
  clients.push(c);
  return c;
}

const json = (d: Design | null) => JSON.stringify(d);

describe('restarts', () => {
  it('SIGKILL with clients connected: restarted, the clients re-sync and nothing is lost', async () => {
    const [dataDir, appDir] = [tempDir('data'), fixtureApp()];
    dirs.push(dataDir, appDir);
    const first = await serveIn(dataDir, appDir);
    const links = await createRoom(first.baseUrl);
    const a = await join(first.baseUrl, links.room, links.editToken);
    a.write(generateSystem(2, 2, 2).design);
    const b = await join(first.baseUrl, links.room, links.editToken);
    await b.waitFor(() => b.design !== null, 20_000, 'b to see the design');

    // Edits the server has taken (acknowledged) but, killed right away, may not have stored.
    a.edit((d) => addService(d, { x: 700, y: 0 }, 'AddedJustBeforeTheKill').design);
    b.edit((d) => updateEvent(d, 'order-placed', { description: 'typed just before the kill' }));
    await a.waitFor(() => a.synced && b.synced && json(a.design) === json(b.design) && a.design!.events[0].description === 'typed just before the kill', 20_000, 'both edits acknowledged');
    expect(await first.stop('SIGKILL')).toBe(null);
    await a.waitFor(() => !a.connected && !b.connected, 20_000, 'the clients to notice');

    // Edited while the server is down: kept locally, merged on reconnect.
    b.edit((d) => moveNodes(d, { 'order-events': { x: 1234, y: 567 } }));
    const second = await serveIn(dataDir, appDir, first.port);
    await a.waitFor(() => a.synced && b.synced && json(a.design) === json(b.design) && a.design!.layout.nodes['order-events']?.x === 1234, 60_000, 'both clients to re-sync');
    const expected = json(a.design);
    expect(a.design!.services.some((s) => s.name === 'AddedJustBeforeTheKill')).toBe(true);
    expect(a.refusals).toEqual([]);
    expect(b.refusals).toEqual([]);

    // A new client reads all of it from the restarted server.
    const c = await join(second.baseUrl, links.room, links.viewToken);
    await c.waitFor(() => json(c.design) === expected, 20_000, 'a fresh client to see every edit');
  }, 180_000);

  it('SIGTERM one second after the last edit, nobody connected: the room is intact from SQLite', async () => {
    const [dataDir, appDir] = [tempDir('data'), fixtureApp()];
    dirs.push(dataDir, appDir);
    const first = await serveIn(dataDir, appDir);
    const links = await createRoom(first.baseUrl);
    const a = await join(first.baseUrl, links.room, links.editToken);
    a.write(generateSystem(2, 2, 2).design);
    for (let i = 0; i < 5; i++) a.edit((d) => updateService(d, 'order-service', { description: `edit ${i}` }));
    a.edit((d) => updateEvent(d, 'order-placed', { schema: `${d.events[0].schema}\n// the last edit` }));
    await a.waitFor(() => a.synced, 20_000, 'the last edit to be acknowledged');
    const expected = json(a.design);
    a.close();
    // The scenario itself, not a wait for a condition: stop one second after the last edit.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output()).toContain('stopped');

    const second = await serveIn(dataDir, appDir);
    const c = await join(second.baseUrl, links.room, links.viewToken);
    await c.waitFor(() => c.design !== null, 20_000, 'the stored design');
    expect(json(c.design)).toBe(expected);
  }, 180_000);
});
