// Integration: Node clients with Hocuspocus's provider against a real `eventsmith serve`
// process. Concurrent edits of every kind converge; view-only writes, oversized updates and
// updates that would make an invalid design are refused and leave the room unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addService, addTopic, moveNodes, removeEntities, updateEvent, updatePublication, updateService, updateTopic } from '../../core/model/commands';
import type { Design } from '../../core/model/types';
import { generateSystem } from '../../core/testing/sample-designs';
import { createRoom, LiveClient, type RoomLinks } from './testing/live-client';
import { fixtureApp, removeDir, startServe, tempDir, type ServeProcess } from './testing/serve-process';

let serve: ServeProcess;
const dirs: string[] = [];
const clients: LiveClient[] = [];

beforeAll(async () => {
  const dataDir = tempDir('data');
  const appDir = fixtureApp();
  dirs.push(dataDir, appDir);
  serve = await startServe({ dataDir, appDir });
}, 90_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await serve?.stop();
  for (const d of dirs) removeDir(d);
});

async function join(room: RoomLinks, access: 'edit' | 'view' = 'edit'): Promise<LiveClient> {
  const client = await LiveClient.connect({ baseUrl: serve.baseUrl, room: room.room, token: access === 'edit' ? room.editToken : room.viewToken });
  clients.push(client);
  return client;
}

/** A room holding `design`, and two editors who both have it. */
async function roomWith(design: Design) {
  const links = await createRoom(serve.baseUrl);
  const a = await join(links);
  a.write(design);
  await a.waitFor(() => a.synced, 20_000, 'the first design to reach the server');
  const b = await join(links);
  await b.waitFor(() => b.design?.services.length === design.services.length, 20_000, 'the second client to see the design');
  return { links, a, b };
}

const json = (d: Design | null) => JSON.stringify(d);
const converged = (...cs: LiveClient[]) => () => cs.every((c) => c.synced && c.design !== null && json(c.design) === json(cs[0].design));

