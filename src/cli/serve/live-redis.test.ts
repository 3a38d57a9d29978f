// With Redis: two server processes on two ports share a room; a client on each; edits cross
// within a second, both ways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateService, updateTopic } from '../../core/model/commands';
import { generateSystem } from '../../core/testing/sample-designs';
import { createRoom, LiveClient } from './testing/live-client';
import { startRedis, type TestRedis } from './testing/redis';
import { fixtureApp, removeDir, startServe, tempDir, type ServeProcess } from './testing/serve-process';

let redis: TestRedis;
let one: ServeProcess;
let two: ServeProcess;
const dirs: string[] = [];
const clients: LiveClient[] = [];

beforeAll(async () => {
  redis = await startRedis();
  const appDir = fixtureApp();
  const [d1, d2] = [tempDir('data'), tempDir('data')];
  dirs.push(appDir, d1, d2);
  one = await startServe({ dataDir: d1, appDir, redis: redis.url });
  two = await startServe({ dataDir: d2, appDir, redis: redis.url });
}, 120_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all([one?.stop(), two?.stop()]);
  await redis?.stop();
  for (const d of dirs) removeDir(d);
});

describe('several servers through Redis', () => {
  it('shares a room between two server processes: edits cross within a second', async () => {
    expect(one.port).not.toBe(two.port);
    // Created on one server, joined on the other: the servers share the key through Redis.
    const links = await createRoom(one.baseUrl);
    const a = await LiveClient.connect({ baseUrl: one.baseUrl, room: links.room, token: links.editToken });
    clients.push(a);
    a.write(generateSystem(2, 2, 2).design);
    await a.waitFor(() => a.synced, 20_000, 'the first design to reach server one');
    const b = await LiveClient.connect({ baseUrl: two.baseUrl, room: links.room, token: links.editToken });
    clients.push(b);
    await b.waitFor(() => b.design?.services.length === 4, 20_000, 'server two to have the room');

    for (let i = 0; i < 6; i++) {
      const [from, to] = i % 2 ? [b, a] : [a, b];
      const name = `Crossing${i}`;
      if (i % 4 < 2) from.edit((d) => updateService(d, 'order-service', { name }));
      else from.edit((d) => updateTopic(d, 'order-events', { name: name.toLowerCase() }));
      await to.waitFor(() => to.design!.services[0].name === name || to.design!.topics[0].name === name.toLowerCase(), 1000, `edit ${i} to cross within a second`);
    }
    expect(JSON.stringify(a.design)).toBe(JSON.stringify(b.design));
  }, 180_000);
});