describe('eventsmith serve: live rooms', () => {
  it('converges two clients making concurrent edits of every kind', async () => {
    const start = generateSystem(3, 2, 3).design;
    const { links, a, b } = await roomWith(start);
    const schemaStart = start.events[0].schema;

    // Both write before either hears from the other: every pair of edits below is concurrent.
    a.edit((d) => {
      let next = addService(d, { x: 900, y: 40 }, 'AddedByA').design;
      next = updateService(next, 'order-service', { name: 'OrderServiceRenamedByA' });
      next = moveNodes(next, { 'order-events': { x: 333, y: 444 } });
      next = removeEntities(next, ['coupon-auditor']);
      next = updatePublication(next, 'order-service-publishes-order-events', { eventIds: ['order-placed', 'payment-confirmed'] });
      return updateEvent(next, 'order-placed', { schema: `// typed by A\n${schemaStart}` });
    });
    b.edit((d) => {
      let next = addTopic(d, 'stream', { x: 900, y: 300 }, 'added-by-b').design;
      next = updateService(next, 'order-service', { description: 'Described by B' });
      next = updateTopic(next, 'payment-events', { name: 'payment-events-renamed-by-b' });
      next = moveNodes(next, { 'payment-service': { x: -50, y: 600 } });
      next = removeEntities(next, ['loyalty-notifier-consumes-order-events']);
      next = updatePublication(next, 'inventory-service-publishes-order-events', { eventIds: ['inventory-reserved', 'order-placed'] });
      return updateEvent(next, 'order-placed', { schema: `${schemaStart}\n// typed by B` });
    });

    await a.waitFor(converged(a, b), 30_000, 'both designs to be identical').catch((e) => {
      console.log(JSON.stringify({ ar: a.refusals, br: b.refusals, as: a.synced, bs: b.synced, a: a.design, b: b.design }));
      throw e;
    });
    const d = a.design!;
    expect(d.services.map((s) => s.name)).toEqual(expect.arrayContaining(['AddedByA', 'OrderServiceRenamedByA']));
    expect(d.services.find((s) => s.id === 'order-service')?.description).toBe('Described by B');
    expect(d.services.some((s) => s.id === 'coupon-auditor')).toBe(false);
    expect(d.subscriptions.some((s) => s.serviceId === 'coupon-auditor')).toBe(false);
    expect(d.subscriptions.some((s) => s.id === 'loyalty-notifier-consumes-order-events')).toBe(false);
    expect(d.topics.map((t) => t.name)).toEqual(expect.arrayContaining(['added-by-b', 'payment-events-renamed-by-b']));
    expect(d.layout.nodes['order-events']).toEqual({ x: 333, y: 444 });
    expect(d.layout.nodes['payment-service']).toEqual({ x: -50, y: 600 });
    expect(d.publications.find((p) => p.id === 'order-service-publishes-order-events')?.eventIds).toEqual(['order-placed', 'payment-confirmed']);
    expect(d.publications.find((p) => p.id === 'inventory-service-publishes-order-events')?.eventIds).toEqual(['inventory-reserved', 'order-placed']);
    expect(d.events.find((e) => e.id === 'order-placed')?.schema).toBe(`// typed by A\n${schemaStart}\n// typed by B`);
    expect(a.refusals).toEqual([]);
    expect(b.refusals).toEqual([]);

    // A third person joining later gets the same design from the server.
    const c = await join(links);
    await c.waitFor(converged(a, c), 20_000, 'a late joiner to see the same design');
  }, 120_000);

  it('refuses writes from a view-only link; the viewer still sees every edit', async () => {
    const { links, a } = await roomWith(generateSystem(2, 1, 2).design);
    const viewer = await join(links, 'view');
    await viewer.waitFor(converged(a, viewer), 20_000, 'the viewer to see the design');
    const before = json(a.design);

    viewer.edit((d) => updateService(d, 'order-service', { name: 'ViewerWasHere' }));
    await viewer.waitFor(() => viewer.refusals.length > 0, 20_000, 'the view-only refusal');
    expect(viewer.refusals[0]).toMatch(/view-only/);
    // The viewer starts over from the room and is back to the room's design.
    await viewer.waitFor(converged(a, viewer), 20_000, 'the viewer to be back in sync');
    expect(json(a.design)).toBe(before);

    a.edit((d) => updateService(d, 'order-service', { name: 'EditorWasHere' }));
    await viewer.waitFor(() => viewer.design?.services[0].name === 'EditorWasHere', 20_000, 'the viewer to see the edit');
  }, 120_000);

  it('refuses an update that would make an invalid design, and the room is unchanged', async () => {
    const { links, a, b } = await roomWith(generateSystem(2, 2, 2).design);
    const before = json(a.design);

    // Deleting a topic without what points at it leaves publications pointing at nothing.
    b.doc.getMap('topics').delete('order-events');
    await b.waitFor(() => b.refusals.length === 1, 20_000, 'the refusal');
    expect(b.refusals[0]).toMatch(/unknown topic/);
    // Two services with one name: restoreDesign would have to rename one.
    await b.waitFor(converged(a, b), 20_000, 'the refused client to be back in sync');
    b.edit((d) => updateService(d, 'payment-service', { name: d.services[0].name }));
    await b.waitFor(() => b.refusals.length === 2, 20_000, 'the second refusal');
    expect(b.refusals[1]).toMatch(/name already used/);
    // A field no design has.
    await b.waitFor(converged(a, b), 20_000, 'back in sync');
    (b.doc.getMap('services').get('order-service') as Y.Map<unknown>).set('notAField', true);
    await b.waitFor(() => b.refusals.length === 3, 20_000, 'the third refusal');

    await b.waitFor(converged(a, b), 20_000, 'back in sync');
    expect(json(a.design)).toBe(before);
    // A fresh client reads the same unchanged design from the server.
    const c = await join(links);
    await c.waitFor(() => json(c.design) === before, 20_000, 'a fresh client to read the unchanged design');
  }, 120_000);

  it('refuses an oversized update and the room is unchanged', async () => {
    const { links, a, b } = await roomWith(generateSystem(1, 1, 1).design);
    const before = json(a.design);
    // 9 MiB of schema text: over the 8 MiB update cap (and restoreDesign's 1 MiB per schema).
    b.doc.transact(() => {
      const entry = b.doc.getMap('events').get('order-placed') as Y.Map<unknown>;
      (entry.get('schema') as Y.Text).insert(0, 'x'.repeat(9 * 1024 * 1024));
    });
    await b.waitFor(() => b.refusals.length === 1, 60_000, 'the refusal');
    expect(b.refusals[0]).toMatch(/too large/);
    await b.waitFor(converged(a, b), 30_000, 'the refused client to be back in sync');
    const c = await join(links);
    await c.waitFor(() => json(c.design) === before, 20_000, 'a fresh client to read the unchanged design');
  }, 120_000);
});
